import { defineConfig } from 'vitest/config';

/** Browser tests: playwright-core driving Debian's chromium against the production build. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    environment: 'node',
    // Two cores: one browser at a time keeps timings sane and SwiftShader fed.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
