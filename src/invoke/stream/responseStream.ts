import { EventEmitter } from 'node:events';
import type { StreamChunk } from '../../contract/types.js';
import { isBytes } from '../../internal/isBytes.js';

/** What the runtime sends when the handler never calls setContentType (S-4). */
export const DEFAULT_STREAM_CONTENT_TYPE = 'application/octet-stream';

export type { StreamChunk } from '../../contract/types.js';

type ChunkKind = StreamChunk['kind'];
type Callback = (error?: Error | null) => void;

/**
 * The response stream handed to a streaming handler as its second argument: what the runtime's facade exposes
 * (S-5), so `pipeline()`, `finished()` and `Readable#pipe` work on it, and `instanceof Writable` is false.
 */
export interface RecordingResponseStream extends EventEmitter {
  write(chunk: unknown, encoding?: BufferEncoding | Callback, callback?: Callback): boolean;
  end(chunk?: unknown, encoding?: BufferEncoding | Callback, callback?: Callback): this;
  cork(): void;
  uncork(): void;
  destroy(error?: Error): this;
  setContentType(contentType: string): void;
  /** The hook HttpResponseStream.from installs; fired by the first write() only, never by end(chunk) (S-10). */
  _onBeforeFirstWrite?: ((write: (chunk: Uint8Array | string) => void) => void) | undefined;
  destroyed: boolean;
  writable: boolean;
  readonly writableEnded: boolean;
  readonly writableFinished: boolean;
  readonly writableNeedDrain: boolean;
  readonly writableHighWaterMark: number;
  readonly writableLength: number;
  readonly writableObjectMode: boolean;
  readonly writableCorked: number;
  readonly writableBuffer: unknown[];
  readonly recording: StreamRecording;
}

export interface StreamRecording {
  contentType: string;
  chunks: StreamChunk[];
  /** When end() was called, ms since creation; undefined while the stream is open. */
  endedAt: number | undefined;
  /** A write came after end(): the error is reported on the next tick, as Node does. */
  lateWrite?: boolean;
}

/** S-6: the runtime's error for setContentType after the first write. */
export class InvalidStreamingOperation extends Error {
  override name = 'Runtime.InvalidStreamingOperation';
}

/** Node's own errors for these cases, with the codes code may test for. */
function nodeError(code: string, message: string, Kind: ErrorConstructor = Error): Error {
  const error = new Kind(message);
  (error as Error & { code: string }).code = code;
  return error;
}

/**
 * What the runtime's write() hands on: text and bytes as they are; S-7: anything else JSON.stringify'd.
 */
function toChunk(chunk: unknown): string | Uint8Array {
  if (typeof chunk === 'string' || isBytes(chunk)) return chunk;
  return String(JSON.stringify(chunk));
}

/**
 * The recording response stream. Like the runtime's, it is a facade over EventEmitter with a Writable's methods
 * and properties (S-5), not a Writable: pipeline(), finished() and Readable#pipe need only these. write()
 * stringifies non-byte chunks and fires the prelude hook on the first call only; end(chunk) records without the
 * hook (S-5 … S-10). Nothing is ever queued: the recording takes each write at once, so write() is true and
 * 'drain' never needed. Being no Writable also keeps a small stream cheap: a test may run thousands, and the
 * Writable's state and its bookkeeping per write were most of what a small streamed invocation cost.
 */
class ResponseStream extends EventEmitter implements RecordingResponseStream {
  readonly recording: StreamRecording = {
    contentType: DEFAULT_STREAM_CONTENT_TYPE,
    chunks: [],
    endedAt: undefined,
  };
  _onBeforeFirstWrite?: ((write: (chunk: Uint8Array | string) => void) => void) | undefined;
  destroyed = false;
  // Read-write on the runtime's facade too (RIC 3.x); true until end() or destroy().
  writable = true;
  writableEnded = false;
  writableFinished = false;
  writableCorked = 0;
  readonly #started = performance.now();
  #first = true;
  #writes = 0;
  #kind: ChunkKind = 'body';
  #onFinish: Callback[] | undefined;

  get writableNeedDrain(): boolean {
    return false;
  }
  get writableHighWaterMark(): number {
    return 16_384;
  }
  get writableLength(): number {
    return 0;
  }
  get writableObjectMode(): boolean {
    return false;
  }
  get writableBuffer(): unknown[] {
    return [];
  }

  #record(chunk: string | Uint8Array, encoding: unknown): void {
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : chunk;
    // A plain view of a Buffer: copying from a Buffer with TypedArray#set takes V8's slow path (10 MB: ~50 ms
    // against ~5 ms from a plain Uint8Array), and judging joins every chunk.
    const bytes =
      buffer.constructor === Uint8Array
        ? buffer
        : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const at = performance.now() - this.#started;
    this.recording.chunks.push({ kind: this.#kind, bytes, at, writeIndex: this.#writes });
  }

  setContentType(contentType: string): void {
    if (!this.#first) throw new InvalidStreamingOperation('Cannot set content-type, too late.');
    this.recording.contentType = contentType;
  }

  write(chunk: unknown, encodingOrCallback?: BufferEncoding | Callback, callback?: Callback): boolean {
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    if (this.writableEnded || this.destroyed) return this.#refuse(done);
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
    if (typeof done === 'function') process.nextTick(done, null);
    return true;
  }

  /**
   * A write after end() fails as Node's: the stream is errored at once, so its pending 'finish' never comes, and
   * the callback and an 'error' event follow on the next tick (the runtime's request fails with it; the driver
   * waits for it: lateWrite). After destroy() only the callback hears of it.
   */
  #refuse(done: Callback | undefined): boolean {
    const ended = !this.destroyed;
    const error = ended
      ? nodeError('ERR_STREAM_WRITE_AFTER_END', 'write after end')
      : nodeError('ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed');
    if (ended) this.recording.lateWrite = true;
    process.nextTick(() => {
      if (typeof done === 'function') done(error);
      if (ended) this.emit('error', error);
    });
    return false;
  }

  end(chunk?: unknown, encodingOrCallback?: BufferEncoding | Callback, callback?: Callback): this {
    let done = callback;
    let encoding = encodingOrCallback;
    if (typeof chunk === 'function') {
      done = chunk as Callback;
      chunk = undefined;
      encoding = undefined;
    } else if (typeof encodingOrCallback === 'function') {
      done = encodingOrCallback;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) {
      // S-10: end(chunk) neither stringifies nor fires the prelude hook; Node refuses anything but text or bytes.
      if (typeof chunk !== 'string' && !isBytes(chunk)) {
        throw nodeError(
          'ERR_INVALID_ARG_TYPE',
          'The "chunk" argument must be of type string or an instance of Buffer or Uint8Array',
          TypeError,
        );
      }
      if (this.writableEnded || this.destroyed) {
        this.#refuse(done);
        return this;
      }
      this.#kind = 'body';
      this.#first = false;
      this.#record(chunk, encoding);
      this.#writes++;
    }
    if (this.destroyed) {
      if (typeof done === 'function') {
        const error = nodeError('ERR_STREAM_DESTROYED', 'Cannot call end after a stream was destroyed');
        process.nextTick(done, error);
      }
      return this;
    }
    if (typeof done === 'function') {
      if (this.writableFinished) process.nextTick(done, null);
      else {
        this.#onFinish ??= [];
        this.#onFinish.push(done);
      }
    }
    if (this.writableEnded) return this;
    this.writableEnded = true;
    this.writable = false;
    const { recording } = this;
    recording.endedAt = performance.now() - this.#started;
    // As a Writable without _final does: 'prefinish' now, 'finish' on the next tick, so a listener added
    // right after end() still hears it.
    this.emit('prefinish');
    process.nextTick(ResponseStream.#finish, this);
    return this;
  }

  static #finish(stream: ResponseStream): void {
    if (stream.destroyed || stream.recording.lateWrite) return;
    stream.writableFinished = true;
    const waiting = stream.#onFinish;
    stream.#onFinish = undefined;
    if (waiting !== undefined) for (const done of waiting) done(null);
    stream.emit('finish');
  }

  cork(): void {
    this.writableCorked++;
  }

  uncork(): void {
    if (this.writableCorked > 0) this.writableCorked--;
  }

  destroy(error?: Error): this {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.writable = false;
    process.nextTick(() => {
      if (error !== undefined && error !== null) this.emit('error', error);
      this.emit('close');
    });
    return this;
  }
}

export function createResponseStream(): RecordingResponseStream {
  return new ResponseStream();
}
