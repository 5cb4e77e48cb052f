import { defineConfig } from 'vitest/config';

// What a vitest user writes: the library's setup entry, then their own setup file.
export default defineConfig({
  test: {
    include: ['cases.test.mjs'],
    setupFiles: ['lambda-proxy-matchers/vitest', './setup.mjs'],
  },
});
