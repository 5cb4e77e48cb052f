import type { MatcherContext, MatcherResult } from './context.js';
import { headerValues } from './headerValues.js';
import { aligned, hint, matcherError, printTexts } from './messages.js';
import { clientOutcome, context } from './outcome.js';
import { isTextMatcher, matchesAny } from './textMatch.js';
import type { TextMatcher } from './types.js';
import { printExpected, printReceived } from './utils.js';

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
 * `Location` matches.
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
  if (!isTextMatcher(location)) {
    throw matcherError(
      this,
      title(),
      'location must be a string, a RegExp or an asymmetric matcher',
      'Expected',
      location,
    );
  }
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
  const pass = statusOk && locationOk;
  return {
    pass,
    message: () => {
      const not = pass ? 'not ' : '';
      let finding = '';
      if (!statusOk) {
        finding = hasStatus
          ? `, but its status is ${printReceived(this, got)}`
          : `, but its status ${printReceived(this, got)} is not a redirect`;
      } else if (!locationOk) {
        finding =
          locations === undefined ? ', but no location header is sent' : ', but it redirects elsewhere';
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
    },
  };
}
