import { Writable } from 'node:stream';
import type { StreamChunk } from '../../contract/types.js';
import { isBytes } from '../../internal/isBytes.js';

/** What the runtime sends when the handler never calls setContentType (S-4). */
export const DEFAULT_STREAM_CONTENT_TYPE = 'application/octet-stream';

export type { StreamChunk } from '../../contract/types.js';

type ChunkKind = StreamChunk['kind'];

/** The recording stream handed to a streaming handler as its second argument. */
export interface RecordingResponseStream extends Writable {
  setContentType(contentType: string): void;
  /** The hook HttpResponseStream.from installs; fired by the first write() only, never by end(chunk) (S-10). */
  _onBeforeFirstWrite?: ((write: (chunk: Uint8Array | string) => void) => void) | undefined;
  readonly recording: StreamRecording;
}

export interface StreamRecording {
  contentType: string;
  chunks: StreamChunk[];
  /** When end() was called, ms since creation; undefined while the stream is open. */
  endedAt: number | undefined;
  /** A write came after end() or destroy(): Node reports the error on the next tick. */
  lateWrite?: boolean;
}

/**
 * What the runtime's write() hands on: text and bytes as they are (Node turns text into bytes from its pooled
 * buffers, cheaper than a TextEncoder's fresh ones); S-7: anything else JSON.stringify'd.
 */
function toChunk(chunk: unknown): string | Uint8Array {
  if (typeof chunk === 'string' || isBytes(chunk)) return chunk;
  return String(JSON.stringify(chunk));
}

/** S-6: the runtime's error for setContentType after the first write. */
export class InvalidStreamingOperation extends Error {
  override name = 'Runtime.InvalidStreamingOperation';
}

/**
 * A real Node Writable (so pipeline, drain and writableFinished behave) with the runtime's semantics on top:
 * write() stringifies non-byte chunks and fires the prelude hook on the first call only; end(chunk) goes
 * straight to the stream without the hook, as the RIC does (S-5 … S-10). A class, not a Writable with
 * per-instance overrides: a test may run thousands of small streams, and closures per stream were most of
 * their garbage.
 */
class ResponseStream extends Writable implements RecordingResponseStream {
  readonly recording: StreamRecording = {
    contentType: DEFAULT_STREAM_CONTENT_TYPE,
    chunks: [],
    endedAt: undefined,
  };
  _onBeforeFirstWrite?: ((write: (chunk: Uint8Array | string) => void) => void) | undefined;
  readonly #started = performance.now();
  #first = true;
  #writes = 0;
  #kind: ChunkKind = 'body';

  constructor() {
    // No destroy() after 'finish': nothing of the runtime's request is left to free, and the close it would emit
    // costs a small stream more ticks than its writes.
    super({ autoDestroy: false });
  }

  /**
   * Records one write. The chunks are recorded here, not through Writable's queue: a streamed invocation of a
   * few microseconds spent a third of them in Writable's per-write bookkeeping, and nothing is ever queued
   * (the recording takes every write at once, so write() is always true and 'drain' never needed).
   */
  #record(chunk: string | Uint8Array, encoding: unknown): void {
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : chunk;
    // A plain view of a Buffer: copying from a Buffer with TypedArray#set takes V8's slow path (10 MB: ~50 ms
    // against ~5 ms from a plain Uint8Array), and judging joins every chunk.
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const at = performance.now() - this.#started;
    this.recording.chunks.push({ kind: this.#kind, bytes, at, writeIndex: this.#writes });
  }

  override _write(_chunk: Uint8Array, _encoding: string, done: () => void): void {
    // Reached only through Writable's own write after end() or destroy(), which fails before calling it.
    done();
  }

  setContentType(contentType: string): void {
    if (!this.#first) throw new InvalidStreamingOperation('Cannot set content-type, too late.');
    this.recording.contentType = contentType;
  }

  override write(chunk: any, encodingOrCallback?: any, callback?: any): boolean {
    // After end() or destroy(), Writable's own write raises the error the runtime's request would (on the
    // next tick: the driver waits for it, see lateWrite).
    if (this.writableEnded || this.destroyed) {
      this.recording.lateWrite = true;
      return super.write(chunk, encodingOrCallback, callback);
    }
    if (this.#first) {
      this.#first = false;
      const hook = this._onBeforeFirstWrite;
      if (typeof hook === 'function') {
        let hookWrites = 0;
        hook((bytes) => {
          this.#kind = hookWrites++ === 0 ? 'prelude' : 'delimiter';
          this.#record(toChunk(bytes), undefined);
        });
      }
    }
    this.#kind = 'body';
    this.#record(toChunk(chunk), encodingOrCallback);
    this.#writes++;
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    if (typeof done === 'function') process.nextTick(done);
    return true;
  }

  override end(...args: any[]): this {
    const { recording } = this;
    if (recording.endedAt === undefined) recording.endedAt = performance.now() - this.#started;
    const [chunk] = args;
    // S-10: end(chunk) neither stringifies nor fires the prelude hook. Anything but text or bytes is left to
    // Writable's end, which refuses it as Node does.
    if (
      chunk !== undefined &&
      chunk !== null &&
      typeof chunk !== 'function' &&
      (typeof chunk === 'string' || isBytes(chunk)) &&
      !this.writableEnded &&
      !this.destroyed
    ) {
      this.#kind = 'body';
      this.#first = false;
      this.#record(chunk, args[1]);
      this.#writes++;
      const done = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      return done === undefined ? super.end() : super.end(done);
    }
    return super.end(...(args as []));
  }
}

export function createResponseStream(): RecordingResponseStream {
  return new ResponseStream();
}
