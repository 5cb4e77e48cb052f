// invokeHttp for API Gateway WebSocket events: the answer is what the WebSocket client sees (a handshake, a
// frame or nothing, judgeWebSocket), not one HTTP response. The route kind comes from the event; whether a
// message route has a two-way route response cannot, so it is an option.
import {
  judgeWebSocket,
  type WebSocketOptions,
  type WebSocketOutcome,
  type WebSocketRouteKind,
} from '../contract/integrations/websocket.js';
import { describeThrown } from '../contract/outcome/describe.js';
import { headerLinesOf } from '../events/readEvent.js';
import { isPlainObject } from '../internal/isPlainObject.js';
import { acceptsCallbacks, type NodeRuntime } from '../internal/nodeRuntimes.js';
import { CallbackHandlerDeprecatedError } from './CallbackHandlerDeprecatedError.js';
import { InvokeTimeoutError } from './InvokeTimeoutError.js';
import {
  INVOKE_OPTION_KEYS,
  type InvokeOptions,
  type LambdaHandler,
  newTrace,
  prepare,
  type Trace,
} from './invoke.js';
import { CALLBACK_HANDLER_REFUSED, timeoutMessage } from './invokeCauses.js';

/** `invokeHttp` options for a WebSocket event: how to run the handler, and what API Gateway is set up to do. */
export interface InvokeWebSocketOptions extends InvokeOptions {
  /**
   * Message routes only: the route has `RouteResponseSelectionExpression: $default` and a `$default` route
   * response, so the result's `body` reaches the client as a frame (WS-11). Default: one-way, nothing (WS-10).
   */
  twoWay?: boolean | undefined;
  /** How long the handler ran, in milliseconds, when not the time measured (e.g. to model a slow handler). */
  durationMs?: number | undefined;
  /** The route's integration timeout, 50 to 29,000 ms (the default, WS-13). */
  integrationTimeoutMs?: number | undefined;
}

/** Every key `InvokeWebSocketOptions` has. */
export const INVOKE_WEBSOCKET_OPTION_KEYS = [
  ...INVOKE_OPTION_KEYS,
  'twoWay',
  'durationMs',
  'integrationTimeoutMs',
] as const satisfies readonly (keyof InvokeWebSocketOptions)[];

/** API Gateway's WebSocket integration timeout: 29 s by default and at most, 50 ms at least (WS-13). */
export const WEBSOCKET_TIMEOUT_MS = { default: 29_000, min: 50, max: 29_000 } as const;

// InspectOptions that judge an HTTP response: none of them means anything for a handshake or a frame, and
// dropping them silently would let a test believe they did.
const HTTP_ONLY: Readonly<Record<string, string>> = {
  integration: 'a WebSocket event is judged by its route (eventType), not by an HTTP integration',
  binaryMediaTypes: 'WebSocket frames are text only (binary frames close the connection with 1003, WS-15)',
  accept: 'no Accept header decides anything on a WebSocket route',
  method: 'a WebSocket event has no request method',
  strict: "a WebSocket outcome's problems carry their own severity; there are no warnings to promote",
};

type Note = WebSocketOutcome['notes'][number];

// Before prepare(), whose "not an option" would not say why.
function refuseHttpOnly(caller: string, options: unknown): void {
  if (!isPlainObject(options)) return;
  for (const key of Object.keys(options)) {
    if (Object.hasOwn(HTTP_ONLY, key))
      throw new TypeError(
        `${caller}: ${key} applies to HTTP events, and ${HTTP_ONLY[key]}; drop it, or pass an HTTP event`,
      );
  }
}

function checkOptions(caller: string, route: WebSocketRouteKind, given: object): InvokeWebSocketOptions {
  const { twoWay, durationMs, integrationTimeoutMs } = given as InvokeWebSocketOptions;
  if (twoWay !== undefined && typeof twoWay !== 'boolean')
    throw new TypeError(`${caller}: twoWay must be true or false`);
  if (twoWay !== undefined && route !== 'message')
    throw new TypeError(
      `${caller}: twoWay applies to message routes; a $${route} result never reaches the client as a frame (${route === 'connect' ? 'WS-8' : 'WS-9'}): drop it`,
    );
  if (durationMs !== undefined && !(typeof durationMs === 'number' && durationMs >= 0))
    throw new TypeError(
      `${caller}: durationMs must be the handler's running time in milliseconds (a number ≥ 0)`,
    );
  const { min, max } = WEBSOCKET_TIMEOUT_MS;
  if (
    integrationTimeoutMs !== undefined &&
    !(typeof integrationTimeoutMs === 'number' && integrationTimeoutMs >= min && integrationTimeoutMs <= max)
  )
    throw new RangeError(
      `${caller}: integrationTimeoutMs must be ${min} to ${max} ms, the range API Gateway allows a WebSocket integration (WS-13)`,
    );
  return given as InvokeWebSocketOptions;
}

/** The subprotocols a CONNECT event offers: every `Sec-WebSocket-Protocol` line, split at commas (WS-4). */
export function offeredProtocolsOf(event: unknown): string[] {
  return headerLinesOf(event, 'sec-websocket-protocol')
    .flatMap((line) => line.split(','))
    .map((protocol) => protocol.trim())
    .filter((protocol) => protocol !== '');
}

/**
 * Runs the handler for a WebSocket event of route kind `route` and answers what the client sees: the
 * outcome `judgeWebSocket` gives, with a thrown error as a function error (WS-5, WS-12) and a run past the
 * integration timeout as API Gateway's own answer (WS-13). A Lambda timeout inside the integration timeout is
 * a function error like any other: Lambda reports Sandbox.Timedout, and API Gateway sees a failed invocation.
 */
export async function invokeWebSocket(
  caller: string,
  handler: LambdaHandler<never> | PromiseLike<unknown>,
  event: unknown,
  route: WebSocketRouteKind,
  options: unknown,
): Promise<WebSocketOutcome> {
  refuseHttpOnly(caller, options);
  const prepared = prepare(caller, handler, options, INVOKE_WEBSOCKET_OPTION_KEYS);
  const given = checkOptions(caller, route, options ?? {});
  const judge: WebSocketOptions = { route };
  if (route === 'connect') judge.offeredProtocols = offeredProtocolsOf(event);
  if (given.twoWay) judge.twoWay = true;
  const notes: Note[] = [];

  const trace = newTrace();
  const started = Date.now();
  let result: unknown;
  let durationMs: number;
  try {
    result = await prepared.run(event, trace);
    durationMs = given.durationMs ?? Math.max(0, Date.now() - started);
  } catch (error) {
    const ours = trace.timedOut && error instanceof InvokeTimeoutError ? error : undefined;
    durationMs = given.durationMs ?? ours?.timeoutMs ?? Date.now() - started;
    judge.functionError = true;
    notes.push({ message: whyItFailed(error, ours, trace, prepared.runtime), rule: 'W4' });
  }
  const limit = given.integrationTimeoutMs ?? WEBSOCKET_TIMEOUT_MS.default;
  if (durationMs > limit) {
    judge.timedOut = true;
    notes.push({
      message: `the handler ran ${Math.round(durationMs)} ms, past the integration timeout of ${limit} ms, so API Gateway answered before Lambda finished`,
      rule: 'WS-13',
    });
  }
  if (trace.defaulted && !judge.functionError)
    notes.push({
      message: trace.ignoredReturn
        ? "the handler returned its result without a promise, which Lambda's Node.js runtime ignores: it sent null; make the handler async"
        : "the handler never answered, so Lambda's Node.js runtime sent null; make the handler async and return the result",
      rule: 'WS-1',
    });
  const outcome = judgeWebSocket(result, judge);
  return { ...outcome, notes: [...notes, ...outcome.notes] };
}

function whyItFailed(
  error: unknown,
  ours: InvokeTimeoutError | undefined,
  trace: Trace,
  runtime: NodeRuntime,
): string {
  if (error instanceof CallbackHandlerDeprecatedError) return CALLBACK_HANDLER_REFUSED;
  if (ours !== undefined)
    return timeoutMessage(ours, { ignoredReturn: trace.ignoredReturn, callbacks: acceptsCallbacks(runtime) });
  return `the handler threw ${describeThrown(error).label}, so Lambda reported a function error instead of a result`;
}
