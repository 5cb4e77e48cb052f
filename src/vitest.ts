// `lambda-proxy-matchers/vitest`, for `setupFiles` (vitest 3, 4 and 5; ESM only). Registers the matchers on
// vitest's expect and adds their types. Installs the `awslambda` global first (S-1); its types come with the
// reference below.
// The bare import is what keeps `import 'vitest'` in the emitted .d.ts: tsc drops the named import below, and
// without the bare one the augmentation is silently lost (aws-sdk-client-mock #252).
/// <reference types="aws-lambda" preserve="true" />
import 'vitest';
import { expect } from 'vitest';
import { installAwsLambdaGlobalsFromSetup } from './invoke/stream/installAwsLambdaGlobalsFromSetup.js';
import { lazyMatchers } from './matchers/lazyMatchers.js';
import { loadDefaultMatchers } from './matchers/loadDefaultMatchers.js';
import type { LambdaAsymmetricMatchers, LambdaMatchers } from './matchers/types.js';

// S-1: the runtime's global, before any test file imports a handler module (opt out as the runtime does).
installAwsLambdaGlobalsFromSetup();
// The contract loads on the first matcher call, not with this file: see lazyMatchers.ts.
expect.extend(lazyMatchers(loadDefaultMatchers));

declare module 'vitest' {
  // No type parameters: this merges with `Assertion<T>` (vitest 3, 4) and `Assertion<R, T>` (vitest 5) alike.
  interface Assertion extends LambdaMatchers {}
  // Types `expect.toX()` and `expect.not.toX()` in every version.
  interface AsymmetricMatchersContaining extends LambdaAsymmetricMatchers {}
}
