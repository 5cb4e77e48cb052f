/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  // Registers the matchers on jest's expect before each test file.
  setupFilesAfterEnv: ['lambda-proxy-matchers/jest'],
};
