import type { TextMatcher } from '../types.js';
import type { MatcherContext } from './context.js';
import { isAsymmetric, matcherError } from './messages.js';

const { prototype: objectPrototype } = Object;
const { toString: objectToString } = objectPrototype;
const { search } = String.prototype;

/**
 * A RegExp from any realm: jest's test files build theirs in a vm context. Object.prototype.toString takes any
 * value (a primitive or null tags as itself), so no type check comes first.
 */
export function isRegExp(value: unknown): value is RegExp {
  return objectToString.call(value) === '[object RegExp]';
}

/** Whether a matcher argument is a string, a RegExp or an asymmetric matcher. */
export function isTextMatcher(value: unknown): value is TextMatcher {
  return typeof value === 'string' || isRegExp(value) || isAsymmetric(value);
}

/**
 * Whether `text` matches: exact for a string, a search for a RegExp (`search` ignores and keeps `lastIndex`,
 * so a `/g` pattern gives the same answer every time), `asymmetricMatch` for `expect.stringContaining(…)` & co.
 */
export function matchText(ctx: MatcherContext, text: string, expected: TextMatcher): boolean {
  if (typeof expected === 'string') return text === expected;
  if (isRegExp(expected)) return search.call(text, expected) !== -1;
  return ctx.equals(text, expected, ctx.customTesters);
}

/** Whether any of `texts` matches `expected`, as `matchText` decides. */
export function matchesAny(ctx: MatcherContext, texts: readonly string[], expected: TextMatcher): boolean {
  for (const text of texts) if (matchText(ctx, text, expected)) return true;
  return false;
}

/**
 * Misuse guard for a text argument: a Matcher error (thrown, so `.not` cannot pass) unless `value` is a string,
 * a RegExp or an asymmetric matcher. `what` names the argument; `advice` ends the sentence.
 */
export function requireTextMatcher(
  ctx: MatcherContext,
  title: () => string,
  value: unknown,
  what: string,
  advice = '',
): asserts value is TextMatcher {
  if (!isTextMatcher(value)) {
    throw matcherError(
      ctx,
      title(),
      `${what} must be a string, a RegExp or an asymmetric matcher${advice}`,
      'Expected',
      value,
    );
  }
}

/** Misuse guard for a header or cookie name: `kind` is 'header' or 'cookie', `example` a valid name. */
export function requireName(
  ctx: MatcherContext,
  title: () => string,
  name: unknown,
  pattern: RegExp,
  kind: string,
  example: string,
): asserts name is string {
  if (typeof name !== 'string' || !pattern.test(name)) {
    throw matcherError(
      ctx,
      title(),
      `${kind} name must be a non-empty string of ${kind}-name characters, such as "${example}"`,
      'Expected',
      name,
    );
  }
}
