import { describe, expect, it } from 'vitest';
import { restStreamResponse } from '../../../../src/contract/streaming/restStreamResponse.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const NUL8 = '\0'.repeat(8);

describe('REST, responseTransferMode STREAM', () => {
  it('S-35: metadata JSON, 8 NULs, then the payload', () => {
    const r = restStreamResponse(bytes(`{"statusCode":201,"headers":{"X-A":"1"}}${NUL8}data`));
    expect(r).toMatchObject({ status: 201, body: 'data' });
    expect(r.headers['x-a']).toEqual(['1']);
  });

  it('S-36: output without the framing, or past 16 KB, answers 500', () => {
    expect(restStreamResponse(bytes('raw bytes')).status).toBe(500);
    expect(restStreamResponse(bytes(`{"a":"${'x'.repeat(17000)}"}${NUL8}`)).status).toBe(500);
    expect(restStreamResponse(bytes(`nope${NUL8}x`)).status).toBe(500);
  });

  it('S-51: a buffered result (JSON text, no delimiter) behind STREAM answers 500', () => {
    expect(restStreamResponse(bytes('{"statusCode":200,"body":"hi"}')).status).toBe(500);
  });

  it('S-38: multiValueHeaders win over headers for the same key', () => {
    const r = restStreamResponse(bytes(`{"headers":{"x":"a"},"multiValueHeaders":{"X":["b","c"]}}${NUL8}`));
    expect(r.headers.x).toEqual(['b', 'c']);
  });

  it('S-39: cookies are allowed and become Set-Cookie lines', () => {
    const r = restStreamResponse(bytes(`{"cookies":["a=1"]}${NUL8}`));
    expect(r.status).toBe(200);
    expect(r.headers['set-cookie']).toEqual(['a=1']);
  });

  it('S-40: Transfer-Encoding chunked is added unless Content-Length or Transfer-Encoding is given', () => {
    expect(restStreamResponse(bytes(`{}${NUL8}`)).headers['transfer-encoding']).toEqual(['chunked']);
    const r = restStreamResponse(bytes(`{"headers":{"Content-Length":"0"}}${NUL8}`));
    expect(r.headers['transfer-encoding']).toBeUndefined();
  });

  it('S-41: an unknown metadata key is judged a 500 (AWS behaviour unverified)', () => {
    expect(restStreamResponse(bytes(`{"isBase64Encoded":true}${NUL8}`)).status).toBe(500);
  });
});
