import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Several files build the whole data set once; on a busy 2-core machine that can take 20 s.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
