// What a RESPONSE_STREAM function URL sends the client, from the runtime's Content-Type and the streamed bytes
// (S-17 … S-23). Raw bytes from any runtime go through here too (`check --stream`).
import { functionUrlStreamErrorResponse } from '../integrations/errorResponses.js';
import type { Judgement } from '../outcome/Judgement.js';
import type { ClientResponse } from '../types.js';
import {
  delimiterIndex,
  HTTP_INTEGRATION_CONTENT_TYPE,
  preludeHeaders,
  readPrelude,
  streamedResponse,
} from './framing.js';

/** The keys AWS's own runtimes write in a function URL prelude (S-19); others are ignored (S-18, S-20). */
const KEYS = new Set(['statusCode', 'headers', 'cookies']);

/** The client's response; `j` (when given) collects the problems and notes behind it. */
export function functionUrlStreamResponse(
  contentType: string,
  bytes: Uint8Array,
  j?: Judgement,
): ClientResponse {
  if (contentType !== HTTP_INTEGRATION_CONTENT_TYPE) {
    j?.note(
      '',
      `no HttpResponseStream.from(): the function URL answers 200 with the runtime's Content-Type (${contentType}) and the bytes as written`,
      'S-17',
    );
    return streamedResponse(200, { 'content-type': [contentType] }, bytes);
  }
  if (bytes.length === 0) {
    j?.warn(
      '',
      'HttpResponseStream.from() set the prelude, but the stream ended with no write(), so the prelude was never sent: the client gets 200 application/octet-stream without its status and headers (S-10, S-22)',
      'S-22',
      "call responseStream.write('') before end()",
    );
    return streamedResponse(200, { 'content-type': ['application/octet-stream'] }, bytes);
  }
  const at = delimiterIndex(bytes);
  if (at < 0) {
    j?.error(
      '',
      'the stream carries the HttpResponseStream Content-Type but no prelude: end(chunk) with no write() before it skips the prelude, and the function URL answers 502 (S-10, S-21)',
      'S-21',
      'write(chunk) then end(), not end(chunk)',
    );
    return functionUrlStreamErrorResponse();
  }
  const prelude = readPrelude(bytes, at);
  if (prelude === undefined) {
    j?.error(
      'prelude',
      'the bytes before the 8-NUL delimiter are not a JSON object, so the function URL cannot read a status or headers (judged 502, S-23)',
      'S-23',
      'write JSON.stringify({ statusCode, headers, cookies }) first, or use HttpResponseStream.from',
    );
    return functionUrlStreamErrorResponse();
  }
  for (const key of Object.keys(prelude)) {
    if (KEYS.has(key)) continue;
    j?.warn(
      `prelude.${key}`,
      `a function URL reads only statusCode, headers and cookies from the prelude, so ${key} is ignored (S-18, S-20)`,
      key === 'status' ? 'S-18' : 'S-20',
      key === 'status' ? 'name it statusCode' : `remove ${key}`,
    );
  }
  const { statusCode, headers, cookies } = prelude;
  const out = preludeHeaders(headers, j);
  if (Array.isArray(cookies) && cookies.length > 0) out['set-cookie'] = cookies.map(String);
  // S-18: a missing statusCode gives 200.
  const status = typeof statusCode === 'number' ? statusCode : 200;
  return streamedResponse(status, out, bytes.subarray(at + 8));
}
