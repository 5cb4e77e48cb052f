// S-1, S-2, S-8: the `awslambda` global Lambda's Node.js runtime installs before it imports the handler module.
import type { RecordingResponseStream } from './responseStream.js';
import { HTTP_INTEGRATION_CONTENT_TYPE } from './responseStream.js';

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

const DELIMITER_LENGTH = 8;

/** S-8: sets the vnd Content-Type, stringifies the prelude now, and writes it plus 8 NULs on the first write(). */
export const HttpResponseStream = {
  from<S extends { setContentType(type: string): void }>(stream: S, prelude: StreamPrelude): S {
    stream.setContentType(HTTP_INTEGRATION_CONTENT_TYPE);
    const json = JSON.stringify(prelude);
    (stream as unknown as RecordingResponseStream)._onBeforeFirstWrite = (write) => {
      write(json);
      write(new Uint8Array(DELIMITER_LENGTH));
    };
    return stream;
  },
};

export interface AwsLambdaGlobal {
  streamifyResponse: typeof streamifyResponse;
  HttpResponseStream: typeof HttpResponseStream;
}

/**
 * Installs `globalThis.awslambda` as the runtime does, before the handler module is imported. An existing
 * global that is not ours is kept (its own keys win over none, ours fill the gaps, as the TypeScript RIC's
 * spread does) and reported in the return value so a setup can say so.
 * @example installAwsLambdaGlobals(); const { handler } = await import('./handler.js')
 */
export function installAwsLambdaGlobals(): { replaced: boolean; kept: string[] } {
  const target = globalThis as { awslambda?: Record<string, unknown> };
  const existing = target.awslambda;
  const kept: string[] = [];
  if (existing !== undefined && existing !== null && typeof existing === 'object') {
    for (const key of Object.keys(existing)) {
      if (existing[key] !== (OURS as unknown as Record<string, unknown>)[key]) kept.push(key);
    }
  }
  target.awslambda = { ...OURS, ...(existing ?? {}) };
  return { replaced: existing !== undefined, kept };
}

const OURS: AwsLambdaGlobal = { streamifyResponse, HttpResponseStream };

/** True for a handler streamifyResponse marked (S-2). */
export function isStreamingHandler(handler: unknown): boolean {
  return (
    typeof handler === 'function' &&
    (handler as unknown as Record<symbol, unknown>)[STREAMING_SYMBOL] !== undefined
  );
}
