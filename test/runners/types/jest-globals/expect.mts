// jest with `injectGlobals: false`: `expect` comes from @jest/globals, and the setup entry's import brings the
// matchers (no @types/jest in this program).
import 'lambda-proxy-matchers/jest';

export { expect } from '@jest/globals';
