// S-1, S-2, S-8: the `awslambda` global Lambda's Node.js runtime installs before it imports the handler module.
// Every setup entry loads this file, so it stays light: no node:stream, no recording stream (S-1 costs nothing).
// The contract's framing module, not the recording stream: the setup entries load this file, and must not
// load node:stream with it.
import { HTTP_INTEGRATION_CONTENT_TYPE } from '../../contract/streaming/framing.js';

/** The marker the runtime reads once, when it loads the handler (S-2). */
export const STREAMING_SYMBOL: unique symbol = Symbol.for('aws.lambda.runtime.handler.streaming') as never;
export const HIGH_WATER_MARK_SYMBOL: unique symbol = Symbol.for(
  'aws.lambda.runtime.handler.streaming.highWaterMark',
) as never;

export interface StreamifyOptions {
  highWaterMark?: number;
}

/** S-2: marks the handler and returns the same function; the driver decides how to call it. */
export function streamifyResponse<H extends (...args: never[]) => unknown>(
  handler: H,
  options?: StreamifyOptions,
): H {
  const marked = handler as unknown as Record<symbol, unknown>;
  marked[STREAMING_SYMBOL] = 'response';
  if (typeof options?.highWaterMark === 'number') {
    marked[HIGH_WATER_MARK_SYMBOL] = Number.parseInt(String(options.highWaterMark), 10);
  }
  return handler;
}

/** The prelude `HttpResponseStream.from` takes (function URL: statusCode, headers, cookies; REST also multiValueHeaders). */
export interface StreamPrelude {
  statusCode?: number;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  cookies?: string[];
  [key: string]: unknown;
}

/** What `from` needs of a response stream: the runtime's setContentType and its first-write hook. */
interface PreludeTarget {
  setContentType(type: string): void;
  _onBeforeFirstWrite?: ((write: (chunk: Uint8Array | string) => void) => void) | undefined;
}

const DELIMITER_LENGTH = 8;

/**
 * S-8: sets the vnd Content-Type, stringifies the prelude now, and writes it plus 8 NULs on the first write().
 * A class, as the runtime's own is (`typeof awslambda.HttpResponseStream === 'function'`); only `from` is used.
 */
// biome-ignore lint/complexity/noStaticOnlyClass: the runtime's HttpResponseStream is a class with one static method.
export class HttpResponseStream {
  static from<S extends { setContentType(type: string): void }>(stream: S, prelude: StreamPrelude): S {
    stream.setContentType(HTTP_INTEGRATION_CONTENT_TYPE);
    const json = JSON.stringify(prelude);
    (stream as unknown as PreludeTarget)._onBeforeFirstWrite = (write) => {
      write(json);
      write(new Uint8Array(DELIMITER_LENGTH));
    };
    return stream;
  }
}

export interface AwsLambdaGlobal {
  streamifyResponse: typeof streamifyResponse;
  HttpResponseStream: typeof HttpResponseStream;
}

/**
 * Which keys of a global `awslambda` object this library put there, so a second copy of it (the CommonJS and
 * the ESM build in one process, or a vitest worker reused across files) knows them as its own.
 */
const INSTALLED_KEYS = Symbol.for('lambda-proxy-matchers.awslambda.installed');

type GlobalObject = Record<string | symbol, unknown>;

const isObjectLike = (value: unknown): value is GlobalObject =>
  (typeof value === 'object' && value !== null) || typeof value === 'function';

/**
 * Installs `globalThis.awslambda = { streamifyResponse, HttpResponseStream }` as the runtime does, before the
 * handler module is imported. Nothing already there is overwritten: when `awslambda` exists (a stub, another
 * shim, the AWS SDK's `InvokeStore`), its keys stay and ours fill only the missing ones, as the TypeScript
 * runtime client's spread does. `replaced` says an earlier value was there that this library did not install;
 * `kept` names its keys left as they were (when that includes `streamifyResponse` or `HttpResponseStream`,
 * handlers run with someone else's). An earlier value that is not an object is replaced (`replaced`, no keys).
 * Calling it is opting in: unlike the setup entries it does not read `AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA`.
 * @example installAwsLambdaGlobals(); const { handler } = await import('./handler.js')
 */
export function installAwsLambdaGlobals(): { replaced: boolean; kept: string[] } {
  const target = globalThis as GlobalObject;
  const existing = target.awslambda;
  const ours: GlobalObject = { streamifyResponse, HttpResponseStream };
  if (!isObjectLike(existing)) {
    target.awslambda = withInstalledKeys(ours, Object.keys(ours));
    return { replaced: existing !== undefined, kept: [] };
  }
  const installedBefore = (existing[INSTALLED_KEYS] as string[] | undefined) ?? [];
  const kept = Object.keys(existing).filter((key) => !installedBefore.includes(key));
  const missing = Object.keys(ours).filter((key) => existing[key] === undefined);
  if (missing.length > 0) {
    // Added in place, so whoever holds the object (the SDK's invoke store does) keeps seeing one object; a
    // frozen one is copied instead, its own keys first.
    const into: GlobalObject = Object.isExtensible(existing) ? existing : { ...existing };
    for (const key of missing) into[key] = ours[key];
    target.awslambda = withInstalledKeys(into, [...installedBefore, ...missing]);
  }
  return { replaced: installedBefore.length === 0, kept };
}

function withInstalledKeys(object: GlobalObject, keys: string[]): GlobalObject {
  Object.defineProperty(object, INSTALLED_KEYS, { value: keys, configurable: true, enumerable: false });
  return object;
}

/** True for a handler streamifyResponse marked (S-2). */
export function isStreamingHandler(handler: unknown): boolean {
  return (
    typeof handler === 'function' &&
    (handler as unknown as Record<symbol, unknown>)[STREAMING_SYMBOL] !== undefined
  );
}
