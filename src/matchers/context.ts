/**
 * The part of a matcher's `this` that jest's `expect` (29, 30) and vitest (3–5) both provide. Typing `this`
 * with our own interface keeps the matchers free of any runner's types, and both runners' `expect.extend`
 * accept functions written against it.
 */
export interface MatcherUtils {
  matcherHint(
    matcherName: string,
    received?: string,
    expected?: string,
    options?: { isNot?: boolean; promise?: string; comment?: string; secondArgument?: string },
  ): string;
  printReceived(value: unknown): string;
  printExpected(value: unknown): string;
  printWithType<T>(name: string, value: T, print: (value: T) => string): string;
  /** `diff(expected, received)`: the same order in both runners; `null` or `undefined` when there is no diff. */
  diff(expected: unknown, received: unknown): string | null | undefined;
  EXPECTED_COLOR(text: string): string;
  RECEIVED_COLOR(text: string): string;
  BOLD_WEIGHT(text: string): string;
  DIM_COLOR(text: string): string;
  /** Equality testers that give `toMatchObject` semantics when passed to `equals`. */
  iterableEquality: unknown;
  subsetEquality: unknown;
}

export interface MatcherContext {
  isNot?: boolean | undefined;
  /** `'rejects'` under `.rejects`, `'resolves'` under `.resolves`, else `''` or absent. */
  promise?: string | undefined;
  equals(a: unknown, b: unknown, customTesters?: unknown[], strictCheck?: boolean): boolean;
  customTesters?: unknown[] | undefined;
  utils: MatcherUtils;
}

export interface MatcherResult {
  pass: boolean;
  message: () => string;
}
