import { HTTP_TOKEN } from '../internal/httpToken.js';
import type { MatcherContext, MatcherResult } from './internal/context.js';
import { headerNames, headerValues } from './internal/headerValues.js';
import { aligned, hint, printTexts } from './internal/messages.js';
import { clientOutcome, context } from './internal/outcome.js';
import { matchesAny, requireName, requireTextMatcher } from './internal/textMatch.js';
import { printExpected } from './internal/utils.js';
import type { TextMatcher } from './types.js';

const NAME = 'toHaveHeader';

/**
 * Passes when the client receives the header (name case-insensitive) and, with `value`, when one of its lines
 * as sent matches: the exact text, a RegExp, or an asymmetric matcher. `Vary: a, b` is one line, one value.
 * @example expect(result).toHaveHeader('Cache-Control', expect.stringContaining('max-age'))
 */
export function toHaveHeader(
  this: MatcherContext,
  received: unknown,
  name: string,
  ...rest: [] | [value: TextMatcher]
): MatcherResult {
  const hasValue = rest.length > 0;
  const value = rest[0];
  const title = () => hint(this, NAME, 'name', hasValue ? 'value' : undefined);
  requireName(this, title, name, HTTP_TOKEN, 'header', 'content-type');
  if (hasValue) {
    requireTextMatcher(
      this,
      title,
      value,
      'header value',
      '; leave it out to check only that the header is sent',
    );
  }
  const claim = () =>
    `have header ${printExpected(this, name.toLowerCase())}${hasValue ? ` matching ${printExpected(this, value)}` : ''}`;
  const outcome = clientOutcome(this, title, received, claim);
  const values = headerValues(outcome.response, name);
  const pass = values !== undefined && (!hasValue || matchesAny(this, values, value!));
  return {
    pass,
    message: () => {
      const not = pass ? 'not ' : '';
      const topics = [`headers.${name.toLowerCase()}`, `multivalueheaders.${name.toLowerCase()}`];
      const tail = context(this, outcome, topics);
      if (values === undefined) {
        const names = headerNames(outcome.response);
        return (
          `${title()}\n\nExpected response to ${claim()}, but no such header is sent.\n\n` +
          `${aligned([['Received headers', names.length ? names.join(', ') : '(none)']])}${tail}`
        );
      }
      const rows: [string, string][] = [];
      if (hasValue) rows.push(['Expected value', `${not}${printExpected(this, value)}`]);
      rows.push([values.length === 1 ? 'Received value' : 'Received values', printTexts(this, values)]);
      const finding =
        hasValue && !pass
          ? `, but ${values.length === 1 ? 'its value differs' : 'none of its values match'}`
          : '';
      return `${title()}\n\nExpected response ${not}to ${claim()}${finding}.\n\n${aligned(rows)}${tail}`;
    },
  };
}
