import { isHttpStatus } from '../internal/isHttpStatus.js';
import type { MatcherContext, MatcherResult } from './internal/context.js';
import { aligned, hint, matcherError, printText } from './internal/messages.js';
import { clientOutcome, context } from './internal/outcome.js';
import { printExpected, printReceived } from './internal/utils.js';

const NAME = 'toHaveStatusCode';
const TOPICS = ['statuscode', 'status', 'body'];

/**
 * Passes when the client receives this status code.
 * @example expect(await handler(event)).toHaveStatusCode(201)
 */
export function toHaveStatusCode(this: MatcherContext, received: unknown, code: number): MatcherResult {
  const title = () => hint(this, NAME);
  if (!isHttpStatus(code)) {
    throw matcherError(
      this,
      title(),
      'expected value must be a status code: an integer from 100 to 599',
      'Expected',
      code,
    );
  }
  const outcome = clientOutcome(this, title, received, () => `have status code ${printExpected(this, code)}`);
  const { status, body } = outcome.response;
  const pass = status === code;
  return {
    pass,
    message: () => {
      const rows: [string, string][] = [
        ['Expected status code', pass ? `not ${printExpected(this, code)}` : printExpected(this, code)],
        ['Received status code', printReceived(this, status)],
      ];
      // A 4xx/5xx usually explains itself in its body.
      if (!pass) rows.push(['Received body', printText(this, body)]);
      const finding = pass ? '' : `, but the client gets ${printReceived(this, status)}`;
      return (
        `${title()}\n\nExpected response ${pass ? 'not ' : ''}to have status code ${printExpected(this, code)}${finding}.\n\n` +
        `${aligned(rows)}${context(this, outcome, TOPICS)}`
      );
    },
  };
}
