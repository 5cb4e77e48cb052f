import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    // Property tests and hostile inputs (10 MB strings) need more than the 5 s default on 2 cores.
    testTimeout: 60_000,
  },
});
