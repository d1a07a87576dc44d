import { defineConfig } from 'vitest/config';

/** The web app's pure helpers (formatting, grouping, what a banner says), in Node. */
export default defineConfig({
  root: import.meta.dirname,
  test: {
    include: ['src/**/*.test.ts'],
  },
});
