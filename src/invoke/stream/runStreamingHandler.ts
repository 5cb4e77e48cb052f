// Runs a streamifyResponse handler as Lambda's Node.js runtime does (S-4, S-11, S-12): handler(event,
// responseStream, context), awaited, then the invocation waits for the stream to finish. The outcome is what
// was written and how it ended; it never rejects, since every failure travels in the stream's trailers.
import type { Context } from 'aws-lambda';
import { lambdaErrorType } from '../../contract/outcome/lambdaErrorType.js';
import type { StreamedResponse } from '../../contract/streaming/inspectStreamedResponse.js';
import type { StreamError } from '../../contract/types.js';
import { isThenable } from '../../internal/isThenable.js';
import { createResponseStream } from './responseStream.js';

type StreamingHandler = (event: unknown, stream: unknown, context: Context) => unknown;

/** The runtime's message when a streaming handler returns no promise (RIC `Runtime.handleOnceStreaming`). */
export const NOT_ASYNC_MESSAGE = 'Streaming does not support non-async handlers.';

export function runStreamingHandler(
  handler: StreamingHandler,
  event: unknown,
  context: Context,
  timeoutMs: number,
): Promise<StreamedResponse> {
  const stream = createResponseStream();
  const { recording } = stream;
  return new Promise((resolve) => {
    let done = false;
    let ignoredReturn = false;
    const finish = (how: { error?: StreamError; timedOut?: boolean }) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({
        contentType: recording.contentType,
        chunks: recording.chunks,
        ended: recording.endedAt !== undefined,
        ignoredReturn,
        ...how,
      });
    };
    const fail = (thrown: unknown) => finish({ error: streamError(thrown) });
    // Looked up at call time, so that fake timers drive the function timeout as they drive the handler.
    const timer = setTimeout(() => finish({ timedOut: true }), timeoutMs);
    // A write after end(), or a failed pipeline(), fails the runtime's request as it fails ours.
    stream.on('error', fail);
    let returned: unknown;
    let awaited: boolean;
    try {
      returned = handler(event, stream, context);
      // Inside the try: a `then` that throws when read is a failure, as in the runtime.
      awaited = isThenable(returned);
    } catch (error) {
      fail(error);
      return;
    }
    if (!awaited) {
      // The runtime fails the invocation with a string, so its errorType is 'string' (S-11, S-12).
      fail(NOT_ASYNC_MESSAGE);
      return;
    }
    (returned as PromiseLike<unknown>).then(
      (value) => {
        ignoredReturn = value !== undefined;
        // S-11: the runtime's response request completes only once the stream has finished.
        // The recording never queues a write, so a stream whose end() was called is as good as finished,
        // unless a write came after it, whose error Node reports on the next tick.
        if (stream.writableFinished || (stream.writableEnded && !recording.lateWrite)) finish({});
        else stream.once('finish', () => finish({}));
      },
      (error: unknown) => fail(error),
    );
  });
}

/** The trailers' JSON, as the runtime's `toRapidResponse` builds it (S-12). */
function streamError(thrown: unknown): StreamError {
  const errorType = lambdaErrorType(thrown);
  try {
    if (errorType !== typeof thrown && errorType !== 'handled') {
      const { message, stack } = thrown as { message?: unknown; stack?: unknown };
      return {
        errorType,
        errorMessage: String(message ?? ''),
        trace: typeof stack === 'string' ? stack.split('\n') : [],
      };
    }
    if (errorType !== 'handled') return { errorType, errorMessage: String(thrown), trace: [] };
  } catch {
    // A hostile value: reported as the runtime reports one it cannot read.
  }
  return {
    errorType: 'handled',
    errorMessage:
      'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
    trace: [],
  };
}
