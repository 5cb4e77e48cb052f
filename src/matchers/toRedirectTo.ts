import type { MatcherContext, MatcherResult } from './internal/context.js';
import { distinctValues, headerValues } from './internal/headerValues.js';
import {
  aligned,
  failsEitherWay,
  hint,
  matcherError,
  printTextList,
  printTexts,
} from './internal/messages.js';
import { clientOutcome, context } from './internal/outcome.js';
import { matchesAny, requireTextMatcher } from './internal/textMatch.js';
import { printExpected, printReceived } from './internal/utils.js';
import type { TextMatcher } from './types.js';

const NAME = 'toRedirectTo';
const TOPICS = ['statuscode', 'headers.location', 'multivalueheaders.location'];
const { isInteger } = Number;
/**
 * The statuses that send a browser to `Location`. Other 3xx are not redirects: 300 offers choices, 304 says
 * "use your cached copy", 305 and 306 are obsolete. Pass `status` to assert one of those exactly.
 */
const REDIRECTS: readonly number[] = [301, 302, 303, 307, 308];
const REDIRECTS_TEXT = '301, 302, 303, 307 or 308';

/**
 * Passes when the response redirects (301, 302, 303, 307 or 308; exactly `status` when given) and its
 * `Location` matches. Two different `Location`s fail with and without `.not`: browsers refuse such a redirect.
 * @example expect(result).toRedirectTo(expect.stringMatching(/^\/login\?next=/), 302)
 */
export function toRedirectTo(
  this: MatcherContext,
  received: unknown,
  location: TextMatcher,
  ...rest: [] | [status: number]
): MatcherResult {
  const hasStatus = rest.length > 0;
  const status = rest[0];
  const title = () => hint(this, NAME, 'location', hasStatus ? 'status' : undefined);
  requireTextMatcher(this, title, location, 'location');
  if (hasStatus && !(isInteger(status) && status! >= 300 && status! <= 399)) {
    throw matcherError(
      this,
      title(),
      'status must be a redirect status: an integer from 300 to 399',
      'Expected',
      status,
    );
  }
  const claim = () =>
    `redirect to ${printExpected(this, location)}${hasStatus ? ` with status ${printExpected(this, status)}` : ''}`;
  const outcome = clientOutcome(this, title, received, claim);
  const got = outcome.response.status;
  const locations = headerValues(outcome.response, 'location');
  const statusOk = hasStatus ? got === status : REDIRECTS.includes(got);
  const locationOk = locations !== undefined && matchesAny(this, locations, location);
  // Two different Locations are no redirect to either: which one a client follows, if any, is up to the client.
  // Stryker disable next-line ArrayDeclaration: equivalent, the list matters only when it holds two or more
  const sent = distinctValues(locations ?? []);
  const ambiguous = statusOk && sent.length > 1;
  const pass = statusOk && locationOk;
  const message = (not: string) => {
    let finding = '';
    if (ambiguous) {
      finding =
        `, but the client gets ${sent.length} Location headers, ${printTextList(this, sent)}: browsers refuse` +
        ' such a redirect (Chrome: ERR_RESPONSE_HEADERS_MULTIPLE_LOCATION) and other clients follow only one,' +
        ' so this fails with or without .not; send one Location';
    } else if (!statusOk) {
      finding = hasStatus
        ? `, but its status is ${printReceived(this, got)}`
        : `, but its status ${printReceived(this, got)} is not a redirect`;
    } else if (!locationOk) {
      finding = locations === undefined ? ', but no location header is sent' : ', but it redirects elsewhere';
    }
    const rows: [string, string][] = [
      ['Expected location', `${not}${printExpected(this, location)}`],
      ['Received location', locations === undefined ? '(none)' : printTexts(this, locations)],
      ['Expected status', hasStatus ? printExpected(this, status) : REDIRECTS_TEXT],
      ['Received status', printReceived(this, got)],
    ];
    return (
      `${title()}\n\nExpected response ${not}to ${claim()}${finding}.\n\n` +
      `${aligned(rows)}${context(this, outcome, TOPICS)}`
    );
  };
  if (ambiguous) throw failsEitherWay(message(this.isNot === true ? 'not ' : ''));
  return { pass, message: () => message(pass ? 'not ' : '') };
}
