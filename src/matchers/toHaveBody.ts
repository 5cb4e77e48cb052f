import type { MatcherContext, MatcherResult } from './internal/context.js';
import { aligned, hint, PREVIEW_LENGTH, printText } from './internal/messages.js';
import { clientOutcome, context } from './internal/outcome.js';
import { matchText, requireTextMatcher } from './internal/textMatch.js';
import { dim, printExpected, printReceived } from './internal/utils.js';
import type { TextMatcher } from './types.js';

const NAME = 'toHaveBody';
const TOPICS = ['body', 'isbase64encoded'];
/** Characters kept before the first difference when two long texts are shown side by side. */
const LEAD = 40;

/**
 * Passes when the body the client reads (after any base64 decoding the front end does) matches: the exact text,
 * a RegExp, or an asymmetric matcher.
 * @example expect(result).toHaveBody(expect.stringContaining('<title>Home</title>'))
 */
export function toHaveBody(this: MatcherContext, received: unknown, expected: TextMatcher): MatcherResult {
  const title = () => hint(this, NAME);
  requireTextMatcher(this, title, expected, 'expected value', '; for JSON use toHaveJsonBody');
  const outcome = clientOutcome(this, title, received, () =>
    typeof expected === 'string'
      ? 'have the expected body'
      : `have a body matching ${printExpected(this, expected)}`,
  );
  const { body } = outcome.response;
  const pass = matchText(this, body, expected);
  return {
    pass,
    message: () => {
      const not = pass ? 'not ' : '';
      const rows: [string, string][] = [];
      const from = !pass && typeof expected === 'string' ? windowStart(expected, body) : 0;
      if (from > 0) {
        rows.push(
          ['Expected body', printExcerpt(this, expected as string, from, printExpected)],
          ['Received body', printExcerpt(this, body, from, printReceived)],
        );
      } else {
        rows.push(
          [
            'Expected body',
            `${not}${typeof expected === 'string' ? printText(this, expected, printExpected) : printExpected(this, expected)}`,
          ],
          ['Received body', printText(this, body)],
        );
      }
      const predicate =
        typeof expected === 'string' ? 'be the expected text' : `match ${printExpected(this, expected)}`;
      const finding = from > 0 ? `, but it differs from character ${from + LEAD}` : '';
      return (
        `${title()}\n\nExpected response body ${not}to ${predicate}${finding}.\n\n` +
        `${aligned(rows)}${context(this, outcome, TOPICS)}`
      );
    },
  };
}

/** Where to start showing two long texts so their first difference is in view; 0 when the start already shows it. */
function windowStart(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i < PREVIEW_LENGTH - LEAD ? 0 : i - LEAD;
}

function printExcerpt(
  ctx: MatcherContext,
  text: string,
  from: number,
  print: (ctx: MatcherContext, value: unknown) => string,
): string {
  const end = from + PREVIEW_LENGTH;
  const cut = `…${text.slice(from, end)}${end < text.length ? '…' : ''}`;
  return `${print(ctx, cut)} ${dim(ctx, `(from character ${from}, ${text.length} characters)`)}`;
}
