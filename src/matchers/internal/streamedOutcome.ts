import type { ProxyOutcome, StreamDetails } from '../../contract/types.js';
import { isObject } from '../../internal/isObject.js';
import type { MatcherContext } from './context.js';
import { matcherError } from './messages.js';
import { rejectPromise } from './outcome.js';

/** An outcome with `stream` (from `invokeHttp` on a streamifyResponse handler), or a Matcher error naming the fix. */
export function streamedOutcome(
  ctx: MatcherContext,
  title: () => string,
  received: unknown,
): ProxyOutcome & { stream: StreamDetails } {
  rejectPromise(ctx, title, received);
  if (isObject(received)) {
    const { stream } = received as { stream?: unknown };
    if (isObject(stream) && Array.isArray((stream as { chunks?: unknown }).chunks)) {
      return received as unknown as ProxyOutcome & { stream: StreamDetails };
    }
  }
  throw matcherError(
    ctx,
    title(),
    'received value must be the outcome of invokeHttp() on an awslambda.streamifyResponse handler (or inspectStreamedResponse()); a buffered result has no stream to read',
    'Received',
    received,
  );
}
