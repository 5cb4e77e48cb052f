import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import { inspectStreamedResponse } from '../../../src/contract/streaming/inspectStreamedResponse.js';
import { streamMatchers } from '../../../src/matchers/index.js';
import { serverSentEvents } from '../../../src/matchers/internal/serverSentEvents.js';
import { failureOf } from './support.js';

expect.extend(streamMatchers);
// Untyped on purpose: the misuse cases pass what the declarations refuse.
const e = (v: unknown) => expect(v) as any;
const text = new TextEncoder();
const chunk = (kind: 'prelude' | 'delimiter' | 'body', value: string, writeIndex: number) => ({
  kind,
  bytes: text.encode(value),
  at: writeIndex,
  writeIndex,
});

// Built before each test, not while the file loads: factory code that runs at load time is outside every
// test, so Stryker would count its mutants as static and rerun the whole suite for each.
let sse: ReturnType<typeof inspectStreamedResponse>;
let cut: ReturnType<typeof inspectStreamedResponse>;
let open: ReturnType<typeof inspectStreamedResponse>;
beforeEach(() => {
  sse = inspectStreamedResponse(
    {
      contentType: 'text/event-stream',
      chunks: [chunk('body', 'data: 1\n\n', 0), chunk('body', 'event: done\ndata: [DONE]\nid: 7\n\n', 1)],
    },
    { integration: 'function-url' },
  );
  cut = inspectStreamedResponse(
    {
      contentType: 'text/plain',
      chunks: [chunk('body', 'par', 0)],
      error: { errorType: 'Error', errorMessage: 'boom', trace: [] },
    },
    { integration: 'function-url' },
  );
  open = inspectStreamedResponse(
    { contentType: 'text/plain', chunks: [chunk('body', 'x', 0)], ended: false, timedOut: true },
    { integration: 'function-url' },
  );
});

describe('toHaveWrittenChunks', () => {
  it('matches a count, the texts, or a predicate, and fails on the other side, with and without .not', () => {
    e(sse).toHaveWrittenChunks(2);
    e(sse).toHaveWrittenChunks(['data: 1\n\n', expect.stringContaining('[DONE]')]);
    e(sse).toHaveWrittenChunks((texts: string[]) => texts.every((t) => t.endsWith('\n\n')));
    e(sse).not.toHaveWrittenChunks(3);
    expect(failureOf(() => e(sse).toHaveWrittenChunks(3))).toMatch(
      /to write 3 body chunk\(s\), but it wrote 2/,
    );
    expect(failureOf(() => e(sse).not.toHaveWrittenChunks(2))).toMatch(/not to write 2/);
    expect(failureOf(() => e(sse).toHaveWrittenChunks(['data: 1\n\n']))).toMatch(/these chunks/);
    expect(failureOf(() => e(sse).toHaveWrittenChunks(() => false))).toMatch(/rejected/);
  });

  it('says what it expected on each side, with the diff only when the texts differ', () => {
    expect(failureOf(() => e(sse).not.toHaveWrittenChunks(2))).toMatch(
      /^expect\(received\)\.not\.toHaveWrittenChunks\(expected\)\n\nExpected the handler not to write 2 body chunk\(s\), but it wrote 2: /,
    );
    expect(failureOf(() => e(sse).toHaveWrittenChunks(0))).toMatch(
      /\n\nExpected the handler to write 0 body chunk/,
    );
    expect(failureOf(() => e(sse).not.toHaveWrittenChunks(() => true))).toMatch(
      /not to write chunks the predicate accepts, but it accepted /,
    );
    const both = ['data: 1\n\n', expect.stringContaining('[DONE]')];
    expect(failureOf(() => e(sse).not.toHaveWrittenChunks(both))).toMatch(/not to write these chunks$/);
    expect(failureOf(() => e(sse).toHaveWrittenChunks(['data: 1\n\n']))).toMatch(
      /to write these chunks\n\n[\s\S]*event: done/,
    );
  });

  it('takes 0 as a count and refuses what is no whole count, naming the value', () => {
    e(sse).not.toHaveWrittenChunks(0);
    for (const bad of [1.5, '2', null]) {
      expect(failureOf(() => e(sse).toHaveWrittenChunks(bad))).toMatch(/Matcher error.*count of writes/);
    }
    expect(failureOf(() => e(sse).toHaveWrittenChunks(-1))).toMatch(/Expected has value: -1/);
  });

  it('leaves out the prelude and delimiter HttpResponseStream.from wrote', () => {
    const framed = inspectStreamedResponse(
      {
        contentType: 'application/vnd.awslambda.http-integration-response',
        chunks: [
          chunk('prelude', '{"statusCode":200}', 0),
          chunk('delimiter', '\0'.repeat(8), 0),
          chunk('body', 'hi', 0),
        ],
      },
      { integration: 'function-url' },
    );
    e(framed).toHaveWrittenChunks(['hi']);
  });

  it('refuses a buffered outcome and a bad expectation with a Matcher error', () => {
    const buffered = inspectProxyResult({ statusCode: 200, body: 'x' });
    expect(failureOf(() => e(buffered).toHaveWrittenChunks(1))).toMatch(/Matcher error.*streamifyResponse/);
    expect(failureOf(() => e(buffered).not.toHaveWrittenChunks(1))).toMatch(/Matcher error/);
    expect(failureOf(() => e(sse).toHaveWrittenChunks('two'))).toMatch(/Matcher error.*count of writes/);
    expect(failureOf(() => e(sse).toHaveWrittenChunks(-1))).toMatch(/Matcher error/);
    expect(failureOf(() => e(null).toCompleteStream())).toMatch(
      /Matcher error: received value must be the outcome of invokeHttp\(\)[\s\S]*Received has value: null/,
    );
    expect(failureOf(() => e(Promise.resolve(sse)).not.toCompleteStream())).toMatch(
      /received value is a Promise: await it/,
    );
  });
});

describe('toCompleteStream', () => {
  it('passes for a stream that ended and says why one did not', () => {
    e(sse).toCompleteStream();
    e(cut).not.toCompleteStream();
    e(open).not.toCompleteStream();
    expect(failureOf(() => e(cut).toCompleteStream())).toMatch(/failed mid-stream \(Error: boom\).*S-26/);
    expect(failureOf(() => e(open).toCompleteStream())).toMatch(/function timeout.*S-27/);
    expect(failureOf(() => e(sse).not.toCompleteStream())).toMatch(/not to complete/);
    expect(failureOf(() => e(sse).not.toCompleteStream())).toBe(
      'expect(received).not.toCompleteStream()\n\nExpected the stream not to complete, but the client received' +
        ' the whole body and the stream ended normally.',
    );
    expect(failureOf(() => e(open).toCompleteStream())).toMatch(
      /^expect\(received\)\.toCompleteStream\(\)\n\nExpected the stream to complete, but the stream was still open/,
    );
    expect(failureOf(() => e({ statusCode: 200 }).toCompleteStream())).toMatch(/Matcher error/);
  });

  it('names the 200 MB cut, a failure before the first byte, and a stream never ended', () => {
    const mb = new Uint8Array(1024 * 1024);
    const big = inspectStreamedResponse(
      {
        contentType: 'a/b',
        chunks: Array.from({ length: 201 }, (_, i) => ({
          kind: 'body' as const,
          bytes: mb,
          at: i,
          writeIndex: i,
        })),
      },
      { integration: 'function-url' },
    );
    expect(failureOf(() => e(big).toCompleteStream())).toMatch(/200 MB cap .*S-53/);
    const early = inspectStreamedResponse(
      {
        contentType: 'a/b',
        chunks: new Uint8Array(0),
        error: { errorType: 'Error', errorMessage: 'db', trace: [] },
      },
      { integration: 'function-url' },
    );
    expect(failureOf(() => e(early).toCompleteStream())).toMatch(
      /failed before the response started \(Error: db\)/,
    );
    const unended = inspectStreamedResponse({ contentType: 'a/b', chunks: new Uint8Array(1), ended: false });
    expect(failureOf(() => e(unended).toCompleteStream())).toMatch(
      /never ended: call responseStream.end\(\)/,
    );
  });
});

describe('toHaveServerSentEvents', () => {
  it('reads the body as EventSource does, both ways', () => {
    e(sse).toHaveServerSentEvents(['1', '[DONE]']);
    e(sse).toHaveServerSentEvents([{ data: '1' }, { event: 'done', data: '[DONE]', id: '7' }]);
    e(sse).not.toHaveServerSentEvents(['1']);
    e(sse).toHaveServerSentEvents([
      expect.stringMatching(/^1$/),
      expect.objectContaining({ data: '[DONE]' }),
    ]);
    expect(failureOf(() => e(sse).toHaveServerSentEvents(['1', '2']))).toMatch(/these server-sent events/);
    expect(failureOf(() => e(sse).not.toHaveServerSentEvents(['1', '[DONE]']))).toMatch(/not to receive/);
    expect(failureOf(() => e(sse).toHaveServerSentEvents('1'))).toMatch(/Matcher error/);
  });

  it('works on a buffered text/event-stream body too', () => {
    const buffered = inspectProxyResult(
      { statusCode: 200, headers: { 'content-type': 'text/event-stream' }, body: 'data: a\ndata: b\n\n' },
      { integration: 'function-url' },
    );
    e(buffered).toHaveServerSentEvents(['a\nb']);
  });

  it('parses blocks, comments, retry and an unterminated tail as the HTML standard says', () => {
    expect(serverSentEvents(': hi\ndata: x\nretry: 10\n\ndata:y\r\n\r\nevent: e\n\ndata: tail')).toEqual([
      { data: 'x', retry: 10 },
      { data: 'y' },
    ]);
  });

  it('reads a line without a colon as a field with an empty value, and a comment as nothing', () => {
    expect(serverSentEvents('data\ndata\n\n')).toEqual([{ data: '\n' }]);
    expect(serverSentEvents('data\n\n')).toEqual([{ data: '' }]);
    expect(serverSentEvents(':data: x\n: event: e\ndata: y\n\n')).toEqual([{ data: 'y' }]);
  });

  it('sets retry only from the retry field and only from digits', () => {
    expect(serverSentEvents('foo: 5\nretry: 1x\nretry: x1\ndata: a\n\n')).toEqual([{ data: 'a' }]);
    expect(serverSentEvents('retry: 15\ndata: a\n\n')).toEqual([{ data: 'a', retry: 15 }]);
  });

  it('property: the data of events written one per block comes back in order', () => {
    const line = fc.string().filter((s) => !/[\r\n]/.test(s));
    fc.assert(
      fc.property(fc.array(line), (datas) => {
        const body = datas.map((d) => `data: ${d}\n\n`).join('');
        expect(serverSentEvents(body).map((ev) => ev.data)).toEqual(datas);
      }),
    );
  });
});
