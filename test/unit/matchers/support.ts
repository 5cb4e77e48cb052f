// Helpers shared by the matcher tests: failure messages as plain text, so inline snapshots read the same with
// or without colour support, and a context whose colours are visible tags, for the tests about colour roles.
import type { MatcherContext } from '../../../src/matchers/internal/context.js';

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** The text without ANSI colour codes. */
export function plain(text: string): string {
  return text.replace(ANSI, '');
}

/** The message an assertion fails with; fails the test itself when the assertion passes. */
export function failureOf(assertion: () => unknown): string {
  try {
    assertion();
  } catch (error) {
    return plain(error instanceof Error ? error.message : String(error));
  }
  throw new Error('expected the assertion to fail, but it passed');
}

/**
 * The message with the contract core's own sentences masked (kept: the rule ids), so a snapshot pins this
 * layer's wording and layout, not the core's, which has tests of its own:
 * `Note: …`, `Warning: …`, numbered problems, and the reason after "would answer 502: " or "not the handler's
 * response: ".
 */
export function maskCore(message: string): string {
  return message
    .replace(/^(Note|Warning): .*?( \([\w-]+\))?$/gm, (_, kind: string, rule = '') => `${kind}: …${rule}`)
    .replace(
      /^( {2}\d+\. (?:warning: )?[\w.-]*:?) .*?( \([\w-]+\))?$/gm,
      (_, head: string, rule = '') => `${head} …${rule}`,
    )
    .replace(/((?:would answer|answers) \d{3}|not the handler's response): .*$/gm, '$1: …');
}

/** The message an async assertion (`.resolves`/`.rejects`) fails with. */
export async function asyncFailureOf(assertion: () => Promise<unknown>): Promise<string> {
  try {
    await assertion();
  } catch (error) {
    return plain(error instanceof Error ? error.message : String(error));
  }
  throw new Error('expected the assertion to fail, but it passed');
}

/**
 * A matcher context whose colours are tags (`<e>expected</e>`, `<r>received</r>`, `<d>dim</d>`), to check which
 * values a message prints as expected and which as received, whatever the terminal supports.
 */
export function taggedContext(overrides: Partial<MatcherContext> = {}): MatcherContext {
  const show = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));
  return {
    isNot: false,
    promise: '',
    equals: (a, b) => Object.is(a, b),
    customTesters: [],
    utils: {
      matcherHint: (name, received = 'received', expected = 'expected', options = {}) =>
        `expect(${received})${options.promise ? `.${options.promise}` : ''}${options.isNot ? '.not' : ''}.${name}(${expected})`,
      printExpected: (value) => `<e>${show(value)}</e>`,
      printReceived: (value) => `<r>${show(value)}</r>`,
      printWithType: (name, value, print) => `${name} has value: ${print(value)}`,
      diff: () => null,
      EXPECTED_COLOR: (text) => `<e>${text}</e>`,
      RECEIVED_COLOR: (text) => `<r>${text}</r>`,
      BOLD_WEIGHT: (text) => `<b>${text}</b>`,
      DIM_COLOR: (text) => `<d>${text}</d>`,
      iterableEquality: undefined,
      subsetEquality: undefined,
    },
    ...overrides,
  };
}

/** A REST result with a JSON body of about `size` bytes: the benchmarks' and tests' typical response. */
export function jsonResult(size = 2048): {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
} {
  const items: { id: number; name: string }[] = [];
  let body = '';
  for (let id = 0; body.length < size; id++) {
    items.push({ id, name: `item ${id}` });
    body = JSON.stringify({ items });
  }
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, body };
}
