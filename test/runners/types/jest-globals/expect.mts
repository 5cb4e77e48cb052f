// jest with `injectGlobals: false`: `expect` comes from @jest/globals, and importing the setup entry brings
// the matchers. No @types/jest in this program, and the import resolves to the ESM declarations.
import 'lambda-proxy-matchers/jest';

export { expect } from '@jest/globals';
