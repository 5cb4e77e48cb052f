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

/**
 * Why the client sees what it sees, when something failed: the first error problem, else the note invokeHttp
 * left on a function error or a timeout (W4, WS-13). `''` when nothing did. Starts with a space.
 */
export function webSocketCause(outcome: WebSocketOutcome): string {
  const problem = outcome.problems.find((p) => p.severity === 'error');
  if (problem !== undefined) return ` ${capitalise(problem.message)}.`;
  const note = outcome.notes.find((n) => n.rule === 'W4' || n.rule === 'WS-13');
  return note === undefined ? '' : ` ${capitalise(note.message)} (${note.rule}).`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
