// `lambda-proxy-matchers/expect`: registers the matchers on the standalone `expect` package (node:test, mocha)
// and adds their types to it.
import { expect } from 'expect';
import { matchers } from './matchers/index.js';
import type { LambdaAsymmetricMatchers, LambdaMatchers } from './matchers/types.js';

expect.extend(matchers);

declare module 'expect' {
  // Type parameters as `expect` declares them; TypeScript requires identical ones when merging.
  interface Matchers<R extends void | Promise<void>, T = unknown> extends LambdaMatchers {}
  interface AsymmetricMatchers extends LambdaAsymmetricMatchers {}
}
