import type { WebSocketOutcome } from '../../contract/integrations/websocket.js';
import { isObject } from '../../internal/isObject.js';
import type { MatcherContext } from './context.js';
import { matcherError } from './messages.js';
import { rejectPromise } from './outcome.js';

/** The outcome of `judgeWebSocket`, or a Matcher error naming the fix for anything else. */
export function webSocketOutcome(
  ctx: MatcherContext,
  title: () => string,
  received: unknown,
): WebSocketOutcome {
  rejectPromise(ctx, title, received);
  if (isObject(received) && (received as { integration?: unknown }).integration === 'websocket') {
    const client = (received as { client?: unknown }).client;
    if (isObject(client)) return received as unknown as WebSocketOutcome;
  }
  throw matcherError(
    ctx,
    title(),
    'received value must be await invokeHttp(handler, webSocket.connect()) or judgeWebSocket(result, { route }): a handler result alone cannot say the route kind or whether a route response is configured',
    'Received',
    received,
  );
}
