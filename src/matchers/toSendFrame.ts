import type { MatcherContext, MatcherResult } from './internal/context.js';
import { hint } from './internal/messages.js';
import { matchText, requireTextMatcher } from './internal/textMatch.js';
import { printExpected, printReceived } from './internal/utils.js';
import { webSocketCause, webSocketOutcome } from './internal/webSocketOutcome.js';
import type { TextMatcher } from './types.js';

const NAME = 'toSendFrame';

/**
 * Passes when the client receives a text frame matching `expected` (WS-11; error frames WS-12, WS-13 count too).
 * @example expect(judgeWebSocket(result, { route: 'message', twoWay: true })).toSendFrame('pong')
 */
export function toSendFrame(this: MatcherContext, received: unknown, expected: TextMatcher): MatcherResult {
  const title = () => hint(this, NAME);
  requireTextMatcher(this, title, expected, 'the expected frame');
  const outcome = webSocketOutcome(this, title, received);
  const { client } = outcome;
  const pass = client.kind === 'frame' && matchText(this, client.text, expected);
  const why =
    client.kind === 'nothing'
      ? ' Nothing reaches the client: a one-way route never sends the result; pass twoWay: true if a route response is configured (WS-10).'
      : '';
  return {
    pass,
    message: () =>
      `${title()}\n\nExpected the client ${pass ? 'not ' : ''}to receive a frame ${printExpected(this, expected)}, but it sees ${printReceived(this, client)}.${why}${pass ? '' : webSocketCause(outcome)}`,
  };
}
