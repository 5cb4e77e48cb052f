import type { ProxyOutcome } from '../contract/types.js';
import { isBytes } from '../internal/isBytes.js';
import { firstByteDifference, hexAround, sameBytes } from './internal/byteDiff.js';
import { type ClientBody, clientBody, decodedRemark } from './internal/clientBody.js';
import type { MatcherContext, MatcherResult } from './internal/context.js';
import { aligned, hint, PREVIEW_LENGTH, printText } from './internal/messages.js';
import { clientOutcome, context } from './internal/outcome.js';
import { matchText, requireTextMatcher } from './internal/textMatch.js';
import { dim, printExpected, printReceived } from './internal/utils.js';
import type { TextMatcher } from './types.js';

const NAME = 'toHaveBody';
// statuscode: a 2.0 result with a body but no statusCode is sent whole as the body; its warning says so.
const TOPICS = ['body', 'isbase64encoded', 'statuscode', 'headers.content-encoding'];
/** Characters kept before the first difference when two long texts are shown side by side. */
const LEAD = 40;

/**
 * Passes when the body the client reads matches: the exact text, a RegExp, an asymmetric matcher, or the exact
 * bytes (a `Uint8Array` or `Buffer`). The body is read as `fetch` reads it: after any base64 decoding the front
 * end does, and with `Content-Encoding` (gzip, br, deflate) undone; a body that does not decode fails either way.
 * @example expect(result).toHaveBody(expect.stringContaining('<title>Home</title>'))
 * @example expect(result).toHaveBody(readFileSync('logo.png'))
 */
export function toHaveBody(
  this: MatcherContext,
  received: unknown,
  expected: TextMatcher | Uint8Array,
): MatcherResult {
  const title = () => hint(this, NAME);
  const bytes = isBytes(expected);
  if (!bytes) {
    requireTextMatcher(
      this,
      title,
      expected,
      'expected value',
      '; for JSON use toHaveJsonBody; for bytes pass a Uint8Array',
    );
  }
  const claim = () =>
    bytes
      ? 'be the expected bytes'
      : typeof expected === 'string'
        ? 'be the expected text'
        : `match ${printExpected(this, expected)}`;
  const outcome = clientOutcome(this, title, received, () =>
    typeof expected === 'string' || bytes
      ? 'have the expected body'
      : `have a body matching ${printExpected(this, expected)}`,
  );
  const decoded = clientBody(this, title, claim, outcome.response);
  if (bytes) return bytesResult(this, title, expected, decoded, outcome);
  const body = decoded.text;
  const pass = matchText(this, body, expected as TextMatcher);
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
      const predicate = claim();
      const finding = from > 0 ? `, but it differs from character ${from + LEAD}` : '';
      return (
        `${title()}\n\nExpected response body ${not}to ${predicate}${finding}.\n\n` +
        `${aligned(rows)}${decodedRemark(this, decoded)}${context(this, outcome, TOPICS)}`
      );
    },
  };
}

function bytesResult(
  ctx: MatcherContext,
  title: () => string,
  expected: Uint8Array,
  decoded: ClientBody,
  outcome: ProxyOutcome,
): MatcherResult {
  const pass = sameBytes(decoded.bytes, expected);
  return {
    pass,
    message: () => {
      // A pass (shown under .not) has no difference to point at: both are shown from their start.
      const at = pass ? 0 : firstByteDifference(expected, decoded.bytes);
      const lengths = `${decoded.bytes.length} bytes long, not ${expected.length}`;
      const finding = pass
        ? ''
        : at === expected.length || at === decoded.bytes.length
          ? `, but it is ${lengths}`
          : `, but it differs from byte ${at}${expected.length === decoded.bytes.length ? '' : ` and is ${lengths}`}`;
      const rows: [string, string][] = [
        ['Expected bytes', `${pass ? 'not ' : ''}${hexAround(ctx, expected, at, !pass)}`],
        ['Received bytes', hexAround(ctx, decoded.bytes, at, !pass)],
      ];
      return (
        `${title()}\n\nExpected response body ${pass ? 'not ' : ''}to be the expected bytes${finding}.\n\n` +
        `${aligned(rows)}${decodedRemark(ctx, decoded)}${context(ctx, outcome, TOPICS)}`
      );
    },
  };
}

/** Where to start showing two long texts so their first difference is in view; 0 when the start already shows it. */
function windowStart(a: string, b: string): number {
  let i = 0;
  // Past the end of either text charCodeAt is NaN, which equals nothing: the loop stops at the shorter length.
  while (a.charCodeAt(i) === b.charCodeAt(i)) i++;
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
