// jest running ES modules natively (node --experimental-vm-modules, no transform): the matchers register
// from the library's ESM entry, while the project's own setup file is CommonJS and configures through
// require(). Two copies of the library in one test file, and one setting between them.
module.exports = {
  testMatch: ['**/*.test.mjs'],
  transform: {},
  setupFilesAfterEnv: ['<rootDir>/matchers.mjs', '<rootDir>/setup.cjs'],
};
