import type { MatcherContext, MatcherResult } from './internal/context.js';
import { hint } from './internal/messages.js';
import { streamedOutcome } from './internal/streamedOutcome.js';

const NAME = 'toCompleteStream';

/**
 * Passes when the client received the whole streamed body: the stream ended, with no error, timeout or size cut
 * (S-11, S-26, S-27, S-53).
 * @example expect(await invokeHttp(handler, functionUrlEvent())).toCompleteStream()
 */
export function toCompleteStream(this: MatcherContext, received: unknown): MatcherResult {
  const title = () => hint(this, NAME, '');
  const { stream } = streamedOutcome(this, title, received);
  const pass = stream.complete;
  return {
    pass,
    message: () => `${title()}\n\nExpected the stream ${pass ? 'not ' : ''}to complete, but ${why(stream)}.`,
  };
}

function why(stream: {
  complete: boolean;
  truncated?: string;
  error?: { errorType: string; errorMessage: string };
}): string {
  if (stream.complete) return 'the client received the whole body and the stream ended normally';
  if (stream.truncated === 'error' && stream.error) {
    return `the handler failed mid-stream (${stream.error.errorType}: ${stream.error.errorMessage}), so the client's body is cut short and the error is only in the trailers (S-26)`;
  }
  if (stream.truncated === 'timeout') {
    return 'the stream was still open at the function timeout: call responseStream.end() when the body is done (S-11, S-27)';
  }
  if (stream.truncated === 'size') return 'the stream passed Lambda’s 200 MB cap and was cut there (S-53)';
  if (stream.error) {
    return `the handler failed before the response started (${stream.error.errorType}: ${stream.error.errorMessage})`;
  }
  return 'the stream never ended: call responseStream.end()';
}
