import { STREAMING_SYMBOL } from './awsLambdaGlobals.js';
import { MalformedStreamingHandler } from './MalformedStreamingHandler.js';

/**
 * How the runtime reads a handler's streaming marker when it loads it (S-2): 'response' for a streaming
 * handler, undefined for a buffered one, and `Runtime.MalformedStreamingHandler` for any other value.
 * An unset, null, false or other falsy marker means buffered, as in the TypeScript runtime client that
 * nodejs24.x runs (the 3.x client also treats 0 and '' as malformed; nobody sets those).
 * @example streamingMarkerOf(awslambda.streamifyResponse(async (event, stream) => stream.end())) // 'response'
 */
export function streamingMarkerOf(handler: unknown): 'response' | undefined {
  if (handler === null || (typeof handler !== 'function' && typeof handler !== 'object')) return undefined;
  const marker = (handler as Record<symbol, unknown>)[STREAMING_SYMBOL];
  if (!marker) return undefined;
  if (marker === 'response') return 'response';
  throw new MalformedStreamingHandler('Only response streaming is supported.');
}
