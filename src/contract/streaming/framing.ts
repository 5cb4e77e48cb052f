// The prelude framing both streaming front ends read: `<prelude JSON><8 × 0x00><body>` (S-9), and the prelude
// fields they share.
import type { Judgement } from '../outcome/Judgement.js';
import type { ClientResponse } from '../types.js';

// A BOM stays in the body, as in a buffered body (fields/bytes.ts): it is on the wire.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The Content-Type `HttpResponseStream.from` sets: the body then starts with a prelude (S-8). */
export const HTTP_INTEGRATION_CONTENT_TYPE = 'application/vnd.awslambda.http-integration-response';

/** Above this many body bytes the text is decoded on first read (see streamedResponse). */
const LAZY_BODY_BYTES = 64 * 1024;

/**
 * The client's response to a stream. A large body's text is decoded on first read: a streamed body can be
 * 200 MB, and making a string of it costs far more than the stream itself (10 MB: about 60 ms on Node 20),
 * which a test that checks only the status or the chunks should not pay. A small one is decoded at once: an
 * object literal with a getter costs ten times a decode of a few bytes, and most streams are small.
 */
export function streamedResponse(
  status: number,
  headers: Record<string, string[]>,
  bodyBytes: Uint8Array,
): ClientResponse {
  if (bodyBytes.length <= LAZY_BODY_BYTES) {
    return { status, headers, body: decoder.decode(bodyBytes), bodyBytes };
  }
  let body: string | undefined;
  return {
    status,
    headers,
    get body() {
      body ??= decoder.decode(bodyBytes);
      return body;
    },
    bodyBytes,
  };
}

/** Index of the first run of 8 NUL bytes, or -1. */
export function delimiterIndex(bytes: Uint8Array): number {
  let run = 0;
  for (let i = 0; i < bytes.length; i++) {
    run = bytes[i] === 0 ? run + 1 : 0;
    if (run === 8) return i - 7;
  }
  return -1;
}

/** The prelude before `at` as a JSON object, or undefined when it is not one (S-23, S-36). */
export function readPrelude(bytes: Uint8Array, at: number): Record<string, unknown> | undefined {
  let prelude: unknown;
  try {
    prelude = JSON.parse(decoder.decode(bytes.subarray(0, at)));
  } catch {
    return undefined;
  }
  if (prelude === null || typeof prelude !== 'object' || Array.isArray(prelude)) return undefined;
  return prelude as Record<string, unknown>;
}

/**
 * The prelude's `headers` as lower-case header lines, warning about the two a streaming front end handles
 * itself: `Transfer-Encoding` (S-28: reported hangs with an empty body) and `Set-Cookie` (one line at most
 * in a map of strings; `cookies` is the field for them, S-19, S-39).
 */
export function preludeHeaders(headers: unknown, j: Judgement | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (headers === null || typeof headers !== 'object') return out;
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    out[lower] = [String(value)];
    if (lower === 'transfer-encoding') {
      j?.warn(
        `prelude.headers.${name}`,
        'the prelude sets Transfer-Encoding, which the front end decides for a stream; with an empty body users report the connection hanging until the function timeout (S-28)',
        'S-28',
        'remove it; end an empty body with write("") then end()',
      );
    } else if (lower === 'set-cookie') {
      j?.warn(
        `prelude.headers.${name}`,
        'a cookie in the prelude headers is one Set-Cookie line at most; the prelude has a cookies array for them (S-19)',
        'S-19',
        "pass cookies: ['name=value; Path=/'] to HttpResponseStream.from",
      );
    }
  }
  return out;
}
