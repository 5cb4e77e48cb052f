// `lambda-proxy-matchers/expect`: registers the matchers on the standalone `expect` package (node:test, mocha)
// and adds their types to it. Installs the `awslambda` global first (S-1); its types come with the reference.
/// <reference types="aws-lambda" preserve="true" />
import { expect } from 'expect';
import { installAwsLambdaGlobalsFromSetup } from './invoke/stream/installAwsLambdaGlobalsFromSetup.js';
import { lazyMatchers } from './matchers/lazyMatchers.js';
import { loadDefaultMatchers } from './matchers/loadDefaultMatchers.js';
import type { LambdaAsymmetricMatchers, LambdaMatchers } from './matchers/types.js';

// S-1: the runtime's global, before any test file imports a handler module (opt out as the runtime does).
installAwsLambdaGlobalsFromSetup();
// The contract loads on the first matcher call, not with this file: see lazyMatchers.ts.
expect.extend(lazyMatchers(loadDefaultMatchers));

declare module 'expect' {
  // Type parameters as `expect` declares them; TypeScript requires identical ones when merging.
  interface Matchers<R extends void | Promise<void>, T = unknown> extends LambdaMatchers {}
  interface AsymmetricMatchers extends LambdaAsymmetricMatchers {}
}
