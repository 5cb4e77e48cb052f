// Matcher contexts of the runners the unit tests cannot run: bun's (reduced utils, native methods that throw
// when detached, an `equals` that ignores custom testers) and vitest 3.0's (no printWithType), plus a helper that
// judges a matcher's result as a runner does. Values print through node's inspect, spread over lines as bun's do.
import { inspect } from 'node:util';
import { expect } from 'vitest';
import type { MatcherContext, MatcherResult, MatcherUtils } from '../../../src/matchers/internal/context.js';
import { plain } from './support.js';

/** The state a runner gives a matcher: `.not`, `.resolves` / `.rejects`. */
export interface RunnerState {
  isNot?: boolean;
  promise?: '' | 'resolves' | 'rejects';
}

let vitestState: MatcherContext | undefined;

/** vitest's own `this` for a matcher (the runner these tests run in), captured once through expect.extend. */
export function vitestContext(state: RunnerState = {}): MatcherContext {
  if (vitestState === undefined) {
    expect.extend({
      lpmCaptureContext(this: MatcherContext) {
        vitestState = this;
        return { pass: true, message: () => '' };
      },
    });
    (expect(null) as unknown as { lpmCaptureContext(): void }).lpmCaptureContext();
  }
  const captured = vitestState!;
  return {
    ...captured,
    utils: { ...captured.utils },
    isNot: state.isNot === true,
    promise: state.promise ?? '',
  };
}

/** vitest 3.0.x: the same context without `printWithType`, which arrived within 3.x. */
export function vitest30Context(state: RunnerState = {}): MatcherContext {
  const ctx = vitestContext(state);
  delete ctx.utils.printWithType;
  return ctx;
}

/** `show` as bun prints: structures over several lines, strings quoted. */
function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : inspect(value, { compact: false, depth: 8 });
}

const utilsObjects = new WeakSet<object>();
const contextObjects = new WeakSet<object>();

/** bun's native methods check their receiver; a detached call has none. */
function checkThis(self: unknown, objects: WeakSet<object>, kind: string): void {
  if (typeof self !== 'object' || self === null || !objects.has(self)) {
    const error = new TypeError(`Expected this to be instanceof ${kind}`) as TypeError & { code: string };
    error.code = 'ERR_INVALID_THIS';
    throw error;
  }
}

/** bun 1.x `this.utils`: six methods on a prototype, each refusing a call without its object. */
class BunLikeUtils {
  constructor() {
    utilsObjects.add(this);
  }

  // bun takes values, not labels, prints them under the hint and ignores `promise` and `secondArgument`.
  matcherHint(
    name: string,
    received?: unknown,
    expected?: unknown,
    options: { isNot?: boolean } = {},
  ): string {
    checkThis(this, utilsObjects, 'ExpectMatcherUtils');
    const not = options.isNot === true;
    const values = not
      ? `Expected: not ${show(expected)}\n`
      : `Expected: ${show(expected)}\nReceived: ${show(received)}\n`;
    return `expect(received)${not ? '.not' : ''}.${name}(expected)\n\n${values}`;
  }

  printExpected(value: unknown): string {
    checkThis(this, utilsObjects, 'ExpectMatcherUtils');
    return `<e>${show(value)}</e>`;
  }

  printReceived(value: unknown): string {
    checkThis(this, utilsObjects, 'ExpectMatcherUtils');
    return `<r>${show(value)}</r>`;
  }

  stringify(value: unknown): string {
    checkThis(this, utilsObjects, 'ExpectMatcherUtils');
    return show(value);
  }

  // bun's colour functions format values (a string comes back quoted), so they cannot stand in for colours.
  EXPECTED_COLOR(value: unknown): string {
    checkThis(this, utilsObjects, 'ExpectMatcherUtils');
    return show(value);
  }

  RECEIVED_COLOR(value: unknown): string {
    checkThis(this, utilsObjects, 'ExpectMatcherUtils');
    return show(value);
  }
}

const bunAsymmetricInner = new WeakMap<object, unknown>();

/** A bun built-in asymmetric matcher: a native `Expect…` object without `asymmetricMatch`. */
class BunLikeAsymmetric {
  readonly #tag: string;
  readonly #label: string;

  constructor(kind: string, label: string, inner: unknown) {
    this.#tag = `Expect${kind}`;
    this.#label = label;
    bunAsymmetricInner.set(this, inner);
  }

  get [Symbol.toStringTag](): string {
    return this.#tag;
  }

  [inspect.custom](): string {
    return this.#label;
  }
}

/**
 * bun's `expect.any(…)`, `expect.stringContaining(…)` and friends as bun builds them; the bun-like `equals`
 * judges them through vitest's equivalents.
 */
export const bunExpect = {
  any: (type: new (...args: any[]) => unknown) =>
    new BunLikeAsymmetric('Any', `Any<${type.name}>`, expect.any(type)),
  stringContaining: (text: string) =>
    new BunLikeAsymmetric(
      'StringContaining',
      `StringContaining ${JSON.stringify(text)}`,
      expect.stringContaining(text),
    ),
  stringMatching: (pattern: RegExp) =>
    new BunLikeAsymmetric('StringMatching', `StringMatching ${pattern}`, expect.stringMatching(pattern)),
};

/** The value with vitest's matcher in place of every bun-like one, for vitest's `equals`. */
function unwrap(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (bunAsymmetricInner.has(value)) return bunAsymmetricInner.get(value);
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (const item of value) copy.push(unwrap(item, seen));
    return copy;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const copy: Record<string, unknown> = {};
  seen.set(value, copy);
  for (const [key, item] of Object.entries(value)) copy[key] = unwrap(item, seen);
  return copy;
}

/** bun 1.x `this`: getters on a prototype; `equals` needs its object and ignores custom testers. */
class BunLikeContext {
  readonly #isNot: boolean;
  readonly #promise: string;
  readonly #utils = new BunLikeUtils();
  readonly #equals: MatcherContext['equals'];

  constructor(state: RunnerState, equals: MatcherContext['equals']) {
    this.#isNot = state.isNot === true;
    this.#promise = state.promise ?? '';
    this.#equals = equals;
    contextObjects.add(this);
  }

  get isNot(): boolean {
    return this.#isNot;
  }

  get promise(): string {
    return this.#promise;
  }

  get utils(): MatcherUtils {
    return this.#utils as unknown as MatcherUtils;
  }

  equals(a: unknown, b: unknown): boolean {
    checkThis(this, contextObjects, 'ExpectMatcherContext');
    return this.#equals(unwrap(a), unwrap(b));
  }
}

/** A context shaped like bun's; its `equals` is vitest's, minus custom testers. */
export function bunLikeContext(state: RunnerState = {}): MatcherContext {
  const { equals } = vitestContext();
  return new BunLikeContext(state, equals) as unknown as MatcherContext;
}

/**
 * A context that fails the test if a matcher reads any of `this.utils` but the `allowed` members: proof that a
 * passing assertion never formats anything.
 */
export function untouchableUtils(ctx: MatcherContext, allowed: readonly string[] = []): MatcherContext {
  const utils = new Proxy(ctx.utils, {
    get(target, key, receiver) {
      if (typeof key === 'string' && !allowed.includes(key)) throw new Error(`read this.utils.${key}`);
      return Reflect.get(target, key, receiver);
    },
  });
  return {
    isNot: ctx.isNot,
    promise: ctx.promise,
    equals: (a, b, testers) => ctx.equals(a, b, testers),
    customTesters: ctx.customTesters,
    utils,
  };
}

type Matcher = (this: MatcherContext, received: unknown, ...args: any[]) => MatcherResult;

/** What a runner makes of one call: whether it threw or failed, and its message without colours. */
export function judge(ctx: MatcherContext, matcher: Matcher, received: unknown, ...args: unknown[]) {
  let result: MatcherResult;
  try {
    result = matcher.call(ctx, received, ...args);
  } catch (error) {
    return { thrown: true, message: plain(error instanceof Error ? error.message : String(error)) };
  }
  // The message is built either way: a passing assertion's is what `.not` would show.
  const message = plain(result.message());
  return { thrown: false, failed: result.pass === (ctx.isNot === true), message };
}

/** The message of a call that must fail (by result, not by throwing). */
export function failureMessage(ctx: MatcherContext, matcher: Matcher, received: unknown, ...args: unknown[]) {
  const outcome = judge(ctx, matcher, received, ...args);
  if (outcome.thrown) throw new Error(`expected a failed result, but the matcher threw: ${outcome.message}`);
  if (!outcome.failed) throw new Error('expected the assertion to fail, but it passed');
  return outcome.message;
}

/** The message of a call that must throw (misuse, or a result the front end rejects). */
export function thrownMessage(ctx: MatcherContext, matcher: Matcher, received: unknown, ...args: unknown[]) {
  const outcome = judge(ctx, matcher, received, ...args);
  if (!outcome.thrown) throw new Error(`expected the matcher to throw, but it returned: ${outcome.message}`);
  return outcome.message;
}
