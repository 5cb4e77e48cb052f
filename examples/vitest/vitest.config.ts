import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Registers the matchers on vitest's expect before each test file.
    setupFiles: ['lambda-proxy-matchers/vitest'],
  },
});
