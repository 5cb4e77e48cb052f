// What the client of a streaming front end receives, from what a response-streaming handler wrote (S-11 … S-53).
// A stream is sent as it is written, so unlike a buffered result the response is always what the client has:
// a failure after the first byte cuts the body short but cannot change the status (S-26, S-45).
import { isBytes } from '../../internal/isBytes.js';
import { functionUrlStreamErrorResponse, restStreamErrorResponse } from '../integrations/errorResponses.js';
import { rulesFor } from '../integrations/rulesFor.js';
import { brandOutcome } from '../outcome/isProxyOutcome.js';
import { Judgement } from '../outcome/Judgement.js';
import { resolveOptions } from '../resolveOptions.js';
import type {
  ClientResponse,
  InspectOptions,
  ProxyOutcome,
  StreamChunk,
  StreamDetails,
  StreamError,
} from '../types.js';
import { functionUrlStreamResponse } from './functionUrlStreamResponse.js';
import { restStreamResponse } from './restStreamResponse.js';

/** What a response-streaming invocation produced, as `invokeHttp` records it or as raw bytes from any runtime. */
export interface StreamedResponse {
  /** The Content-Type the runtime sent Lambda: `setContentType`'s, else `application/octet-stream` (S-4). */
  contentType: string;
  /** The chunks in the order written, or the whole byte stream (prelude framing included). */
  chunks: readonly StreamChunk[] | Uint8Array;
  /** `end()` was called. Default: true. */
  ended?: boolean;
  /** The runtime failed the invocation and sent these trailers (S-12). */
  error?: StreamError;
  /** The stream was still open at the function timeout (S-11, S-27). */
  timedOut?: boolean;
  /** The handler's promise resolved to a value, which the runtime drops (S-11). */
  ignoredReturn?: boolean;
}

/** S-53: Lambda's cap on one streamed response. */
export const STREAM_LIMIT = 200 * 1024 * 1024;

/**
 * The outcome of a streamed response behind a function URL (`invokeMode`, default RESPONSE_STREAM) or a REST API
 * (`responseTransferMode`, default STREAM): the response the client has, with `stream` telling how it ended.
 * @example inspectStreamedResponse({ contentType: 'text/plain', chunks: bytes }, { integration: 'function-url' })
 */
export function inspectStreamedResponse(stream: StreamedResponse, options?: InspectOptions): ProxyOutcome {
  return judgeStream(readInput(stream), options);
}

/**
 * inspectStreamedResponse for a recording this library made (invokeHttp's), which needs no checking: a small
 * streamed invocation is a few microseconds, and the checks and the copy were a tenth of it. Internal.
 */
export function inspectRecordedStream(stream: StreamedResponse, options?: InspectOptions): ProxyOutcome {
  return judgeStream(toInput(stream, stream.chunks as StreamChunk[]), options);
}

function judgeStream(input: Input, options: InspectOptions | undefined): ProxyOutcome {
  const resolved = resolveOptions(options, 'inspectStreamedResponse');
  const { integration } = resolved;
  const mode = resolved.streamMode ?? (integration === 'function-url' ? 'RESPONSE_STREAM' : 'STREAM');
  const j = new Judgement();
  const { error, timedOut } = input;
  let bytes = input.bytes;
  let truncated: StreamDetails['truncated'];
  if (bytes.length > STREAM_LIMIT) {
    bytes = bytes.subarray(0, STREAM_LIMIT);
    truncated = 'size';
    j.error(
      '',
      'the stream is over 200 MB, Lambda’s cap on one streamed response, so the client’s body stops there (S-53)',
      'S-53',
      'send large files from S3 with a presigned URL',
    );
  }

  let response: ClientResponse;
  if (integration !== 'function-url' && integration !== 'rest') {
    j.error(
      '',
      `only function URLs and REST APIs stream; behind ${integration} a streaming handler's output is not a proxy result (S-52, unverified)`,
      'S-52',
      'use a buffered handler here, or put the function behind a function URL or a REST API with responseTransferMode STREAM',
    );
    response = rulesFor(integration).errorResponse();
  } else if (error !== undefined && bytes.length === 0) {
    j.error(
      '',
      `the handler failed before writing anything (${error.errorType}: ${error.errorMessage}), judged ${integration === 'rest' ? '500' : '502'} (S-12, S-25, unverified)`,
      'S-25',
    );
    response = integration === 'rest' ? restStreamErrorResponse() : functionUrlStreamErrorResponse();
  } else if (mode === 'BUFFERED') {
    response = bufferedFrontEnd(integration, bytes, j);
  } else if (integration === 'rest') {
    response = restStreamResponse(bytes, j);
  } else {
    response = functionUrlStreamResponse(input.contentType, bytes, j);
  }

  if (error !== undefined && bytes.length > 0) {
    truncated ??= 'error';
    j.error(
      '',
      `the handler failed after the response had started (${error.errorType}: ${error.errorMessage}): the client keeps status ${response.status} and a body cut short, and the error goes only to the trailers (S-12, S-26)`,
      'S-26',
      'catch errors before the first write, or write an error event your client understands',
    );
  } else if (timedOut) {
    truncated ??= 'timeout';
    j.error(
      '',
      input.ended
        ? 'the invocation ran to the function timeout: the client has what was written, then the connection closes (S-27, S-45)'
        : 'the stream was never ended, so the invocation runs until the function timeout and the client waits with a body cut short (S-11, S-27)',
      'S-27',
      'call responseStream.end() when the body is done (or use pipeline(), which ends it)',
    );
  }
  if (error === undefined && !timedOut && j.errors === 0) warnErrorAfterStatus(input.chunks, response, j);
  if (input.ignoredReturn) {
    j.warn(
      '',
      "the handler's promise resolved to a value, which a streaming handler's runtime drops ('Streaming handlers ignore return values.', S-11)",
      'S-11',
      'write the body to responseStream; return nothing',
    );
  }

  if (resolved.strict) j.promoteWarnings();
  const functionError = error !== undefined || timedOut;
  const details: StreamDetails = {
    mode,
    contentType: input.contentType,
    chunks: input.chunks,
    complete: truncated === undefined && input.ended && !functionError,
  };
  if (truncated !== undefined) details.truncated = truncated;
  if (error !== undefined) details.error = error;
  return brandOutcome({
    integration,
    accepted: j.errors === 0 && !functionError,
    problems: j.problems,
    notes: j.notes,
    response,
    functionError,
    stream: details,
  });
}

// What a caught error looks like when a handler writes it into the stream: a status line's words, an
// `Error:`-style prefix, or a stack frame. An SSE `event: error` is a message the client can read, not this.
const ERROR_TEXT =
  /^(?:[Ii]nternal [Ss]erver [Ee]rror\b|(?:[A-Za-z]*Error|Exception)\b:?)|\n\s+at \S.*:\d+:\d+\)?\s*$/m;
const ERROR_TEXT_SCAN = 4096;
const decoder = new TextDecoder();

/**
 * §8.9's "error text written after the prelude": a handler (Hono's pattern) catches a failure and writes its
 * message, but the client already has a 2xx or 3xx, so it reads the error as content (S-26). A heuristic on the
 * last body write only, so a long stream costs one short decode.
 */
function warnErrorAfterStatus(chunks: readonly StreamChunk[], response: ClientResponse, j: Judgement): void {
  if (response.status >= 400) return;
  let last: StreamChunk | undefined;
  for (let i = chunks.length - 1; i >= 0 && last === undefined; i--) {
    const chunk = chunks[i] as StreamChunk;
    if (chunk.kind === 'body' && chunk.bytes.length > 0) last = chunk;
  }
  if (last === undefined || last.bytes.length > ERROR_TEXT_SCAN) return;
  // Every stream passes here: a byte search rules out ordinary content before anything is decoded.
  const { bytes } = last;
  if (!(hasAscii(bytes, 'rror') || hasAscii(bytes, 'xception') || hasAscii(bytes, ' at '))) return;
  const text = decoder.decode(bytes).trim();
  if (!ERROR_TEXT.test(text)) return;
  j.warn(
    'body',
    `the last write reads like an error message (${JSON.stringify(text.slice(0, 60))}), but the client already has status ${response.status}: once the first byte is out the status cannot change, so it reads the error as content (S-26)`,
    'S-26',
    'catch errors before HttpResponseStream.from() to send an error status, or write an error the client understands (an SSE event: error)',
  );
}

/** Whether `bytes` contain the ASCII text `word`. */
function hasAscii(bytes: Uint8Array, word: string): boolean {
  const first = word.charCodeAt(0);
  outer: for (
    let i = bytes.indexOf(first);
    i !== -1 && i + word.length <= bytes.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let k = 1; k < word.length; k++) if (bytes[i + k] !== word.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}

/** S-49, S-50: a streaming handler behind a front end that buffers. */
function bufferedFrontEnd(
  integration: 'function-url' | 'rest',
  bytes: Uint8Array,
  j: Judgement,
): ClientResponse {
  if (integration === 'rest') {
    const framed = restStreamResponse(bytes, j);
    j.error(
      '',
      "a streaming handler behind a REST integration with responseTransferMode BUFFERED: API Gateway returns the prelude's status and headers but not the body (S-50)",
      'S-50',
      'set responseTransferMode: STREAM and the response-streaming-invocations integration URI (S-34)',
    );
    return { status: framed.status, headers: framed.headers, body: '', bodyBytes: new Uint8Array(0) };
  }
  j.error(
    '',
    'a streaming handler behind a BUFFERED function URL: judged 200 with no content, the prelude’s status lost (S-49, unverified)',
    'S-49',
    "set the function URL's InvokeMode to RESPONSE_STREAM",
  );
  return { status: 200, headers: {}, body: '', bodyBytes: new Uint8Array(0) };
}

interface Input {
  contentType: string;
  chunks: StreamChunk[];
  bytes: Uint8Array;
  ended: boolean;
  error: StreamError | undefined;
  timedOut: boolean;
  ignoredReturn: boolean;
}

/** Validates the caller's description (a programming error throws, naming the field) and joins the chunks. */
function readInput(stream: StreamedResponse): Input {
  if (stream === null || typeof stream !== 'object') {
    throw new TypeError(
      'inspectStreamedResponse(): pass { contentType, chunks } — the Content-Type the runtime sent and the bytes written',
    );
  }
  const { contentType, chunks, error } = stream;
  if (typeof contentType !== 'string') {
    throw new TypeError(
      "inspectStreamedResponse(): contentType must be the runtime's Content-Type as a string, such as 'application/octet-stream'",
    );
  }
  let list: StreamChunk[];
  if (isBytes(chunks)) list = [{ kind: 'body', bytes: chunks, at: 0, writeIndex: 0 }];
  else if (Array.isArray(chunks) && chunks.every((chunk) => isBytes(chunk?.bytes))) list = [...chunks];
  else {
    throw new TypeError(
      'inspectStreamedResponse(): chunks must be a Uint8Array of the whole stream or the recorded chunks ({ bytes, kind, at, writeIndex })',
    );
  }
  if (error !== undefined && (error === null || typeof error.errorType !== 'string')) {
    throw new TypeError(
      'inspectStreamedResponse(): error must be the trailers’ { errorType, errorMessage, trace } or left out',
    );
  }
  return toInput(stream, list);
}

/** The judged form of a checked description: the chunks joined once, the flags' defaults applied. */
function toInput(stream: StreamedResponse, chunks: StreamChunk[]): Input {
  return {
    contentType: stream.contentType,
    chunks,
    bytes: chunks.length === 1 ? (chunks[0] as StreamChunk).bytes : concat(chunks),
    ended: stream.ended !== false,
    error: stream.error,
    timedOut: stream.timedOut === true,
    ignoredReturn: stream.ignoredReturn === true,
  };
}

function concat(chunks: readonly StreamChunk[]): Uint8Array {
  let length = 0;
  for (const chunk of chunks) length += chunk.bytes.length;
  // Uninitialised memory, as Buffer.concat takes: every byte is written below, and zero-filling 10 MB first
  // costs as much as the copy. Small joins come from Node's buffer pool, so that a short stream costs no
  // ArrayBuffer of its own (the garbage collector's main work on small streams). A plain view, since V8 copies
  // out of a Buffer on its slow path.
  const pooled = Buffer.allocUnsafe(length);
  const out = new Uint8Array(pooled.buffer, pooled.byteOffset, length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk.bytes, at);
    at += chunk.bytes.length;
  }
  return out;
}
