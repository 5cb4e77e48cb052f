// No injected globals: the setup entry must register through @jest/globals, and so must the tests.
module.exports = {
  injectGlobals: false,
  testMatch: ['**/*.test.cjs'],
  setupFilesAfterEnv: ['lambda-proxy-matchers/jest', '<rootDir>/setup.cjs'],
};
