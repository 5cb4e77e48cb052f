// `lambda-proxy-matchers/jest`, for `setupFilesAfterEnv`. Registers the matchers on jest's expect and adds
// their types for the global `expect` (@types/jest) and for `@jest/globals` / `expect`. Installs the `awslambda`
// global first (S-1), and its types come with the reference below.
// `@jest/globals` is answered by jest's runtime itself, not resolved from disk, so this works with
// `injectGlobals: false` and needs no dependency on it.
/// <reference types="aws-lambda" preserve="true" />
import { expect } from '@jest/globals';
import { installAwsLambdaGlobalsFromSetup } from './invoke/stream/installAwsLambdaGlobalsFromSetup.js';
import { lazyMatchers } from './matchers/lazyMatchers.js';
import { loadDefaultMatchers } from './matchers/loadDefaultMatchers.js';
import type { LambdaAsymmetricMatchers, LambdaMatchers } from './matchers/types.js';

// S-1: the runtime's global, before any test file imports a handler module (opt out as the runtime does).
installAwsLambdaGlobalsFromSetup();
// The contract loads on the first matcher call, not with this file: see lazyMatchers.ts.
expect.extend(lazyMatchers(loadDefaultMatchers));

declare global {
  namespace jest {
    // Type parameters exactly as @types/jest declares them: TypeScript requires identical ones when merging.
    // biome-ignore lint/complexity/noBannedTypes: must repeat @types/jest's own default, `{}`.
    interface Matchers<R, T = {}> extends LambdaMatchers {}
    interface Expect extends LambdaAsymmetricMatchers {}
    interface InverseAsymmetricMatchers extends LambdaAsymmetricMatchers {}
  }
}

declare module 'expect' {
  interface Matchers<R extends void | Promise<void>, T = unknown> extends LambdaMatchers {}
  interface AsymmetricMatchers extends LambdaAsymmetricMatchers {}
}
