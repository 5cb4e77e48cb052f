// S-5: the runtime hands a streaming handler a facade with a Writable's methods and properties, not a Writable.
// These pin the Node stream behaviour code relies on, since the facade is ours and not Node's.
import { PassThrough, Readable, Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { createResponseStream } from '../../../../src/invoke/stream/responseStream.js';

const text = (stream: ReturnType<typeof createResponseStream>) =>
  Buffer.concat(stream.recording.chunks.map((c) => c.bytes)).toString();
const tick = () => new Promise((resolve) => process.nextTick(resolve));

describe('the recording response stream is the runtime facade (S-5)', () => {
  it('is no Writable, yet has the properties a Writable reports', () => {
    const stream = createResponseStream();
    expect(stream).not.toBeInstanceOf(Writable);
    expect(stream).toMatchObject({
      writable: true,
      writableEnded: false,
      writableFinished: false,
      writableNeedDrain: false,
      writableLength: 0,
      writableObjectMode: false,
      writableCorked: 0,
      destroyed: false,
    });
    expect(stream.writableHighWaterMark).toBe(16_384);
    stream.cork();
    expect(stream.writableCorked).toBe(1);
    stream.uncork();
    stream.uncork();
    expect(stream.writableCorked).toBe(0);
  });

  it("emits 'finish' on the next tick, so a listener added right after end() hears it; end's callback comes first", async () => {
    const stream = createResponseStream();
    const order: string[] = [];
    stream.on('prefinish', () => order.push('prefinish'));
    stream.end('x', () => order.push('callback'));
    stream.on('finish', () => order.push('finish'));
    expect(stream.writableEnded).toBe(true);
    expect(stream.writableFinished).toBe(false);
    expect(order).toEqual(['prefinish']);
    await tick();
    expect(order).toEqual(['prefinish', 'callback', 'finish']);
    expect(stream.writableFinished).toBe(true);
    expect(stream.writable).toBe(false);
  });

  it('a second end() is harmless and its callback still runs', async () => {
    const stream = createResponseStream();
    const finishes: number[] = [];
    stream.on('finish', () => finishes.push(1));
    stream.end();
    await tick();
    let called = false;
    stream.end(() => {
      called = true;
    });
    await tick();
    expect(called).toBe(true);
    expect(finishes).toEqual([1]);
  });

  it('a write after end() errors the stream as Node does: no finish, the callback and an error event', async () => {
    const stream = createResponseStream();
    const heard: string[] = [];
    stream.on('finish', () => heard.push('finish'));
    stream.on('error', (error: Error & { code?: string }) => heard.push(`error ${error.code}`));
    stream.end('a');
    let callbackError: unknown;
    expect(stream.write('late', (error) => (callbackError = error))).toBe(false);
    await tick();
    await tick();
    expect(heard).toEqual(['error ERR_STREAM_WRITE_AFTER_END']);
    expect(callbackError).toMatchObject({ message: 'write after end' });
    expect(stream.recording.lateWrite).toBe(true);
    expect(text(stream)).toBe('a');
  });

  it('destroy(error) emits error then close, and later writes reach only their callback', async () => {
    const stream = createResponseStream();
    const heard: string[] = [];
    stream.on('error', (error: Error) => heard.push(`error ${error.message}`));
    stream.on('close', () => heard.push('close'));
    stream.on('finish', () => heard.push('finish'));
    stream.write('a');
    stream.destroy(new Error('reset'));
    expect(stream.destroyed).toBe(true);
    let callbackError: unknown;
    stream.write('b', (error) => (callbackError = error));
    stream.end();
    await tick();
    await tick();
    expect(heard).toEqual(['error reset', 'close']);
    expect(callbackError).toMatchObject({ code: 'ERR_STREAM_DESTROYED' });
    expect(stream.recording.lateWrite).toBeUndefined();
    expect(text(stream)).toBe('a');
  });

  it("write() stringifies null as the runtime's does (S-7); end() refuses what is not text or bytes, as Node does", () => {
    const stream = createResponseStream();
    stream.write(null);
    expect(text(stream)).toBe('null');
    expect(() => stream.end(42)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
    expect(stream.writableEnded).toBe(false);
  });

  it('write() calls back on the next tick and always asks for more', async () => {
    const stream = createResponseStream();
    let called = false;
    expect(stream.write('a', 'utf8', () => (called = true))).toBe(true);
    expect(called).toBe(false);
    await tick();
    expect(called).toBe(true);
    expect(stream.write(Buffer.from('6869', 'hex'))).toBe(true);
    expect(stream.write('aGk=', 'base64')).toBe(true);
    expect(text(stream)).toBe('ahihi');
  });

  it('pipeline(), Readable#pipe and finished() work on it, and a failing source destroys it with the error', async () => {
    const piped = createResponseStream();
    await pipeline(Readable.from(['a', 'b']), piped);
    expect(text(piped)).toBe('ab');
    expect(piped.writableFinished).toBe(true);

    const viaPipe = createResponseStream();
    const source = new PassThrough();
    source.pipe(viaPipe as unknown as NodeJS.WritableStream);
    source.end('c');
    await finished(viaPipe as unknown as NodeJS.WritableStream);
    expect(text(viaPipe)).toBe('c');

    const failing = createResponseStream();
    const broken = new Readable({
      read() {
        this.push('x');
        this.destroy(new Error('upstream reset'));
      },
    });
    await expect(pipeline(broken, failing)).rejects.toThrow('upstream reset');
    expect(failing.destroyed).toBe(true);
    expect(failing.writableFinished).toBe(false);
  });
});
