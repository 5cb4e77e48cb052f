// Types under jest with `injectGlobals: false`: `expect` from @jest/globals, typed by `declare module 'expect'`.
import '../../../src/jest.js';

export { expect } from '@jest/globals';
