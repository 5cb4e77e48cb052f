import { isHttpStatus } from '../internal/isHttpStatus.js';
import type { MatcherContext, MatcherResult } from './internal/context.js';
import { hint, matcherError } from './internal/messages.js';
import { printExpected, printReceived } from './internal/utils.js';
import { webSocketCause, webSocketOutcome } from './internal/webSocketOutcome.js';

const NAME = 'toRejectConnection';

/**
 * Passes when the `$connect` handshake is refused, with `status` when given (WS-3, WS-5).
 * @example expect(judgeWebSocket({ statusCode: 401 }, { route: 'connect' })).toRejectConnection(401)
 */
export function toRejectConnection(
  this: MatcherContext,
  received: unknown,
  ...rest: [] | [status: number]
): MatcherResult {
  // An explicit undefined is a mistake, not "any status": a status that failed to load must not pass.
  const given = rest.length > 0;
  const status = rest[0];
  const title = () => hint(this, NAME, given ? 'status' : '');
  if (given && !isHttpStatus(status))
    throw matcherError(this, title(), 'status must be an integer from 100 to 599', 'Expected', status);
  const outcome = webSocketOutcome(this, title, received);
  const { client } = outcome;
  const pass = client.kind === 'rejected' && (status === undefined || client.status === status);
  const wanted = status === undefined ? 'rejected' : `rejected with ${printExpected(this, status)}`;
  return {
    pass,
    message: () =>
      `${title()}\n\nExpected the handshake ${pass ? 'not ' : ''}to be ${wanted} (WS-3), but the client sees ${printReceived(this, client)}.${pass ? '' : webSocketCause(outcome)}`,
  };
}
