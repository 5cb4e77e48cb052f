import { isHttpStatus } from '../internal/isHttpStatus.js';
import type { MatcherContext, MatcherResult } from './internal/context.js';
import { hint, matcherError } from './internal/messages.js';
import { printExpected, printReceived } from './internal/utils.js';
import { webSocketOutcome } from './internal/webSocketOutcome.js';

const NAME = 'toRejectConnection';

/**
 * Passes when the `$connect` handshake is refused, with `status` when given (WS-3, WS-5).
 * @example expect(judgeWebSocket({ statusCode: 401 }, { route: 'connect' })).toRejectConnection(401)
 */
export function toRejectConnection(this: MatcherContext, received: unknown, status?: number): MatcherResult {
  const title = () => hint(this, NAME, status === undefined ? '' : 'status');
  if (status !== undefined && !isHttpStatus(status))
    throw matcherError(this, title(), 'status must be an integer from 100 to 599', 'Expected', status);
  const { client } = webSocketOutcome(this, title, received);
  const pass = client.kind === 'rejected' && (status === undefined || client.status === status);
  const wanted = status === undefined ? 'rejected' : `rejected with ${printExpected(this, status)}`;
  return {
    pass,
    message: () =>
      `${title()}\n\nExpected the handshake ${pass ? 'not ' : ''}to be ${wanted} (WS-3), but the client sees ${printReceived(this, client)}.`,
  };
}
