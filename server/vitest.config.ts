import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // argon2 hashing is CPU-heavy: keep parallel files within the machine's cores.
    maxWorkers: 2,
    // SNMPv3 DES privacy needs OpenSSL's legacy provider, as in production (scripts/start.sh).
    execArgv: ['--openssl-legacy-provider'],
  },
});
