import { describe, expect, it } from 'vitest';
import {
  HIGH_WATER_MARK_SYMBOL,
  HttpResponseStream,
  installAwsLambdaGlobals,
  isStreamingHandler,
  STREAMING_SYMBOL,
  streamifyResponse,
} from '../../../../src/invoke/stream/awsLambdaGlobals.js';
import { createResponseStream } from '../../../../src/invoke/stream/responseStream.js';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('the awslambda globals on the recording response stream', () => {
  it('S-2: streamifyResponse marks and returns the same function, with the highWaterMark symbol', () => {
    const handler = async () => {};
    const marked = streamifyResponse(handler, { highWaterMark: 1024 });
    expect(marked).toBe(handler);
    expect((handler as unknown as Record<symbol, unknown>)[STREAMING_SYMBOL]).toBe('response');
    expect((handler as unknown as Record<symbol, unknown>)[HIGH_WATER_MARK_SYMBOL]).toBe(1024);
    expect(isStreamingHandler(handler)).toBe(true);
    expect(isStreamingHandler(async () => {})).toBe(false);
  });

  it('S-1: installAwsLambdaGlobals installs the global and keeps what someone else put there', () => {
    const g = globalThis as { awslambda?: Record<string, unknown> | undefined };
    const before = g.awslambda;
    try {
      g.awslambda = { custom: 1 };
      const report = installAwsLambdaGlobals();
      expect(report).toEqual({ replaced: true, kept: ['custom'] });
      expect(g.awslambda.streamifyResponse).toBe(streamifyResponse);
      expect(g.awslambda.custom).toBe(1);
    } finally {
      g.awslambda = before;
    }
  });

  it('S-8: from() sets the vnd type, stringifies at call time, writes prelude + 8 NULs on the first write; last call wins', async () => {
    const stream = createResponseStream();
    const prelude = { statusCode: 201, headers: { a: 'b' } };
    HttpResponseStream.from(stream, { statusCode: 500 });
    expect(HttpResponseStream.from(stream, prelude)).toBe(stream);
    prelude.statusCode = 404;
    stream.write('ABC');
    stream.end();
    await new Promise((resolve) => stream.on('finish', resolve));
    const { chunks, contentType } = stream.recording;
    expect(contentType).toBe('application/vnd.awslambda.http-integration-response');
    expect(chunks.map((c) => c.kind)).toEqual(['prelude', 'delimiter', 'body']);
    expect(text(chunks[0]!.bytes)).toBe('{"statusCode":201,"headers":{"a":"b"}}');
    expect(text(chunks[1]!.bytes)).toBe('\0'.repeat(8));
    expect(text(chunks[2]!.bytes)).toBe('ABC');
  });

  it('S-6: setContentType throws Runtime.InvalidStreamingOperation after the first write', () => {
    const stream = createResponseStream();
    stream.setContentType('text/plain');
    stream.write('x');
    expect(() => stream.setContentType('text/html')).toThrow('Cannot set content-type, too late.');
    expect(() => HttpResponseStream.from(stream, {})).toThrow(
      expect.objectContaining({ name: 'Runtime.InvalidStreamingOperation' }),
    );
    expect(stream.recording.contentType).toBe('text/plain');
  });

  it('S-7: write() JSON-stringifies a chunk that is not text or bytes', () => {
    const stream = createResponseStream();
    stream.write({ a: 1 } as never);
    expect(text(stream.recording.chunks[0]!.bytes)).toBe('{"a":1}');
  });

  it('S-10: end(chunk) without a write does not emit the prelude', async () => {
    const stream = createResponseStream();
    HttpResponseStream.from(stream, { statusCode: 404 });
    stream.end('Not Found');
    await new Promise((resolve) => stream.on('finish', resolve));
    expect(stream.recording.chunks.map((c) => c.kind)).toEqual(['body']);
    expect(text(stream.recording.chunks[0]!.bytes)).toBe('Not Found');
    expect(stream.recording.endedAt).toBeTypeOf('number');
  });
});
