// What a RESPONSE_STREAM function URL sends the client, from the runtime's Content-Type and the streamed bytes
// (S-17, S-18, S-19, S-21, S-22, S-23). Raw bytes go through here too, for a later `check --stream`.
import type { ClientResponse } from '../types.js';
import { delimiterIndex, readPrelude } from './framing.js';

const VND = 'application/vnd.awslambda.http-integration-response';
const decoder = new TextDecoder();
const encoder = new TextEncoder();

function response(status: number, headers: Record<string, string[]>, bodyBytes: Uint8Array): ClientResponse {
  return { status, headers, body: decoder.decode(bodyBytes), bodyBytes };
}

/** S-21/S-23 (medium/low): the 502 body is assumed to be the function URL's usual error text. */
function badGateway(): ClientResponse {
  return response(502, {}, encoder.encode('Internal Server Error'));
}

export function functionUrlStreamResponse(contentType: string, bytes: Uint8Array): ClientResponse {
  // S-17: no prelude; the runtime's Content-Type and the bytes pass through with 200.
  if (contentType !== VND) return response(200, { 'content-type': [contentType] }, bytes);
  // S-22: from() then a bare end(): 200 octet-stream, the prelude lost.
  if (bytes.length === 0) return response(200, { 'content-type': ['application/octet-stream'] }, bytes);
  const at = delimiterIndex(bytes);
  if (at < 0) return badGateway();
  const prelude = readPrelude(bytes, at);
  if (prelude === undefined) return badGateway();
  const { statusCode, headers, cookies } = prelude;
  const out: Record<string, string[]> = {};
  if (headers !== null && typeof headers === 'object') {
    for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = [String(value)];
  }
  // S-19: each cookie becomes one Set-Cookie line.
  if (Array.isArray(cookies) && cookies.length > 0) out['set-cookie'] = cookies.map(String);
  // S-18: a missing statusCode gives 200; unknown keys are ignored.
  const status = typeof statusCode === 'number' ? statusCode : 200;
  return response(status, out, bytes.subarray(at + 8));
}
