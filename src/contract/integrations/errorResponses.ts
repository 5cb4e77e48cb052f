import type { ClientResponse } from '../types.js';

const encoder = new TextEncoder();

/** A fixed gateway error page; each call returns fresh objects so one caller cannot change another's. */
function fixedResponse(status: number, headers: [string, string][], body: string): () => ClientResponse {
  const bytes = encoder.encode(body);
  return () => {
    const record: Record<string, string[]> = {};
    for (const [name, value] of headers) record[name] = [value];
    return { status, headers: record, body, bodyBytes: bytes.slice() };
  };
}

/** A fixed error page with a JSON body, as API Gateway sends them. */
function jsonResponse(status: number, body: string): () => ClientResponse {
  return fixedResponse(status, [['content-type', 'application/json']], body);
}

/** REST, malformed result or function error (R-E1, R-E2): the docs print a space after the colon (R-E4). */
export const restErrorResponse = jsonResponse(502, '{"message": "Internal server error"}');

/**
 * REST, when base64 the binary media types asked to decode is not base64 (R-64b). The 500 is recorded on AWS;
 * the body is not, and is assumed to be REST's usual error body.
 */
export const restConversionErrorResponse = jsonResponse(500, '{"message": "Internal server error"}');

/** HTTP API, both payload versions (H1-5, H2-12): 35 bytes, capital S and E, no space. */
export const httpApiErrorResponse = jsonResponse(500, '{"message":"Internal Server Error"}');

/** ALB's own 502 page (A-E). */
export const albErrorResponse = fixedResponse(
  502,
  [
    ['content-type', 'text/html'],
    ['server', 'awselb/2.0'],
  ],
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n',
);

/** Function URL (F-7): the body is recorded; the response headers are not, so none are claimed. */
export const functionUrlErrorResponse = fixedResponse(502, [], 'Internal Server Error');

/** REST past its integration timeout (§7). */
export const restTimeoutResponse = jsonResponse(504, '{"message": "Endpoint request timed out"}');

/** HTTP API past its 30 s timeout (§7, low: users report 503 "Service Unavailable"). */
export const httpApiTimeoutResponse = jsonResponse(503, '{"message":"Service Unavailable"}');

/** A function URL streaming response that fails before its first byte, or whose prelude it cannot read (S-21, S-23, S-25): the status is recorded, the body is assumed to be the buffered F-7 text. */
export const functionUrlStreamErrorResponse = fixedResponse(502, [], 'Internal Server Error');

/** A REST STREAM response without the metadata framing (S-36): the 500 is documented, the body assumed to be REST's usual one. */
export const restStreamErrorResponse = jsonResponse(500, '{"message": "Internal server error"}');
