// The runner's matcher utilities, made portable: each helper calls the runner's own where `this.utils` has it
// and falls back to a plain one where not (bun has only matcherHint, printExpected, printReceived, stringify and
// two colour functions; vitest 3.0 lacks printWithType). Every call goes through `ctx.utils.name(…)`: bun's
// methods are native and throw ERR_INVALID_THIS when detached from their object. Only messages use these, so a
// passing assertion never reaches a fallback.
import type { MatcherContext } from './context.js';
import { lineDiff } from './lineDiff.js';

const { isArray } = Array;
const { toString: objectToString } = Object.prototype;

/** The value as the expected one (green in jest and vitest). */
export function printExpected(ctx: MatcherContext, value: unknown): string {
  return ctx.utils.printExpected(value);
}

/** The value as the received one (red in jest and vitest). */
export function printReceived(ctx: MatcherContext, value: unknown): string {
  return ctx.utils.printReceived(value);
}

/** Bold where the runner has a bold style; plain elsewhere. */
export function bold(ctx: MatcherContext, text: string): string {
  const { utils } = ctx;
  return typeof utils.BOLD_WEIGHT === 'function' ? utils.BOLD_WEIGHT(text) : text;
}

/** Dim where the runner has a dim style; plain elsewhere. */
export function dim(ctx: MatcherContext, text: string): string {
  const { utils } = ctx;
  return typeof utils.DIM_COLOR === 'function' ? utils.DIM_COLOR(text) : text;
}

export interface HintOptions {
  isNot: boolean;
  promise: string;
  secondArgument?: string;
}

/**
 * `expect(received)[.resolves][.not].name(expected[, second])` as one line. jest and vitest build it themselves;
 * bun's `matcherHint` takes values rather than labels, prints them on further lines and ignores `promise`, so
 * its answer is recognised by that extra line and replaced by a plain hint.
 */
export function matcherHint(
  ctx: MatcherContext,
  name: string,
  expected: string,
  options: HintOptions,
): string {
  const line = ctx.utils.matcherHint(name, undefined, expected, options);
  if (!line.includes('\n')) return line;
  const { isNot, promise, secondArgument } = options;
  const chain = `${promise ? `.${promise}` : ''}${isNot ? '.not' : ''}`;
  const args = secondArgument === undefined ? expected : `${expected}, ${secondArgument}`;
  return `expect(received)${chain}.${name}(${args})`;
}

/** `Received has type: string` (not for null or undefined) and `Received has value: "200"`, as jest prints them. */
export function printWithType(ctx: MatcherContext, who: 'Received' | 'Expected', value: unknown): string {
  const { utils } = ctx;
  const print =
    who === 'Received'
      ? (shown: unknown) => utils.printReceived(shown)
      : (shown: unknown) => utils.printExpected(shown);
  if (typeof utils.printWithType === 'function') return utils.printWithType(who, value, print);
  const type = typeName(value);
  const typeLine = type === 'null' || type === 'undefined' ? '' : `${who} has type:  ${type}\n`;
  return `${typeLine}${who} has value: ${print(value)}`;
}

/** jest's type names: `typeof`, except `null`, `array`, `regexp`, `date`, `map` and `set` among objects. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  if (isArray(value)) return 'array';
  const tag = objectToString.call(value);
  return TAGGED_TYPES[tag] ?? 'object';
}

const TAGGED_TYPES: Readonly<Record<string, string>> = {
  '[object RegExp]': 'regexp',
  '[object Date]': 'date',
  '[object Map]': 'map',
  '[object Set]': 'set',
};

/**
 * The `- Expected / + Received` diff of two values: the runner's own where it has one, else a line diff of
 * their printed forms, else (nothing differs in print) both values on labelled lines.
 */
export function printDiff(ctx: MatcherContext, expected: unknown, received: unknown): string {
  const { utils } = ctx;
  if (typeof utils.diff === 'function') return utils.diff(expected, received) ?? '';
  const before = printPlain(ctx, expected);
  const after = printPlain(ctx, received);
  if (before !== after) return lineDiff(before, after);
  return `Expected: ${utils.printExpected(expected)}\nReceived: ${utils.printReceived(received)}`;
}

/**
 * Both sides printed alike, so equal lines compare equal: `stringify` has no colour (bun's spreads structures
 * over lines); without it, both go through one printer.
 */
function printPlain(ctx: MatcherContext, value: unknown): string {
  const { utils } = ctx;
  return typeof utils.stringify === 'function' ? utils.stringify(value) : utils.printReceived(value);
}
