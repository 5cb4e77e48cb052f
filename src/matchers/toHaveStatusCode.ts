import { isHttpStatus } from '../internal/isHttpStatus.js';
import type { MatcherContext, MatcherResult } from './internal/context.js';
import { aligned, hint, isAsymmetric, matcherError, printText } from './internal/messages.js';
import { clientOutcome, context } from './internal/outcome.js';
import { printExpected, printReceived } from './internal/utils.js';
import type { StatusClass, StatusCodeMatcher } from './types.js';

const NAME = 'toHaveStatusCode';
const TOPICS = ['statuscode', 'status', 'body'];
const CLASS = /^[1-5]xx$/;
const DIGITS = /^\d+$/;
/** What each class means, for the message: RFC 9110 §15. */
const CLASS_NAMES: Readonly<Record<StatusClass, string>> = {
  '1xx': 'informational',
  '2xx': 'successful',
  '3xx': 'redirection',
  '4xx': 'client error',
  '5xx': 'server error',
};

/**
 * Passes when the client receives this status code: an exact code, a class (`'2xx'`, `'4xx'`, … any code from
 * 200 to 299, from 400 to 499), or an asymmetric matcher (`expect.any(Number)`, your own), which the runner's
 * own equality decides, so jest's, vitest's and bun's all work.
 * @example expect(await handler(event)).toHaveStatusCode(201)
 * @example expect(await handler(badEvent)).toHaveStatusCode('4xx')
 */
export function toHaveStatusCode(
  this: MatcherContext,
  received: unknown,
  code: StatusCodeMatcher,
): MatcherResult {
  const title = () => hint(this, NAME);
  requireStatusMatcher(this, title, code);
  const outcome = clientOutcome(this, title, received, () => claimOf(this, code));
  const { status, body } = outcome.response;
  const pass =
    typeof code === 'number'
      ? status === code
      : typeof code === 'string'
        ? status >= classStart(code) && status < classStart(code) + 100
        : this.equals(status, code, this.customTesters);
  return {
    pass,
    message: () => {
      const expected = printExpected(this, code);
      const rows: [string, string][] = [
        ['Expected status code', pass ? `not ${expected}` : expected],
        ['Received status code', printReceived(this, status)],
      ];
      // A 4xx/5xx usually explains itself in its body.
      if (!pass) rows.push(['Received body', printText(this, body)]);
      const finding = pass ? '' : `, but the client gets ${printReceived(this, status)}`;
      return (
        `${title()}\n\nExpected response ${pass ? 'not ' : ''}to ${claimOf(this, code)}${finding}.\n\n` +
        `${aligned(rows)}${context(this, outcome, TOPICS)}`
      );
    },
  };
}

/** `have status code 201`, `have a "4xx" (client error) status code`, `have a status code matching Any<Number>`. */
function claimOf(ctx: MatcherContext, code: StatusCodeMatcher): string {
  if (typeof code === 'number') return `have status code ${printExpected(ctx, code)}`;
  if (typeof code === 'string') {
    return `have a ${printExpected(ctx, code)} (${CLASS_NAMES[code]}) status code`;
  }
  return `have a status code matching ${printExpected(ctx, code)}`;
}

function classStart(code: StatusClass): number {
  return (code.charCodeAt(0) - 48) * 100;
}

/** A Matcher error (thrown, so `.not` cannot pass) unless `code` is a status, a class or an asymmetric matcher. */
function requireStatusMatcher(
  ctx: MatcherContext,
  title: () => string,
  code: unknown,
): asserts code is StatusCodeMatcher {
  if (isHttpStatus(code) || (typeof code === 'string' && CLASS.test(code)) || isAsymmetric(code)) return;
  throw matcherError(ctx, title(), statusProblem(code), 'Expected', code);
}

const STATUS = 'expected value must be a status code: an integer from 100 to 599';

/** What is wrong with a `code` that is none of the accepted forms, said for the likeliest slip. */
function statusProblem(code: unknown): string {
  if (typeof code === 'string') {
    // "200" is a number in quotes: the fix is the number, and the class and matcher forms are beside the point.
    if (DIGITS.test(code)) return STATUS;
    if (CLASS.test(code.toLowerCase()))
      return `${STATUS}, or a class written in lower case, '${code.toLowerCase()}'`;
    if (/^\dxx$/i.test(code))
      return `${STATUS}, or a class from '1xx' to '5xx' ("${code}" is no HTTP status class)`;
  }
  return `${STATUS}, a class from '1xx' to '5xx', or an asymmetric matcher such as expect.any(Number)`;
}
