import { Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import type { StreamifyHandler } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure } from '../../../src/contract/configure.js';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import { inspectStreamedResponse } from '../../../src/contract/streaming/inspectStreamedResponse.js';
import { albEvent } from '../../../src/events/albEvent.js';
import { functionUrlEvent } from '../../../src/events/functionUrlEvent.js';
import { httpApi } from '../../../src/events/httpApi.js';
import { restApi } from '../../../src/events/restApi.js';
import { invoke } from '../../../src/invoke/invoke.js';
import { invokeHttp } from '../../../src/invoke/invokeHttp.js';
import { HttpResponseStream, streamifyResponse } from '../../../src/invoke/stream/awsLambdaGlobals.js';
import type { RecordingResponseStream } from '../../../src/invoke/stream/responseStream.js';
import { toBeValidProxyResponse } from '../../../src/matchers/toBeValidProxyResponse.js';
import { toHaveBody } from '../../../src/matchers/toHaveBody.js';
import { toHaveHeader } from '../../../src/matchers/toHaveHeader.js';
import { toHaveStatusCode } from '../../../src/matchers/toHaveStatusCode.js';
import { failureOf } from '../matchers/support.js';

expect.extend({ toBeValidProxyResponse, toHaveStatusCode, toHaveHeader, toHaveBody });

type Stream = RecordingResponseStream;
// Built before each test, not while the file loads: factory code that runs at load time is outside every
// test, so Stryker would count its mutants as static and rerun the whole suite for each.
let url: ReturnType<typeof functionUrlEvent>;
let rest: ReturnType<typeof restApi.get>;
beforeEach(() => {
  url = functionUrlEvent({ method: 'GET', path: '/chat' });
  rest = restApi.get('/chat');
});
const streaming = (fn: (event: unknown, stream: Stream) => unknown) =>
  streamifyResponse(fn) as unknown as StreamifyHandler;

const hello = streaming(async (_event, stream) => {
  const out = HttpResponseStream.from(stream, {
    statusCode: 201,
    headers: { 'Content-Type': 'text/plain' },
    cookies: ['a=1', 'b=2'],
  });
  out.write('Hello,');
  out.write(' world!');
  out.end();
});

afterEach(() => {
  configure({ invokeMode: undefined, responseTransferMode: undefined });
  vi.useRealTimers();
});

describe('invokeHttp runs a streamifyResponse handler as the runtime does (S-4, S-11)', () => {
  it('S-18, S-19: behind a function URL the prelude gives the status, headers and Set-Cookie lines', async () => {
    const outcome = await invokeHttp(hello, url);
    expect(outcome).toBeValidProxyResponse();
    expect(outcome).toHaveStatusCode(201);
    expect(outcome).toHaveHeader('content-type', 'text/plain');
    expect(outcome).toHaveBody('Hello, world!');
    expect(outcome.response.headers['set-cookie']).toEqual(['a=1', 'b=2']);
    expect(outcome.stream).toMatchObject({ mode: 'RESPONSE_STREAM', complete: true });
    expect(outcome.stream?.chunks.map((c) => c.kind)).toEqual(['prelude', 'delimiter', 'body', 'body']);
    expect(outcome.stream?.chunks.map((c) => c.writeIndex)).toEqual([0, 0, 0, 1]);
    // The failing side, with and without .not.
    expect(failureOf(() => expect(outcome).toHaveStatusCode(200))).toMatch(/201/);
    expect(failureOf(() => expect(outcome).not.toBeValidProxyResponse())).toMatch(/valid|accept/i);
  });

  it('S-2: a marker other than "response" fails the load, so every request gets the function error', async () => {
    const odd = Object.assign(async () => ({ statusCode: 200 }), {
      [Symbol.for('aws.lambda.runtime.handler.streaming')]: 'request',
    });
    const outcome = await invokeHttp(odd, url);
    expect(outcome.functionError).toBe(true);
    expect(outcome.response.status).toBe(502);
    await expect(invoke(odd, url)).rejects.toThrow('Only response streaming is supported.');
    await expect(invoke(odd, url)).rejects.toMatchObject({ name: 'Runtime.MalformedStreamingHandler' });
  });

  it('S-4: the handler gets (event, responseStream, context); the default Content-Type is octet-stream (S-17)', async () => {
    let seen: unknown[] = [];
    const handler = streaming(async (...args: unknown[]) => {
      seen = args;
      (args[1] as Stream).end('raw');
    });
    const outcome = await invokeHttp(handler, url);
    expect(seen).toHaveLength(3);
    expect(typeof (seen[2] as { getRemainingTimeInMillis: unknown }).getRemainingTimeInMillis).toBe(
      'function',
    );
    expect(outcome.response).toMatchObject({ status: 200, body: 'raw' });
    expect(outcome.response.headers['content-type']).toEqual(['application/octet-stream']);
    expect(outcome.notes.map((n) => n.rule)).toContain('S-17');
  });

  it('S-5: a write after end() fails the invocation as a Node stream does', async () => {
    const handler = streaming(async (_e, stream) => {
      stream.end('a');
      stream.write('late');
    });
    const outcome = await invokeHttp(handler, url);
    expect(outcome.functionError).toBe(true);
    expect(outcome.stream?.error?.errorMessage).toMatch(/write after end/);
  });

  it('S-5: finished() on the response stream resolves once it has ended', async () => {
    const handler = streaming(async (_e, stream) => {
      stream.end('x');
      await finished(stream);
    });
    const outcome = await invokeHttp(handler, url, { timeoutMs: 500 });
    expect(outcome.stream?.complete).toBe(true);
    expect(outcome.functionError).toBe(false);
  });

  it('S-5: pipeline() into the response stream works and ends it', async () => {
    const handler = streaming(async (_e, stream) => {
      stream.setContentType('text/plain');
      await pipeline(Readable.from(['a', 'b', 'c']), stream);
    });
    const outcome = await invokeHttp(handler, url);
    expect(outcome).toHaveBody('abc');
    expect(outcome.stream?.complete).toBe(true);
  });

  it('S-10, S-21: from() then end(chunk) skips the prelude, so the function URL answers 502', async () => {
    const handler = streaming(async (_e, stream) => {
      HttpResponseStream.from(stream, { statusCode: 404 }).end('Not Found');
    });
    const outcome = await invokeHttp(handler, url);
    expect(outcome.accepted).toBe(false);
    expect(outcome.response.status).toBe(502);
    expect(outcome).not.toBeValidProxyResponse();
    expect(outcome.problems[0]).toMatchObject({ severity: 'error', rule: 'S-21' });
    expect(failureOf(() => expect(outcome).toBeValidProxyResponse())).toMatch(/end\(chunk\).*S-10/);
    // As for a rejected buffered result, every other matcher refuses to judge the gateway's own page.
    expect(failureOf(() => expect(outcome).toHaveStatusCode(404))).toMatch(
      /502 from Lambda function URL itself/,
    );
    expect(failureOf(() => expect(outcome).not.toHaveStatusCode(404))).toMatch(/itself/);
  });

  it('S-10, S-22: from() then a bare end() loses the status: 200 octet-stream, with a warning', async () => {
    const handler = streaming(async (_e, stream) => {
      HttpResponseStream.from(stream, { statusCode: 301, headers: { Location: '/x' } }).end();
    });
    const outcome = await invokeHttp(handler, url);
    expect(outcome.response.status).toBe(200);
    expect(outcome.response.headers.location).toBeUndefined();
    expect(outcome.problems[0]).toMatchObject({ severity: 'warning', rule: 'S-22' });
    expect(outcome.accepted).toBe(true);
    const strict = await invokeHttp(handler, url, { strict: true });
    expect(strict.accepted).toBe(false);
    expect(failureOf(() => expect(strict).toBeValidProxyResponse())).toMatch(/write\(''\)/);
  });

  it('S-10: write("") before end() keeps the prelude (what Hono and Powertools ship)', async () => {
    const handler = streaming(async (_e, stream) => {
      const out = HttpResponseStream.from(stream, { statusCode: 301, headers: { Location: '/x' } });
      out.write('');
      out.end();
    });
    const outcome = await invokeHttp(handler, url);
    expect(outcome).toHaveStatusCode(301);
    expect(outcome).toHaveHeader('location', '/x');
    expect(outcome.problems).toEqual([]);
  });

  it('S-11: a handler that returns no promise fails as the runtime says', async () => {
    const handler = streaming(((_e: unknown, stream: Stream) => {
      stream.end('x');
    }) as never);
    const outcome = await invokeHttp(handler, url);
    expect(outcome.functionError).toBe(true);
    expect(outcome.stream?.error).toMatchObject({
      errorType: 'string',
      errorMessage: 'Streaming does not support non-async handlers.',
    });
  });

  it('S-11: a resolved value is dropped, with a warning', async () => {
    const handler = streaming(async (_e, stream) => {
      stream.end('x');
      return { statusCode: 200 };
    });
    const outcome = await invokeHttp(handler, url);
    expect(outcome.problems).toContainEqual(expect.objectContaining({ rule: 'S-11', severity: 'warning' }));
    expect(outcome).toHaveBody('x');
  });

  it('S-11, S-27: a stream never ended runs to the function timeout, the body cut short', async () => {
    const handler = streaming(async (_e, stream) => {
      stream.setContentType('text/event-stream');
      stream.write('data: 1\n\n');
    });
    const outcome = await invokeHttp(handler, url, { timeoutMs: 50 });
    expect(outcome.functionError).toBe(true);
    expect(outcome.accepted).toBe(false);
    expect(outcome.response).toMatchObject({ status: 200, body: 'data: 1\n\n' });
    expect(outcome.stream).toMatchObject({ complete: false, truncated: 'timeout' });
    expect(outcome.problems[0]).toMatchObject({ rule: 'S-27' });
    expect(outcome.problems[0]?.message).toMatch(/never ended/);
  });

  it('S-54: the function timeout bounds the stream, and works with fake timers (S-11)', async () => {
    vi.useFakeTimers();
    const handler = streaming(async (_e, stream) => {
      stream.write('x');
    });
    const pending = invokeHttp(handler, url, { timeoutMs: 10_000 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await pending).stream?.truncated).toBe('timeout');
  });

  it('S-11: the runtime waits for an end() that comes after the promise resolved', async () => {
    const handler = streaming(async (_e, stream) => {
      stream.write('a');
      setTimeout(() => stream.end('b'), 5);
    });
    const outcome = await invokeHttp(handler, url);
    expect(outcome).toHaveBody('ab');
    expect(outcome.stream?.complete).toBe(true);
    // end(chunk) is the second write: its chunk has write index 1.
    expect(outcome.stream?.chunks.map((c) => c.writeIndex)).toEqual([0, 1]);
  });

  it('S-26: an error after the first write keeps the status and cuts the body; the error is in the trailers (S-12)', async () => {
    const handler = streaming(async (_e, stream) => {
      HttpResponseStream.from(stream, { statusCode: 200 }).write('partial');
      throw new TypeError('boom');
    });
    const outcome = await invokeHttp(handler, url);
    expect(outcome).toHaveStatusCode(200);
    expect(outcome).toHaveBody('partial');
    expect(outcome.functionError).toBe(true);
    expect(outcome.stream).toMatchObject({
      truncated: 'error',
      complete: false,
      error: { errorType: 'TypeError', errorMessage: 'boom' },
    });
    expect(outcome.stream?.error?.trace[0]).toBe('TypeError: boom');
    expect(failureOf(() => expect(outcome).toBeValidProxyResponse())).toMatch(/S-26/);
  });

  it('S-12: a thrown non-Error reports typeof as its errorType', async () => {
    const handler = streaming(async () => {
      throw 42;
    });
    const outcome = await invokeHttp(handler, url);
    expect(outcome.stream?.error).toEqual({ errorType: 'number', errorMessage: '42', trace: [] });
  });

  it('S-25: a failure before any write is judged 502 behind a URL and 500 behind REST', async () => {
    const handler = streaming(async () => {
      throw new Error('early');
    });
    expect((await invokeHttp(handler, url)).response.status).toBe(502);
    expect((await invokeHttp(handler, rest)).response.status).toBe(500);
    const early = await invokeHttp(handler, url);
    expect(early.problems[0]?.rule).toBe('S-25');
    expect(early.stream).toMatchObject({ complete: false, error: { errorMessage: 'early' } });
  });

  it('S-6: setContentType after the first write fails the invocation with Runtime.InvalidStreamingOperation', async () => {
    const handler = streaming(async (_e, stream) => {
      stream.write('a');
      HttpResponseStream.from(stream, { statusCode: 200 });
    });
    const outcome = await invokeHttp(handler, url);
    expect(outcome.stream?.error?.errorType).toBe('Runtime.InvalidStreamingOperation');
  });
});

describe('what the recording and the lints add (S-9, S-28, S-53)', () => {
  it('S-3: highWaterMark is recorded on the handler but changes nothing the client or the recording sees', async () => {
    const body = async (_e: unknown, stream: Stream) => {
      stream.write('a');
      stream.end('b');
    };
    const plain = await invokeHttp(streaming(body), url);
    const tuned = await invokeHttp(
      streamifyResponse(body as never, { highWaterMark: 1 }) as unknown as StreamifyHandler,
      url,
    );
    expect(tuned.response.body).toBe(plain.response.body);
    expect(tuned.stream?.chunks.map((c) => c.kind)).toEqual(plain.stream?.chunks.map((c) => c.kind));
  });

  it("S-29: chunk times are the handler's, so a test can tell the writes apart even when a client would see them merged", async () => {
    const handler = streaming(async (_e, stream) => {
      stream.write('a');
      stream.write('b');
      stream.end();
    });
    const { stream } = await invokeHttp(handler, url);
    expect(stream?.chunks.map((c) => c.writeIndex)).toEqual([0, 1]);
    expect(stream?.chunks.every((c) => c.at >= 0)).toBe(true);
  });

  it('S-14: on nodejs24.x the invocation ends with the stream, whatever timers are still pending', async () => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const handler = streaming(async (_e, stream) => {
      pending = setTimeout(() => {}, 60_000);
      stream.end('done');
    });
    const outcome = await invokeHttp(handler, url, { timeoutMs: 1000 });
    clearTimeout(pending);
    expect(outcome.stream?.complete).toBe(true);
    expect(outcome.functionError).toBe(false);
  });

  it('S-26: error text written after a 200 prelude is a warning (the Hono pattern); ordinary content is not', async () => {
    const caught = streaming(async (_e, stream) => {
      const out = HttpResponseStream.from(stream, { statusCode: 200 });
      out.write('data: 1\n\n');
      try {
        throw new Error('db down');
      } catch (error) {
        out.write(String(error));
      }
      out.end();
    });
    const outcome = await invokeHttp(caught, url);
    expect(outcome.accepted).toBe(true);
    expect(outcome.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'S-26',
        path: 'body',
        message: expect.stringMatching(/"Error: db down".*status 200/),
      }),
    ]);
    expect((await invokeHttp(caught, url, { strict: true })).accepted).toBe(false);
    const stack = streaming(async (_e, stream) => {
      HttpResponseStream.from(stream, { statusCode: 200 }).write(
        'oops\n    at handler (/var/task/index.mjs:3:9)',
      );
      stream.end();
    });
    expect((await invokeHttp(stack, url)).problems.map((p) => p.rule)).toEqual(['S-26']);
    const page = streaming(async (_e, stream) => {
      HttpResponseStream.from(stream, { statusCode: 200 }).write('Internal Server Error');
      stream.end();
    });
    expect((await invokeHttp(page, url)).problems.map((p) => p.rule)).toEqual(['S-26']);
    const fine = streaming(async (_e, stream) => {
      const out = HttpResponseStream.from(stream, { statusCode: 200 });
      out.write('event: error\ndata: {"reason":"quota"}\n\n');
      out.write('An error-free day');
      out.end();
    });
    expect((await invokeHttp(fine, url)).problems).toEqual([]);
    const notFound = streaming(async (_e, stream) => {
      HttpResponseStream.from(stream, { statusCode: 404 }).write('Error: no such item');
      stream.end();
    });
    expect((await invokeHttp(notFound, url)).problems).toEqual([]);
  });

  it('S-13: a mid-stream error is a successful response for Lambda, with the error only in the trailers', async () => {
    const handler = streaming(async (_e, stream) => {
      stream.write('ok so far');
      throw new RangeError('late');
    });
    const outcome = await invokeHttp(handler, url);
    expect(outcome.response.status).toBe(200);
    expect(outcome.stream?.error).toMatchObject({ errorType: 'RangeError', errorMessage: 'late' });
  });

  it('S-9: every write is recorded with its kind, write index and handler-side time, in order', async () => {
    const handler = streaming(async (_e, stream) => {
      const out = HttpResponseStream.from(stream, { statusCode: 200 });
      out.write('a');
      await new Promise((resolve) => setTimeout(resolve, 5));
      out.write({ n: 1 });
      out.end();
    });
    const { stream } = await invokeHttp(handler, url);
    const chunks = stream?.chunks ?? [];
    expect(chunks.map((c) => [c.kind, c.writeIndex])).toEqual([
      ['prelude', 0],
      ['delimiter', 0],
      ['body', 0],
      ['body', 1],
    ]);
    expect(new TextDecoder().decode(chunks[3]?.bytes)).toBe('{"n":1}');
    expect(chunks[3]?.at).toBeGreaterThanOrEqual((chunks[2]?.at ?? 0) + 4);
  });

  it('S-28: Transfer-Encoding in the prelude is a warning; so is a Set-Cookie outside cookies (S-19)', async () => {
    const handler = streaming(async (_e, stream) => {
      const out = HttpResponseStream.from(stream, {
        statusCode: 200,
        headers: { 'Transfer-Encoding': 'chunked', 'Set-Cookie': 'a=1' },
      });
      out.write('');
      out.end();
    });
    const outcome = await invokeHttp(handler, url);
    expect(outcome.accepted).toBe(true);
    expect(outcome.problems.map((p) => [p.severity, p.rule, p.path])).toEqual([
      ['warning', 'S-28', 'prelude.headers.Transfer-Encoding'],
      ['warning', 'S-19', 'prelude.headers.Set-Cookie'],
    ]);
    expect((await invokeHttp(handler, url, { strict: true })).accepted).toBe(false);
  });

  it('S-53: a stream over 200 MB is cut at 200 MB', () => {
    const mb = new Uint8Array(1024 * 1024);
    const chunks = Array.from({ length: 201 }, (_, i) => ({
      kind: 'body' as const,
      bytes: mb,
      at: i,
      writeIndex: i,
    }));
    const outcome = inspectStreamedResponse(
      { contentType: 'application/octet-stream', chunks },
      { integration: 'function-url' },
    );
    expect(outcome.response.bodyBytes.length).toBe(200 * 1024 * 1024);
    expect(outcome.stream).toMatchObject({ truncated: 'size', complete: false });
    expect(outcome.problems[0]).toMatchObject({ rule: 'S-53', severity: 'error' });
  });

  it('refuses a malformed description with an error naming the field', () => {
    expect(() => inspectStreamedResponse(null as never)).toThrow(/pass \{ contentType, chunks \}/);
    expect(() => inspectStreamedResponse({ contentType: 1, chunks: [] } as never)).toThrow(
      /contentType must be/,
    );
    expect(() => inspectStreamedResponse({ contentType: 'a', chunks: 'x' } as never)).toThrow(
      /chunks must be/,
    );
    expect(() =>
      inspectStreamedResponse({ contentType: 'a', chunks: new Uint8Array(0), error: null } as never),
    ).toThrow(/error must be/);
  });
});

describe('REST APIs with responseTransferMode STREAM (S-35 … S-45)', () => {
  it('S-42: API Gateway sends nothing before the metadata and delimiter: a failure there is a 500, not a cut 200', async () => {
    const handler = streaming(async (_e, stream) => {
      stream.write('{"statusCode": 200');
      throw new Error('mid-prelude');
    });
    const outcome = await invokeHttp(handler, rest);
    expect(outcome.response.status).toBe(500);
    expect(outcome.functionError).toBe(true);
  });

  it('S-45: a timeout mid-stream behind REST keeps the status sent and truncates the body', async () => {
    const handler = streaming(async (_e, stream) => {
      HttpResponseStream.from(stream, { statusCode: 200 }).write('part');
    });
    const outcome = await invokeHttp(handler, rest, { timeoutMs: 30 });
    expect(outcome.response).toMatchObject({ status: 200, body: 'part' });
    expect(outcome.stream).toMatchObject({ truncated: 'timeout', complete: false });
  });

  it('S-35, S-39, S-40: the metadata gives status, headers and cookies; chunked is added', async () => {
    const outcome = await invokeHttp(hello, rest);
    expect(outcome.integration).toBe('rest');
    expect(outcome.stream?.mode).toBe('STREAM');
    expect(outcome).toHaveStatusCode(201);
    expect(outcome).toHaveHeader('transfer-encoding', 'chunked');
    expect(outcome.response.headers['set-cookie']).toEqual(['a=1', 'b=2']);
  });

  it('S-36, S-37: raw bytes without the framing are a 500, whatever the Content-Type', async () => {
    const handler = streaming(async (_e, stream) => {
      stream.setContentType('text/plain');
      stream.end('plain');
    });
    const outcome = await invokeHttp(handler, rest);
    expect(outcome.response.status).toBe(500);
    expect(outcome).not.toBeValidProxyResponse();
    expect(outcome.problems[0]?.rule).toBe('S-36');
  });

  it('S-37: framing written by hand without from() is read', async () => {
    const handler = streaming(async (_e, stream) => {
      stream.write('{"statusCode": 200}');
      stream.write('\x00'.repeat(8));
      stream.end('hi');
    });
    expect(await invokeHttp(handler, rest)).toHaveBody('hi');
  });

  it('S-41: an unknown metadata key is judged a 500', async () => {
    const handler = streaming(async (_e, stream) => {
      HttpResponseStream.from(stream, { statusCode: 200, isBase64Encoded: false }).write('x');
      stream.end();
    });
    const outcome = await invokeHttp(handler, rest);
    expect(outcome.response.status).toBe(500);
    expect(outcome.problems[0]).toMatchObject({ rule: 'S-41', path: 'prelude.isBase64Encoded' });
  });

  it('S-50: a streaming handler behind a BUFFERED REST integration loses its body', async () => {
    const outcome = await invokeHttp(hello, rest, { responseTransferMode: 'BUFFERED' });
    expect(outcome.response.status).toBe(201);
    expect(outcome.response.body).toBe('');
    expect(outcome.problems.map((p) => p.rule)).toContain('S-50');
  });
});

describe('mismatched modes and front ends (S-48 … S-52)', () => {
  it('S-48: behind a RESPONSE_STREAM URL too, a non-async handler is told first why Lambda sent null', async () => {
    const handler = ((_event: unknown, _context: unknown) => ({ statusCode: 200, body: 'ok' })) as never;
    const outcome = await invokeHttp(handler, url, { invokeMode: 'RESPONSE_STREAM', runtime: 'nodejs22.x' });
    expect(outcome.accepted).toBe(false);
    expect(outcome.problems[0]?.message).toMatch(/without a promise/);
    expect(outcome.problems.map((p) => p.rule)).toContain('S-48');
  });

  it('S-48: a buffered handler behind a RESPONSE_STREAM URL answers 200 with the result as JSON text', async () => {
    const handler = async () => ({ statusCode: 404, body: 'missing' });
    const outcome = await invokeHttp(handler, url, { invokeMode: 'RESPONSE_STREAM' });
    expect(outcome.response.status).toBe(200);
    expect(JSON.parse(outcome.response.body)).toEqual({ statusCode: 404, body: 'missing' });
    expect(outcome.accepted).toBe(false);
    expect(outcome.problems[0]?.rule).toBe('S-48');
    // configure() sets it for the project.
    configure({ invokeMode: 'RESPONSE_STREAM' });
    expect(inspectProxyResult({ statusCode: 200 }, { integration: 'function-url' }).problems[0]?.rule).toBe(
      'S-48',
    );
    configure({ invokeMode: undefined });
    expect(inspectProxyResult({ statusCode: 200 }, { integration: 'function-url' }).accepted).toBe(true);
  });

  it('S-51: a buffered result behind REST STREAM is a 500', () => {
    const outcome = inspectProxyResult({ statusCode: 200, body: 'x' }, { responseTransferMode: 'STREAM' });
    expect(outcome.response.status).toBe(500);
    expect(outcome.problems[0]?.rule).toBe('S-51');
  });

  it('S-49: a streaming handler behind a BUFFERED URL is judged 200 with no content', async () => {
    const outcome = await invokeHttp(hello, url, { invokeMode: 'BUFFERED' });
    expect(outcome.response).toMatchObject({ status: 200, body: '' });
    expect(outcome.problems[0]?.rule).toBe('S-49');
  });

  it('S-33: only function URLs and REST APIs stream; behind HTTP APIs and ALB it is an error (S-52)', async () => {
    for (const event of [httpApi.get('/chat'), albEvent({ method: 'GET', path: '/chat' })]) {
      const outcome = await invokeHttp(hello, event);
      expect(outcome.accepted).toBe(false);
      expect(outcome.problems[0]).toMatchObject({ rule: 'S-52', severity: 'error' });
    }
  });

  it('S-16: names the modes in AWS words and refuses them on the wrong front end', async () => {
    await expect(invokeHttp(hello, url, { invokeMode: 'STREAM' as never })).rejects.toThrow(
      /invokeMode must be 'BUFFERED' or 'RESPONSE_STREAM'/,
    );
    expect(() => inspectProxyResult({}, { integration: 'alb', invokeMode: 'BUFFERED' })).toThrow(
      /invokeMode is a function URL's setting/,
    );
    expect(() =>
      inspectProxyResult({}, { integration: 'function-url', responseTransferMode: 'STREAM' }),
    ).toThrow(/responseTransferMode is a REST API's setting/);
    expect(() => configure({ responseTransferMode: 'RESPONSE_STREAM' as never })).toThrow(
      /responseTransferMode/,
    );
  });
});

describe('invoke() of a streaming handler resolves with what it wrote', () => {
  it('records the content type, chunks and end', async () => {
    const recorded = await invoke(hello, url);
    expect(recorded.contentType).toBe('application/vnd.awslambda.http-integration-response');
    expect(recorded.ended).toBe(true);
  });
});
