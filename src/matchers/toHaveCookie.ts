import type { MatcherContext, MatcherResult } from './internal/context.js';
import { headerValues } from './internal/headerValues.js';
import { aligned, hint, matcherError, printText, printTexts } from './internal/messages.js';
import { clientOutcome, context } from './internal/outcome.js';
import { matchesAny, matchText, requireTextMatcher } from './internal/textMatch.js';
import { printExpected } from './internal/utils.js';
import type { TextMatcher } from './types.js';

const NAME = 'toHaveCookie';
const TOPICS = ['cookies', 'headers.set-cookie', 'multivalueheaders.set-cookie'];
const MAX_AGE = /^-?\d+$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const CONTROL = /[\u0000-\u001f\u007f]/;
const SPACE = /^ | $/;
const { now, parse: parseDate } = Date;
const { isNaN: isNotANumber } = Number;

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
 * `Max-Age=0` when the line tells the client to drop the cookie (a Max-Age of 0 or less, else an Expires in
 * the past; RFC 6265 §5.3 step 3: Max-Age wins, and of each the last valid one counts), `undefined` otherwise.
 */
function deletion(line: string): string | undefined {
  let maxAge: string | undefined;
  let expires: string | undefined;
  let expiresAt = 0;
  const attributes = line.split(';');
  for (let i = 1; i < attributes.length; i++) {
    const attribute = attributes[i]!;
    const equals = attribute.indexOf('=');
    if (equals === -1) continue;
    const key = attribute.slice(0, equals).trim().toLowerCase();
    const raw = attribute.slice(equals + 1).trim();
    if (key === 'max-age' && MAX_AGE.test(raw)) maxAge = raw;
    else if (key === 'expires') {
      const at = parseDate(raw);
      if (!isNotANumber(at)) {
        expires = raw;
        expiresAt = at;
      }
    }
  }
  if (maxAge !== undefined) return Number(maxAge) <= 0 ? `Max-Age=${maxAge}` : undefined;
  return expires !== undefined && expiresAt <= now() ? `Expires=${expires}, in the past` : undefined;
}

/**
 * Passes when the response sets the cookie `name` (through `headers`, `multiValueHeaders` or 2.0 `cookies`,
 * as the front end sends them) and, with `value`, when the value of its last `Set-Cookie` matches: a later line
 * replaces an earlier one (RFC 6265 §5.3; Domain and Path are not compared). A deletion (`Max-Age=0`, an
 * `Expires` in the past) sets the cookie too; assert one with `toHaveHeader('set-cookie', /session=; .*Max-Age=0/i)`.
 * `name` is any name a browser stores (`user[id]`, `a.b`, `__Host-x`): not empty, without '=', ';', control
 * characters or surrounding spaces.
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
  requireCookieName(this, title, name);
  if (hasValue) {
    requireTextMatcher(
      this,
      title,
      value,
      'cookie value',
      '; leave it out to check only that the cookie is set',
    );
  }
  const claim = () =>
    `set cookie ${printExpected(this, name)}${hasValue ? ` with a value matching ${printExpected(this, value)}` : ''}`;
  const outcome = clientOutcome(this, title, received, claim);
  const cookies = (headerValues(outcome.response, 'set-cookie') ?? []).map(parseSetCookie);
  const named = cookies.filter((cookie) => cookie.name === name);
  // The client keeps the last line for a name (RFC 6265 §5.3 step 11), so only that one is judged.
  const last = named[named.length - 1];
  const pass = last !== undefined && (!hasValue || matchText(this, last.value, value!));
  return {
    pass,
    message: () => {
      const not = pass ? 'not ' : '';
      const tail = context(this, outcome, TOPICS);
      if (last === undefined) {
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
        ['Received value', printText(this, last.value)],
        [
          'Received set-cookie',
          printTexts(
            this,
            named.map((c) => c.line),
          ),
        ],
      );
      const deletes = deletion(last.line);
      const earlier = named.slice(0, -1).map((c) => c.value);
      let finding = '';
      if (deletes !== undefined) {
        finding = `${pass ? ', and' : ', but'} its ${named.length > 1 ? 'last ' : ''}Set-Cookie deletes it (${deletes})`;
        if (pass) finding += ', which counts as setting it';
      } else if (hasValue && !pass) {
        finding =
          earlier.length > 0 && matchesAny(this, earlier, value!)
            ? ', but a later Set-Cookie for it replaces that value: the client keeps the last one'
            : ', but its value differs';
      }
      return `${title()}\n\nExpected response ${not}to ${claim()}${finding}.\n\n${aligned(rows)}${tail}`;
    },
  };
}

/**
 * A Matcher error (thrown, so `.not` cannot pass) unless `name` is one a browser stores: any non-empty text
 * without '=', ';' or control characters (RFC 6265bis §5.6), so `user[id]`, `a.b` and `__Host-x` are names.
 * Leading and trailing spaces are refused rather than trimmed: the client trims them off the name it stores, so
 * `' a'` could never be found, and a silent trim would hide the typo.
 */
function requireCookieName(ctx: MatcherContext, title: () => string, name: unknown): asserts name is string {
  let why: string | undefined;
  if (typeof name !== 'string') why = 'pass the name as a string';
  else if (name === '') why = 'it is empty';
  else if (name.includes('=')) why = "it holds '=', where the client splits the name from the value";
  else if (name.includes(';')) why = "it holds ';', where the client's name-value pair ends";
  else if (CONTROL.test(name)) why = 'it holds a control character';
  else if (SPACE.test(name)) why = `the client trims the spaces around it, so use "${name.trim()}"`;
  if (why === undefined) return;
  throw matcherError(
    ctx,
    title(),
    `cookie name must be a non-empty string of cookie-name characters (anything but '=', ';' and control characters, such as "session" or "user[id]"): ${why}`,
    'Expected',
    name,
  );
}
