import { expect } from 'bun:test';
import { type LambdaAsymmetricMatchers, type LambdaMatchers, matchers } from 'lambda-proxy-matchers/matchers';

// bun has no setup entry of its own in the library: extend bun's expect by hand, once.
expect.extend(matchers);

// Types for editors and `tsc` (bun itself runs TypeScript without checking it).
declare module 'bun:test' {
  interface Matchers<T> extends LambdaMatchers {}
  interface AsymmetricMatchers extends LambdaAsymmetricMatchers {}
}
