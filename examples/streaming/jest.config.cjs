/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['**/test/chat.jest.test.ts'],
  // ts-jest compiles to CommonJS (tsc type-checks first); the `.js` in the imports names the `.ts` files.
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: { module: 'commonjs', moduleResolution: 'bundler', isolatedModules: true } },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // Registers the matchers and installs the awslambda global before each test file imports the handler.
  setupFilesAfterEnv: ['lambda-proxy-matchers/jest'],
};
