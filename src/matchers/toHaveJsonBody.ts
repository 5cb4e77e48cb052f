import { clientBody } from './internal/clientBody.js';
import type { MatcherContext, MatcherResult } from './internal/context.js';
import { bodyTail, canonicalJson, parseJsonBody, receivedBodyTail } from './internal/jsonBody.js';
import { aligned, diff, hint, printText } from './internal/messages.js';
import { clientOutcome } from './internal/outcome.js';
import { printExpected } from './internal/utils.js';

const NAME = 'toHaveJsonBody';

/**
 * Passes when the body the client reads is JSON and, when `expected` is given, equal to it (recursive equality
 * as `toEqual`, asymmetric matchers allowed). The body is read as `fetch` reads it, with Content-Encoding (gzip,
 * br, deflate) undone; one a client cannot decode fails with or without `.not`.
 * @example expect(result).toHaveJsonBody({ id: expect.any(String), items: [] })
 */
export function toHaveJsonBody(
  this: MatcherContext,
  received: unknown,
  ...rest: [expected?: unknown]
): MatcherResult {
  const hasExpected = rest.length > 0;
  const expected = rest[0];
  const title = () => hint(this, NAME, hasExpected ? 'expected' : '');
  const outcome = clientOutcome(this, title, received, () =>
    hasExpected ? 'have the expected JSON body' : 'have a JSON body',
  );
  const decoded = clientBody(
    this,
    title,
    () => (hasExpected ? 'equal the expected JSON' : 'be JSON'),
    outcome.response,
  );
  const body = decoded.text;

  // Fast path: a body that is exactly JSON.stringify(expected) parses to a value equal to it. Saves the parse
  // and the deep comparison, which inside jest's vm context costs several times a toBe. `canonical` is
  // undefined for a value with no canonical text, and undefined is never the body's text.
  if (hasExpected && (this.customTesters === undefined || this.customTesters.length === 0)) {
    const canonical = canonicalJson(expected);
    if (canonical === body) {
      return {
        pass: true,
        message: () => notEqualMessage(this, title(), expected, body) + bodyTail(this, outcome, decoded),
      };
    }
  }

  const parsed = parseJsonBody(body);
  if (!parsed.json) {
    const { why } = parsed;
    return {
      pass: false,
      message: () =>
        `${title()}\n\nExpected response body to be JSON, but ${why}.\n\n` +
        receivedBodyTail(this, outcome, decoded),
    };
  }
  const value = parsed.value;
  if (!hasExpected) {
    return {
      pass: true,
      message: () =>
        `${title()}\n\nExpected response body not to be JSON, but it parses.\n\n` +
        receivedBodyTail(this, outcome, decoded),
    };
  }
  const pass = this.equals(value, expected, this.customTesters);
  return {
    pass,
    message: () =>
      (pass
        ? notEqualMessage(this, title(), expected, body)
        : `${title()}\n\nExpected response body to equal the expected JSON.\n\n${diff(this, expected, value)}`) +
      bodyTail(this, outcome, decoded),
  };
}

function notEqualMessage(ctx: MatcherContext, title: string, expected: unknown, body: string): string {
  return (
    `${title}\n\nExpected response body not to equal the expected JSON.\n\n` +
    aligned([
      ['Expected JSON', `not ${printExpected(ctx, expected)}`],
      ['Received body', printText(ctx, body)],
    ])
  );
}
