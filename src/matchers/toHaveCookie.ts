import type { MatcherContext, MatcherResult } from './context.js';
import { headerValues } from './headerValues.js';
import { aligned, hint, matcherError, printTexts } from './messages.js';
import { clientOutcome, context } from './outcome.js';
import { isTextMatcher, matchesAny } from './textMatch.js';
import type { TextMatcher } from './types.js';
import { printExpected } from './utils.js';

const NAME = 'toHaveCookie';
const TOPICS = ['cookies', 'headers.set-cookie', 'multivalueheaders.set-cookie'];
const COOKIE_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

interface SetCookie {
  name: string;
  value: string;
  line: string;
}

/** `session=abc; Path=/; HttpOnly` → name `session`, value `abc` (as sent: no unquoting or URL decoding). */
function parseSetCookie(line: string): SetCookie {
  const semicolon = line.indexOf(';');
  const pair = semicolon === -1 ? line : line.slice(0, semicolon);
  const equals = pair.indexOf('=');
  return equals === -1
    ? { name: '', value: pair.trim(), line }
    : { name: pair.slice(0, equals).trim(), value: pair.slice(equals + 1).trim(), line };
}

/**
 * Passes when the response sets the cookie `name` (through `headers`, `multiValueHeaders` or 2.0 `cookies`,
 * as the front end sends them) and, with `value`, when one of its values matches.
 * @example expect(result).toHaveCookie('session', expect.stringMatching(/^[\w-]{20,}$/))
 */
export function toHaveCookie(
  this: MatcherContext,
  received: unknown,
  name: string,
  ...rest: [] | [value: TextMatcher]
): MatcherResult {
  const hasValue = rest.length > 0;
  const value = rest[0];
  const title = () => hint(this, NAME, 'name', hasValue ? 'value' : undefined);
  if (typeof name !== 'string' || !COOKIE_NAME.test(name)) {
    throw matcherError(
      this,
      title(),
      'cookie name must be a non-empty string of cookie-name characters, such as "session"',
      'Expected',
      name,
    );
  }
  if (hasValue && !isTextMatcher(value)) {
    throw matcherError(
      this,
      title(),
      'cookie value must be a string, a RegExp or an asymmetric matcher; leave it out to check only that the cookie is set',
      'Expected',
      value,
    );
  }
  const claim = () =>
    `set cookie ${printExpected(this, name)}${hasValue ? ` with a value matching ${printExpected(this, value)}` : ''}`;
  const outcome = clientOutcome(this, title, received, claim);
  const cookies = (headerValues(outcome.response, 'set-cookie') ?? []).map(parseSetCookie);
  const named = cookies.filter((cookie) => cookie.name === name);
  const values = named.map((cookie) => cookie.value);
  const pass = named.length > 0 && (!hasValue || matchesAny(this, values, value!));
  return {
    pass,
    message: () => {
      const not = pass ? 'not ' : '';
      const tail = context(this, outcome, TOPICS);
      if (named.length === 0) {
        const finding =
          cookies.length === 0
            ? 'it sets no cookies'
            : `it sets only ${cookies.map((c) => printExpected(this, c.name)).join(', ')}`;
        const rows: [string, string][] = [
          [
            'Received set-cookie',
            cookies.length
              ? printTexts(
                  this,
                  cookies.map((c) => c.line),
                )
              : '(none)',
          ],
        ];
        return `${title()}\n\nExpected response to ${claim()}, but ${finding}.\n\n${aligned(rows)}${tail}`;
      }
      const rows: [string, string][] = [];
      if (hasValue) rows.push(['Expected value', `${not}${printExpected(this, value)}`]);
      rows.push(
        [named.length === 1 ? 'Received value' : 'Received values', printTexts(this, values)],
        [
          'Received set-cookie',
          printTexts(
            this,
            named.map((c) => c.line),
          ),
        ],
      );
      const finding = hasValue && !pass ? ', but its value differs' : '';
      return `${title()}\n\nExpected response ${not}to ${claim()}${finding}.\n\n${aligned(rows)}${tail}`;
    },
  };
}
