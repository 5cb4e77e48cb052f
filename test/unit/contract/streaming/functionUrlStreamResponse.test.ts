import { describe, expect, it } from 'vitest';
import { functionUrlStreamResponse } from '../../../../src/contract/streaming/functionUrlStreamResponse.js';

const VND = 'application/vnd.awslambda.http-integration-response';
const bytes = (text: string) => new TextEncoder().encode(text);
const NUL8 = '\0'.repeat(8);

describe('function URL, RESPONSE_STREAM', () => {
  it('S-17: without a prelude the client gets 200, the runtime Content-Type and the raw bytes', () => {
    const r = functionUrlStreamResponse('application/octet-stream', bytes('raw'));
    expect(r).toMatchObject({
      status: 200,
      headers: { 'content-type': ['application/octet-stream'] },
      body: 'raw',
    });
  });

  it('S-18: the prelude status and headers apply, unknown keys are ignored, missing statusCode is 200', () => {
    const prelude = JSON.stringify({
      status: 200,
      headers: { 'Content-Type': 'text/html', 'Cache-Control': 'no-cache' },
    });
    const r = functionUrlStreamResponse(VND, bytes(`${prelude}${NUL8}Hello, world!`));
    expect(r.status).toBe(200);
    expect(r.body).toBe('Hello, world!');
    expect(r.headers['content-type']).toEqual(['text/html']);
    expect(functionUrlStreamResponse(VND, bytes(`{"statusCode":301}${NUL8}`)).status).toBe(301);
  });

  it('S-19: each cookie becomes a Set-Cookie line', () => {
    const r = functionUrlStreamResponse(VND, bytes(`{"cookies":["a=1","b=2"]}${NUL8}x`));
    expect(r.headers['set-cookie']).toEqual(['a=1', 'b=2']);
  });

  it('S-21: the vnd type with a body and no delimiter answers 502 (the end("Not Found") trap)', () => {
    expect(functionUrlStreamResponse(VND, bytes('Not Found')).status).toBe(502);
  });

  it('S-22: the vnd type with an empty body answers 200 octet-stream and loses the prelude', () => {
    const r = functionUrlStreamResponse(VND, new Uint8Array(0));
    expect(r).toMatchObject({
      status: 200,
      headers: { 'content-type': ['application/octet-stream'] },
      body: '',
    });
  });

  it('S-23: a prelude that is not a JSON object answers 502', () => {
    expect(functionUrlStreamResponse(VND, bytes(`not json${NUL8}x`)).status).toBe(502);
    expect(functionUrlStreamResponse(VND, bytes(`[1]${NUL8}x`)).status).toBe(502);
  });
});
