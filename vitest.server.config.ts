import { defineConfig } from 'vitest/config';

/**
 * The register's tests (server/test): on a fresh in-memory PGlite per file, or on PostgreSQL in
 * a fresh schema per file when TEST_DATABASE_URL is set (.ci/run does).
 */
export default defineConfig({
  test: {
    include: ['server/test/**/*.test.ts'],
    globalSetup: ['server/test/setup.ts'],
    environment: 'node',
    // argon2 hashes and PGlite's start take a while on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
