// What a REST API with responseTransferMode STREAM sends the client, from the streamed bytes (S-35 … S-41).
// The framing is read from the body whatever the Content-Type (S-37).
import { restStreamErrorResponse } from '../integrations/errorResponses.js';
import type { Judgement } from '../outcome/Judgement.js';
import type { ClientResponse } from '../types.js';
import { delimiterIndex, preludeHeaders, readPrelude, streamedResponse } from './framing.js';

/** S-35: the delimiter must appear within the first 16 KB. */
const PRELUDE_LIMIT = 16 * 1024;
const KEYS = new Set(['headers', 'multiValueHeaders', 'cookies', 'statusCode']);

const FRAMING_HINT =
  'start the stream with HttpResponseStream.from(responseStream, { statusCode, headers }) and a write()';

/** The client's response; `j` (when given) collects the problems behind it. */
export function restStreamResponse(bytes: Uint8Array, j?: Judgement): ClientResponse {
  const at = delimiterIndex(bytes.subarray(0, PRELUDE_LIMIT + 8));
  if (at < 0 || at > PRELUDE_LIMIT) {
    j?.error(
      '',
      bytes.length === 0
        ? 'the stream ended with no bytes, so there is no metadata and 8-NUL delimiter and API Gateway answers 500; from() then end() with no write() sends nothing (S-10, S-36)'
        : `API Gateway found no 8-NUL delimiter after the metadata in the first 16 KB, so it answers 500 (S-35, S-36)`,
      'S-36',
      FRAMING_HINT,
    );
    return restStreamErrorResponse();
  }
  const meta = readPrelude(bytes, at);
  if (meta === undefined) {
    j?.error(
      'prelude',
      'the metadata before the 8-NUL delimiter is not a JSON object, so API Gateway answers 500 (S-36)',
      'S-36',
      FRAMING_HINT,
    );
    return restStreamErrorResponse();
  }
  // S-41 (low): a key outside the documented four is judged a 500, as buffered REST is strict (R-K1).
  const unknown = Object.keys(meta).filter((key) => !KEYS.has(key));
  if (unknown.length > 0) {
    j?.error(
      `prelude.${unknown[0]}`,
      `the streaming metadata may hold only statusCode, headers, multiValueHeaders and cookies, so ${unknown[0]} is judged a 500 (S-41, unverified)`,
      'S-41',
      `remove ${unknown[0]}`,
    );
    return restStreamErrorResponse();
  }
  const { headers, multiValueHeaders, cookies, statusCode } = meta;
  const out = preludeHeaders(headers, j);
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
  return streamedResponse(status, out, bytes.subarray(at + 8));
}
