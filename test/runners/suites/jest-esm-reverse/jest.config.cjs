// The other direction under jest's native ESM (node --experimental-vm-modules, no transform): the matchers
// register from the CommonJS entry, and an ES-module setup file configures through `import`.
module.exports = {
  testMatch: ['**/*.test.mjs'],
  transform: {},
  setupFilesAfterEnv: ['<rootDir>/matchers.cjs', '<rootDir>/setup.mjs'],
};
