// What a jest user writes: the library's setup entry, then their own setup file.
module.exports = {
  testMatch: ['**/*.test.cjs'],
  setupFilesAfterEnv: ['lambda-proxy-matchers/jest', '<rootDir>/setup.cjs'],
};
