import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser and one server at a time: the machine has two cores.
    fileParallelism: false,
    // A page answers within a second on a quiet machine; a loaded CI box (argon2, chromium and
    // the server on two cores) can take several. A poll that should fail still fails, later.
    expect: { poll: { timeout: 10_000 } },
  },
});
