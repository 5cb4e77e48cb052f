/**
 * The part of a matcher's `this.utils` the matchers use, as jest's `expect` (29, 30), vitest (3–5) and bun test
 * provide it. Typing `this` with our own interface keeps the matchers free of any runner's types, and every
 * runner's `expect.extend` accepts functions written against it. Members some runner lacks are optional (bun
 * has none of them; vitest 3.0 has no `printWithType`): read them through `./utils.js`, which falls back.
 * bun's methods throw when called without their object, so call them as `ctx.utils.name(…)`, never destructured.
 */
export interface MatcherUtils {
  /** jest and vitest: the one-line hint. bun: the hint plus the values, with `promise` ignored. */
  matcherHint(
    matcherName: string,
    received?: string,
    expected?: string,
    options?: { isNot?: boolean; promise?: string; comment?: string; secondArgument?: string },
  ): string;
  printReceived(value: unknown): string;
  printExpected(value: unknown): string;
  /** The value printed plainly; multi-line for structures in bun. */
  stringify?(value: unknown): string;
  printWithType?<T>(name: string, value: T, print: (value: T) => string): string;
  /** `diff(expected, received)`: the same order in jest and vitest; `null` or `undefined` when there is no diff. */
  diff?(expected: unknown, received: unknown): string | null | undefined;
  EXPECTED_COLOR?(text: string): string;
  RECEIVED_COLOR?(text: string): string;
  BOLD_WEIGHT?(text: string): string;
  DIM_COLOR?(text: string): string;
  /** Equality testers that give `toMatchObject` semantics when passed to `equals`. */
  iterableEquality?: unknown;
  subsetEquality?: unknown;
}

export interface MatcherContext {
  isNot?: boolean | undefined;
  /** `'rejects'` under `.rejects`, `'resolves'` under `.resolves`, else `''` or absent. */
  promise?: string | undefined;
  /** Recursive equality with asymmetric matchers; bun ignores `customTesters` and `strictCheck`. */
  equals(a: unknown, b: unknown, customTesters?: unknown[], strictCheck?: boolean): boolean;
  customTesters?: unknown[] | undefined;
  utils: MatcherUtils;
}

export interface MatcherResult {
  pass: boolean;
  message: () => string;
}
