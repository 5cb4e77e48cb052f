// What a REST API with responseTransferMode STREAM sends the client, from the streamed bytes (S-35 … S-41).
// The framing is read from the body whatever the Content-Type (S-37).
import type { ClientResponse } from '../types.js';
import { delimiterIndex, readPrelude } from './framing.js';

const decoder = new TextDecoder();
const encoder = new TextEncoder();
/** S-35: the delimiter must appear within the first 16 KB. */
const PRELUDE_LIMIT = 16 * 1024;
const KEYS = new Set(['headers', 'multiValueHeaders', 'cookies', 'statusCode']);

/** S-36: the 500 status is documented; the body is not, and is assumed to be REST's usual error body. */
function serverError(): ClientResponse {
  const body = '{"message": "Internal server error"}';
  return {
    status: 500,
    headers: { 'content-type': ['application/json'] },
    body,
    bodyBytes: encoder.encode(body),
  };
}

export function restStreamResponse(bytes: Uint8Array): ClientResponse {
  const at = delimiterIndex(bytes.subarray(0, PRELUDE_LIMIT + 8));
  if (at < 0 || at > PRELUDE_LIMIT) return serverError();
  const meta = readPrelude(bytes, at);
  if (meta === undefined) return serverError();
  // S-41 (low): a key outside the documented four is judged a 500, as buffered REST is strict (R-K1).
  for (const key of Object.keys(meta)) if (!KEYS.has(key)) return serverError();
  const out: Record<string, string[]> = {};
  const { headers, multiValueHeaders, cookies, statusCode } = meta;
  if (headers !== null && typeof headers === 'object') {
    for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = [String(value)];
  }
  // S-38: for a key in both, only the multiValueHeaders values appear (R-M3).
  if (multiValueHeaders !== null && typeof multiValueHeaders === 'object') {
    for (const [name, values] of Object.entries(multiValueHeaders)) {
      if (Array.isArray(values)) out[name.toLowerCase()] = values.map(String);
    }
  }
  // S-39: cookies are allowed here, unlike buffered REST.
  if (Array.isArray(cookies) && cookies.length > 0) {
    out['set-cookie'] = [...(out['set-cookie'] ?? []), ...cookies.map(String)];
  }
  // S-40: chunked unless the metadata says how the body is framed.
  if (out['transfer-encoding'] === undefined && out['content-length'] === undefined) {
    out['transfer-encoding'] = ['chunked'];
  }
  const status = typeof statusCode === 'number' ? statusCode : 200;
  const bodyBytes = bytes.subarray(at + 8);
  return { status, headers: out, body: decoder.decode(bodyBytes), bodyBytes };
}
