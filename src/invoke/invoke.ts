import type { Callback, Context, StreamifyHandler } from 'aws-lambda';
import type { StreamedResponse } from '../contract/streaming/inspectStreamedResponse.js';
import { lambdaContext } from '../events/lambdaContext.js';
import type { LambdaContextInit } from '../events/types.js';
import { isThenable } from '../internal/isThenable.js';
import { acceptsCallbacks, isNodeRuntime, listRuntimes, type NodeRuntime } from '../internal/nodeRuntimes.js';
import { settings } from '../internal/settings.js';
import { didYouMean, unknownOption } from '../internal/unknownOption.js';
import { CallbackHandlerDeprecatedError } from './CallbackHandlerDeprecatedError.js';
import { answerNullWhenIdle, isError, settleWithin, track } from './settleWithin.js';
import { runStreamingHandler } from './stream/runStreamingHandler.js';
import { streamingMarkerOf } from './stream/streamingMarkerOf.js';

/**
 * A Lambda handler: async (returns a promise) on every runtime; on nodejs22.x and earlier also callback
 * (`callback(error, result)`) or legacy (`context.succeed`/`fail`/`done`), where a value returned without a
 * promise is ignored. nodejs24.x refuses a handler that declares a third parameter, and takes a plain
 * returned value as the result.
 */
export type LambdaHandler<E = unknown, R = unknown> = (
  event: E,
  context: Context,
  callback: Callback<R>,
) => HandlerReturn<R>;

// biome-ignore lint/suspicious/noConfusingVoidType: aws-lambda's Handler returns void | Promise, and typed handlers must fit
type HandlerReturn<R> = void | R | PromiseLike<R>; // nodejs24.x takes a plain returned R as the result

export interface InvokeOptions {
  /** A `Context` to pass as is, or `lambdaContext()` fields to build one. */
  context?: Context | LambdaContextInit | undefined;
  /**
   * The function's timeout: past it the invocation fails as Lambda's "Task timed out" would. Default: the
   * context's remaining time (3000 ms, Lambda's default, for a context built here).
   */
  timeoutMs?: number | undefined;
  /**
   * The Lambda Node.js runtime to run the handler as. Default: `configure()`'s, else `'nodejs24.x'`, which
   * fails a callback handler at init (`Runtime.CallbackHandlerDeprecated`); nodejs22.x and nodejs20.x run it.
   */
  runtime?: NodeRuntime | undefined;
}

/** Every key `InvokeOptions` has. */
export const INVOKE_OPTION_KEYS = [
  'context',
  'timeoutMs',
  'runtime',
] as const satisfies readonly (keyof InvokeOptions)[];

const { isArray } = Array;
const MAX_TIMEOUT_MS = 900_000;

/** What happened besides the answer itself, for invokeHttp's explanations. */
export interface Trace {
  /** The handler returned something other than a promise or undefined, which Lambda ignores. */
  ignoredReturn: boolean;
  /** Nothing answered, so the result is the runtime's default `null`. */
  defaulted: boolean;
  /** The rejection is the InvokeTimeoutError of this invocation's own clock. */
  timedOut: boolean;
}

export function newTrace(): Trace {
  return { ignoredReturn: false, defaulted: false, timedOut: false };
}

export interface Prepared {
  run: (event: unknown, trace?: Trace) => Promise<unknown>;
  /** Set for a streamifyResponse handler: runs it and resolves with what it wrote (never rejects). */
  streaming?: (event: unknown) => Promise<StreamedResponse>;
  /** The runtime modelled, for the explanations that depend on it. */
  runtime: NodeRuntime;
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

// A whole Context, as opposed to lambdaContext() fields that may override a method or two.
function isContext(value: object): value is Context {
  const c = value as Partial<Record<keyof Context, unknown>>;
  return (
    typeof c.getRemainingTimeInMillis === 'function' &&
    typeof c.awsRequestId === 'string' &&
    typeof c.functionName === 'string' &&
    typeof c.invokedFunctionArn === 'string'
  );
}

// Checks the caller's arguments up front, so that a usage mistake is never mistaken for a handler error.
export function prepare(
  caller: string,
  handler: unknown,
  options: unknown,
  known: readonly string[],
): Prepared {
  if (options !== undefined && (options === null || typeof options !== 'object' || isArray(options))) {
    throw new TypeError(
      `${caller}: options must be an object such as { timeoutMs: 5000 }; got ${kind(options)}`,
    );
  }
  const unknown = options === undefined ? undefined : unknownOption(options, known);
  if (unknown !== undefined) {
    throw new TypeError(
      `${caller}: ${unknown.key} is not an option; the options are ${known.join(', ')}${didYouMean(unknown.closest)}`,
    );
  }
  const { context: given, timeoutMs: wanted, runtime: named } = (options ?? {}) as InvokeOptions;
  if (named !== undefined && !isNodeRuntime(named)) {
    throw new TypeError(`${caller}: runtime must be ${listRuntimes()}; got ${kind(named)}`);
  }
  if (
    wanted !== undefined &&
    (typeof wanted !== 'number' || !(wanted > 0) || wanted > MAX_TIMEOUT_MS || Number.isNaN(wanted))
  ) {
    throw new RangeError(
      `${caller}: timeoutMs must be a number of milliseconds above 0 and at most ${MAX_TIMEOUT_MS} (Lambda's 15 min)`,
    );
  }
  if (given !== undefined && (given === null || typeof given !== 'object' || isArray(given))) {
    throw new TypeError(
      `${caller}: options.context must be a Context or lambdaContext() fields such as { functionName: 'orders' }; got ${kind(given)}`,
    );
  }

  const fromContext = (given as LambdaContextInit | undefined)?.runtime;
  const runtime = named ?? (isNodeRuntime(fromContext) ? fromContext : settings.runtime);

  if (isThenable(handler)) {
    // Whoever made the promise (invokePython, say) runs its own clock; only an explicit timeoutMs adds ours.
    return {
      runtime,
      run: (_event, trace = newTrace()) =>
        settleWithin(wanted, trace, ({ settle }) => {
          track(handler, settle);
          return true;
        }),
    };
  }
  if (typeof handler !== 'function') {
    throw new TypeError(
      `${caller}: handler must be a function (event, context, callback) or a promise of its result; got ${kind(handler)}`,
    );
  }

  let base: Context;
  if (given !== undefined && isContext(given)) base = given;
  else
    base = lambdaContext({
      ...(given as LambdaContextInit | undefined),
      timeoutMs: wanted ?? (given as LambdaContextInit | undefined)?.timeoutMs,
      runtime,
    });
  const timeoutMs = wanted ?? Math.max(1, base.getRemainingTimeInMillis());
  const fn = handler as LambdaHandler;

  // S-2: the runtime reads the marker when it loads the handler; a marker other than 'response' fails the
  // load, so every invocation fails with it.
  let marker: 'response' | undefined;
  try {
    marker = streamingMarkerOf(fn);
  } catch (error) {
    return { runtime, run: () => Promise.reject(error) };
  }
  if (marker === 'response') {
    // S-4: a streaming handler gets (event, responseStream, context) on every runtime, callbacks or not.
    const streaming = (event: unknown) =>
      runStreamingHandler(fn as never, event, base, timeoutMs) as Promise<StreamedResponse>;
    return { runtime, run: streaming, streaming };
  }

  if (!acceptsCallbacks(runtime)) return { runtime, run: runWithoutCallbacks(fn, base, timeoutMs) };
  return {
    runtime,
    run: (event, trace = newTrace()) =>
      settleWithin(timeoutMs, trace, (answer) => {
        const { settle } = answer;
        const callback: Callback = (error, result) => settle(isError(error), isError(error) ? error : result);
        const context: Context = {
          ...base,
          done: (error?: Error, result?: unknown) => callback(error, result),
          fail: (error: Error | string) =>
            settle(true, isError(error) ? error : new Error('context.fail() was called without an error')),
          succeed: (result: unknown) => settle(false, result),
        };
        const returned = fn(event, context, callback);
        if (isThenable(returned)) {
          track(returned, settle);
          return true;
        }
        trace.ignoredReturn = returned !== undefined;
        // Lambda's Node.js runtime answers null once the event loop empties with no answer (the default
        // 'beforeExit' listener of aws-lambda-nodejs-runtime-interface-client). Here the loop is shared with
        // the test runner and never empties, so this is an approximation. A handler that declares the
        // callback parameter may call it from a long timer or I/O, which keeps Lambda's loop busy: it is
        // waited for up to timeoutMs. One that declares fewer parameters can still answer through
        // context.succeed/done/fail, but only from work it queued for the next few turns of the loop
        // (zero-delay timers, immediates, promises): a later answer loses to null, where Lambda would wait.
        if (fn.length >= 3) return true;
        answerNullWhenIdle(answer, trace);
        // The null comes within milliseconds; a clock could only race it with a misleading timeout.
        return false;
      }),
  };
}

/**
 * nodejs24.x: a handler declaring a third parameter fails at init, whatever it is (the check reads only its
 * length); any other is awaited with (event, context), so a plain returned value is the result and the
 * invocation ends when it settles, without waiting for the event loop to empty.
 */
function runWithoutCallbacks(
  fn: LambdaHandler,
  context: Context,
  timeoutMs: number,
): (event: unknown, trace?: Trace) => Promise<unknown> {
  // A streaming handler never gets here (prepare runs it), so its third parameter is not a callback.
  if (fn.length >= 3) {
    return () => Promise.reject(new CallbackHandlerDeprecatedError());
  }
  const twoArguments = fn as unknown as (event: unknown, context: Context) => unknown;
  return (event, trace = newTrace()) =>
    settleWithin(
      timeoutMs,
      trace,
      ({ settle }) => {
        const returned = twoArguments(event, context);
        if (isThenable(returned)) track(returned, settle);
        else settle(false, returned);
        return true;
      },
      false,
    );
}

/**
 * Runs a Lambda handler as the runtime modelled does (`runtime`, default nodejs24.x) and resolves with its
 * result, or rejects with what it threw, with InvokeTimeoutError after `timeoutMs`, or, under nodejs24.x,
 * with the init error a callback handler gets (`Runtime.CallbackHandlerDeprecated`). Under nodejs22.x and
 * nodejs20.x callback and `context.succeed` handlers run too, and one that returns without a promise and
 * never answers gets `null`, as Lambda sends (see answerNullWhenIdle). A promise may stand in for the
 * handler (e.g. `invokePython(…)`); it times out only when `timeoutMs` is given. A `streamifyResponse` handler
 * resolves with what it wrote (`{ contentType, chunks, ended, error?, timedOut? }`); `invokeHttp` judges it.
 *
 * @example const result = await invoke(handler, restApi.get('/items'))
 */
export function invoke<R = unknown, E = unknown>(
  handler: LambdaHandler<E, R> | PromiseLike<R>,
  event: E,
  options?: InvokeOptions,
): Promise<R>;
/** A `streamifyResponse` handler resolves with what it wrote. */
export function invoke<E = unknown>(
  handler: StreamifyHandler<E>,
  event: E,
  options?: InvokeOptions,
): Promise<StreamedResponse>;
export function invoke<R = unknown, E = unknown>(
  handler: LambdaHandler<E, R> | StreamifyHandler<E> | PromiseLike<R>,
  event: E,
  options?: InvokeOptions,
): Promise<R | StreamedResponse> {
  let prepared: Prepared;
  try {
    prepared = prepare('invoke', handler, options, INVOKE_OPTION_KEYS);
  } catch (error) {
    return Promise.reject(error);
  }
  return prepared.run(event) as Promise<R>;
}
