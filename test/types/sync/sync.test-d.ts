// Keeps the declared matcher types and the implementations from drifting apart: a matcher added, removed or
// re-typed on one side only is a type error here.
import type { matchers } from '../../../src/matchers/index.js';
import type { LambdaAsymmetricMatchers, LambdaMatchers, TextMatcher } from '../../../src/matchers/types.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type Implementations = typeof matchers;
/** What a caller passes after the received value. */
type ArgsOf<F> = F extends (this: any, received: any, ...args: infer A) => any ? A : never;

export type Checks = [
  Expect<Equal<keyof LambdaMatchers, keyof Implementations>>,
  Expect<Equal<keyof LambdaAsymmetricMatchers, keyof Implementations>>,
  Expect<
    Equal<
      { [K in keyof LambdaMatchers]: Parameters<LambdaMatchers[K]> },
      { [K in keyof Implementations]: ArgsOf<Implementations[K]> }
    >
  >,
  Expect<
    Equal<
      { [K in keyof LambdaAsymmetricMatchers]: Parameters<LambdaAsymmetricMatchers[K]> },
      { [K in keyof Implementations]: ArgsOf<Implementations[K]> }
    >
  >,
];

// The check itself must be able to fail: a one-sided change is caught.
type Drifted = Omit<LambdaMatchers, 'toHaveStatusCode'> & { toHaveStatusCode(code: string): void };
export type CatchesDrift = Expect<
  Equal<
    Equal<
      { [K in keyof Drifted]: Parameters<Drifted[K]> },
      { [K in keyof Implementations]: ArgsOf<Implementations[K]> }
    >,
    false
  >
>;

// An optional parameter (`value?: V`) also accepts an explicit undefined, which the matcher refuses at run time;
// the check tells it apart from the `[name] | [name, value]` the implementation takes.
type Loose = Omit<LambdaMatchers, 'toHaveHeader'> & { toHaveHeader(name: string, value?: TextMatcher): void };
export type CatchesLooseOptional = Expect<
  Equal<
    Equal<
      { [K in keyof Loose]: Parameters<Loose[K]> },
      { [K in keyof Implementations]: ArgsOf<Implementations[K]> }
    >,
    false
  >
>;
