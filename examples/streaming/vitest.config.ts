import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/chat.test.ts'],
    // Registers the matchers and installs the awslambda global before each test file imports the handler.
    setupFiles: ['lambda-proxy-matchers/vitest'],
  },
});
