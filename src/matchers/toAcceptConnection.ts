import type { MatcherContext, MatcherResult } from './internal/context.js';
import { hint } from './internal/messages.js';
import { printReceived } from './internal/utils.js';
import { webSocketCause, webSocketOutcome } from './internal/webSocketOutcome.js';

const NAME = 'toAcceptConnection';

/**
 * Passes when the `$connect` handshake succeeds (101 Switching Protocols, rule WS-2).
 * @example expect(judgeWebSocket(await handler(webSocket.connect()), { route: 'connect' })).toAcceptConnection()
 */
export function toAcceptConnection(this: MatcherContext, received: unknown): MatcherResult {
  const title = () => hint(this, NAME, '');
  const outcome = webSocketOutcome(this, title, received);
  const { client } = outcome;
  const pass = client.kind === 'accepted';
  return {
    pass,
    message: () =>
      pass
        ? `${title()}\n\nExpected the handshake not to be accepted, but the client gets 101 Switching Protocols (WS-2).`
        : `${title()}\n\nExpected the handshake to be accepted (a 2xx statusCode, WS-2), but the client sees ${printReceived(this, client)}.${webSocketCause(outcome)}`,
  };
}
