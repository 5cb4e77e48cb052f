import type { StreamifyHandler } from 'aws-lambda';
import { judgeProxyError } from '../contract/inspectProxyError.js';
import { judgeProxyResult } from '../contract/inspectProxyResult.js';
import type { WebSocketOutcome } from '../contract/integrations/websocket.js';
import { INSPECT_OPTION_KEYS } from '../contract/resolveOptions.js';
import { inspectRecordedStream } from '../contract/streaming/inspectStreamedResponse.js';
import type { InspectOptions, ProxyOutcome } from '../contract/types.js';
import { acceptOf, integrationOf, methodOf, webSocketRouteOf } from '../events/readEvent.js';
import type { WebSocketEvent } from '../events/webSocketTypes.js';
import { acceptsCallbacks } from '../internal/nodeRuntimes.js';
import { CallbackHandlerDeprecatedError } from './CallbackHandlerDeprecatedError.js';
import { InvokeTimeoutError } from './InvokeTimeoutError.js';
import { INVOKE_OPTION_KEYS, type InvokeOptions, type LambdaHandler, newTrace, prepare } from './invoke.js';
import { CALLBACK_HANDLER_CAUSE, nullResultCause, timeoutCause } from './invokeCauses.js';
import { type InvokeWebSocketOptions, invokeWebSocket } from './invokeWebSocket.js';

/** `invokeHttp` options: how to run the handler plus how to judge its result (`integration`, …). */
export interface InvokeHttpOptions extends InvokeOptions, InspectOptions {}

/** Every key `InvokeHttpOptions` has: how to run the handler, then how to judge its result. */
export const INVOKE_HTTP_OPTION_KEYS = [
  ...INVOKE_OPTION_KEYS,
  ...INSPECT_OPTION_KEYS,
] as const satisfies readonly (keyof InvokeHttpOptions)[];

/**
 * Runs the handler and answers "what does the client get?": the ProxyOutcome of the front end the event
 * came from (REST, HTTP API 1.0/2.0, function URL, ALB), with thrown errors and timeouts turned into that
 * front end's error response. `options.integration` overrides the inference; other InspectOptions pass on.
 * A `streamifyResponse` handler is run as the runtime runs it and its stream read as the front end reads it
 * (function URL `invokeMode`, REST `responseTransferMode`); the outcome then carries `stream`.
 * A WebSocket event (CONNECT, MESSAGE, DISCONNECT) gives a WebSocketOutcome instead: see invokeWebSocket.
 *
 * @example const { response } = await invokeHttp(handler, restApi.get('/items')); response.status // 200
 */
export function invokeHttp<E extends WebSocketEvent>(
  handler: LambdaHandler<E> | PromiseLike<unknown>,
  // `any` (a JSON.parse'd fixture) stays on the HTTP signature: it is assignable to everything but never.
  event: 0 extends 1 & E ? never : E,
  options?: InvokeWebSocketOptions,
): Promise<WebSocketOutcome>;
export function invokeHttp<E = unknown>(
  handler: LambdaHandler<E> | PromiseLike<unknown>,
  event: E extends WebSocketEvent ? never : E,
  options?: InvokeHttpOptions,
): Promise<ProxyOutcome>;
/** A `streamifyResponse` handler, typed as `@types/aws-lambda` types it. */
export function invokeHttp<E = unknown>(
  handler: StreamifyHandler<E>,
  event: E extends WebSocketEvent ? never : E,
  options?: InvokeHttpOptions,
): Promise<ProxyOutcome>;
export async function invokeHttp<E = unknown>(
  handler: LambdaHandler<E> | StreamifyHandler<E> | PromiseLike<unknown>,
  event: E,
  options?: InvokeHttpOptions | InvokeWebSocketOptions,
): Promise<ProxyOutcome | WebSocketOutcome> {
  // A WebSocket client sees a handshake, a frame or nothing, not an HTTP response: invokeWebSocket.ts.
  const route = webSocketRouteOf(event);
  if (route !== undefined) {
    return invokeWebSocket('invokeHttp', handler as LambdaHandler<E>, event, route, options);
  }
  const prepared = prepare('invokeHttp', handler, options, INVOKE_HTTP_OPTION_KEYS);
  const given = (options ?? {}) as InvokeHttpOptions;
  const inspect: InspectOptions = {};
  const integration = given.integration ?? integrationOf(event);
  if (integration !== undefined) inspect.integration = integration;
  if (given.binaryMediaTypes !== undefined) inspect.binaryMediaTypes = given.binaryMediaTypes;
  const accept = given.accept ?? (integration === 'rest' ? acceptOf(event) : undefined);
  if (accept !== undefined) inspect.accept = accept;
  const method = given.method ?? methodOf(event);
  if (method !== undefined) inspect.method = method;
  if (given.strict !== undefined) inspect.strict = given.strict;
  if (given.integrationTimeoutMs !== undefined) inspect.integrationTimeoutMs = given.integrationTimeoutMs;
  if (given.invokeMode !== undefined) inspect.invokeMode = given.invokeMode;
  if (given.responseTransferMode !== undefined) inspect.responseTransferMode = given.responseTransferMode;

  // S-11, S-12: a streamifyResponse handler writes its response; the front end reads the stream.
  if (prepared.streaming !== undefined) {
    return inspectRecordedStream(await prepared.streaming(event), inspect);
  }

  const trace = newTrace();
  const started = Date.now();
  let result: unknown;
  try {
    result = await prepared.run(event, trace);
  } catch (error) {
    const ours = trace.timedOut && error instanceof InvokeTimeoutError ? error : undefined;
    inspect.durationMs = given.durationMs ?? ours?.timeoutMs ?? Date.now() - started;
    const cause =
      error instanceof CallbackHandlerDeprecatedError
        ? CALLBACK_HANDLER_CAUSE
        : ours === undefined
          ? undefined
          : timeoutCause(ours, {
              ignoredReturn: trace.ignoredReturn,
              callbacks: acceptsCallbacks(prepared.runtime),
            });
    return judgeProxyError(error, inspect, cause);
  }
  inspect.durationMs = given.durationMs ?? Math.max(0, Date.now() - started);
  return judgeProxyResult(result, inspect, {
    fastPath: true,
    cause: trace.defaulted ? nullResultCause(trace.ignoredReturn) : undefined,
  });
}
