import { isPlainObject } from '../../internal/isPlainObject.js';
import type { MatcherContext } from './context.js';
import {
  bold,
  dim,
  type HintOptions,
  matcherHint,
  printDiff,
  printReceived,
  printWithType,
} from './utils.js';

// Module-scope copies: inside jest's vm sandbox every global lookup goes through an interceptor.
const { isArray } = Array;
const { keys, prototype: objectPrototype } = Object;
const { toString: objectToString } = objectPrototype;
const { startsWith } = String.prototype;

/** Bodies and other long texts are cut to this many characters in messages. */
export const PREVIEW_LENGTH = 200;

/**
 * The first line of every message, `expect(received)[.resolves][.not].<name>(<expected>)`, in jest's new hint
 * format. `expected` is the argument label; `''` for a matcher called without arguments.
 */
export function hint(
  ctx: MatcherContext,
  name: string,
  expected = 'expected',
  secondArgument?: string,
): string {
  const options: HintOptions = { isNot: ctx.isNot === true, promise: ctx.promise ?? '' };
  if (secondArgument !== undefined) options.secondArgument = secondArgument;
  return matcherHint(ctx, name, expected, options);
}

/**
 * A misuse of the matcher, worded as jest words its own: thrown, so that `.not` can never turn it into a pass.
 * `who` says which value is wrong: the received value or an argument.
 */
export function matcherError(
  ctx: MatcherContext,
  title: string,
  problem: string,
  who: 'Received' | 'Expected',
  value: unknown,
): Error {
  const shown = printWithType(ctx, who, value);
  const error = new Error(`${title}\n\n${bold(ctx, 'Matcher error')}: ${problem}\n\n${shown}`);
  Error.captureStackTrace?.(error, matcherError);
  return error;
}

/** `Label: value` lines with the values aligned, as jest's `getLabelPrinter` does (vitest lacks it). */
export function aligned(rows: ReadonlyArray<readonly [label: string, value: string]>): string {
  let width = 0;
  for (const [label] of rows) if (label.length > width) width = label.length;
  return rows.map(([label, value]) => `${`${label}:`.padEnd(width + 2)}${value}`).join('\n');
}

/**
 * A failure `.not` cannot turn into a pass, for a response that says two things at once (two different
 * `Location`s): the claim and its negation are both wrong for some client. Thrown, as a rejected result's is.
 * @example throw failsEitherWay(`${title}\n\nExpected response to redirect to "/a", but …`)
 */
export function failsEitherWay(message: string): Error {
  const error = new Error(message);
  Error.captureStackTrace?.(error, failsEitherWay);
  return error;
}

/** Received texts for a sentence: `"a" and "b"`, `"a", "b" and "c"`. */
export function printTextList(ctx: MatcherContext, texts: readonly string[]): string {
  const printed = texts.map((text) => printText(ctx, text));
  const last = printed.pop();
  return printed.length === 0 ? (last ?? '') : `${printed.join(', ')} and ${last}`;
}

/** A received text, cut to `PREVIEW_LENGTH` characters with its full length said, so a 2 MB body stays readable. */
export function printText(
  ctx: MatcherContext,
  text: string,
  print: (ctx: MatcherContext, value: unknown) => string = printReceived,
): string {
  if (text.length <= PREVIEW_LENGTH) return print(ctx, text);
  return `${print(ctx, `${text.slice(0, PREVIEW_LENGTH)}…`)} ${dim(ctx, `(truncated, ${text.length} characters)`)}`;
}

/** A list of received texts: one printed alone, several as `"a", "b"`. */
export function printTexts(ctx: MatcherContext, texts: readonly string[]): string {
  return texts.map((text) => printText(ctx, text)).join(', ');
}

/**
 * One `- Expected / + Received` diff under every runner. Asymmetric matchers that match are first
 * replaced by the value they matched, as `toEqual` does, so only the real differences show.
 */
export function diff(ctx: MatcherContext, expected: unknown, received: unknown): string {
  return printDiff(ctx, substituteMatched(ctx, expected, received, 0), received);
}

/**
 * An asymmetric matcher from any runner: anything with an `asymmetricMatch` method, and bun's built-in ones
 * (`expect.any(…)`, `expect.stringContaining(…)`, …), which have none: they are native `Expect…` objects that
 * only bun's `equals` understands.
 */
export function isAsymmetric(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return (
    typeof (value as { asymmetricMatch?: unknown }).asymmetricMatch === 'function' ||
    startsWith.call(objectToString.call(value), '[object Expect')
  );
}

const MAX_DEPTH = 50;

function substituteMatched(
  ctx: MatcherContext,
  expected: unknown,
  received: unknown,
  depth: number,
): unknown {
  if (depth > MAX_DEPTH) return expected;
  if (isAsymmetric(expected)) {
    try {
      const { asymmetricMatch } = expected as { asymmetricMatch?: unknown };
      if (typeof asymmetricMatch === 'function')
        return asymmetricMatch.call(expected, received) ? received : expected;
      return ctx.equals(received, expected) ? received : expected;
    } catch {
      return expected;
    }
  }
  if (isArray(expected) && isArray(received)) {
    return expected.map((item, i) => substituteMatched(ctx, item, received[i], depth + 1));
  }
  if (isPlainObject(expected) && isPlainObject(received)) {
    const out: Record<string, unknown> = {};
    for (const key of keys(expected)) {
      out[key] = substituteMatched(ctx, expected[key], received[key], depth + 1);
    }
    return out;
  }
  return expected;
}

/**
 * The part of `received` that `subset` talks about, for `toMatchObject`-style diffs: keys the subset does not
 * mention are left out, so the diff shows only what was asked for.
 */
export function pickSubset(received: unknown, subset: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) return received;
  if (isArray(received) && isArray(subset) && received.length === subset.length) {
    return received.map((item, i) => pickSubset(item, subset[i], depth + 1));
  }
  if (isPlainObject(received) && isPlainObject(subset)) {
    const out: Record<string, unknown> = {};
    for (const key of keys(subset)) {
      if (key in received) out[key] = pickSubset(received[key], subset[key], depth + 1);
    }
    return out;
  }
  return received;
}
