import { defineConfig } from 'vitest/config';

/** Browser tests: playwright-core driving Debian's chromium against the production build. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    environment: 'node',
    // Two cores: one browser at a time keeps timings sane and SwiftShader fed.
    fileParallelism: false,
    testTimeout: 120_000,
    // A browser on a busy 2-core machine can take seconds to settle; waiting is not a failure.
    expect: { poll: { timeout: 20_000 } },
    hookTimeout: 180_000,
  },
});
