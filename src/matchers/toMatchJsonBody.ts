import { clientBody } from './internal/clientBody.js';
import type { MatcherContext, MatcherResult } from './internal/context.js';
import { bodyTail, parseJsonBody, receivedBodyTail } from './internal/jsonBody.js';
import { matchesSubset } from './internal/matchesSubset.js';
import { aligned, diff, hint, matcherError, pickSubset, printText } from './internal/messages.js';
import { clientOutcome } from './internal/outcome.js';
import { printExpected } from './internal/utils.js';

const NAME = 'toMatchJsonBody';

/**
 * Passes when the body the client reads is JSON that matches `subset` as `toMatchObject` does: the properties
 * the subset names, recursively, with asymmetric matchers allowed. Content-Encoding (gzip, br, deflate) is undone
 * first, as `fetch` does; a body a client cannot decode fails with or without `.not`.
 * @example expect(result).toMatchJsonBody({ user: { name: 'Ada' } })
 */
export function toMatchJsonBody(this: MatcherContext, received: unknown, subset: object): MatcherResult {
  const title = () => hint(this, NAME);
  if (typeof subset !== 'object' || subset === null) {
    throw matcherError(
      this,
      title(),
      'expected value must be an object or an array; for a whole-body comparison of other values use toHaveJsonBody',
      'Expected',
      subset,
    );
  }
  const outcome = clientOutcome(this, title, received, () => 'have a JSON body matching the subset');
  const decoded = clientBody(this, title, () => 'match the subset', outcome.response);
  const body = decoded.text;
  const parsed = parseJsonBody(body);
  if (!parsed.json) {
    const { why } = parsed;
    return {
      pass: false,
      message: () =>
        `${title()}\n\nExpected response body to be JSON matching the subset, but ${why}.\n\n` +
        receivedBodyTail(this, outcome, decoded),
    };
  }
  const value = parsed.value;
  if (typeof value !== 'object' || value === null) {
    return {
      pass: false,
      message: () =>
        `${title()}\n\nExpected response body to match the subset, but it is JSON ${value === null ? 'null' : `of type ${typeof value}`}, not an object.\n\n` +
        receivedBodyTail(this, outcome, decoded),
    };
  }
  const pass = matchesSubset(this, value, subset);
  return {
    pass,
    message: () =>
      (pass
        ? `${title()}\n\nExpected response body not to match the subset.\n\n` +
          aligned([
            ['Expected subset', `not ${printExpected(this, subset)}`],
            ['Received body', printText(this, body)],
          ])
        : `${title()}\n\nExpected response body to match the subset.\n\n${diff(this, subset, pickSubset(value, subset))}`) +
      bodyTail(this, outcome, decoded),
  };
}
