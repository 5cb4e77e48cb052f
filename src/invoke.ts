import type { Callback, Context } from 'aws-lambda';
import { inspectProxyError } from './contract/inspectProxyError.js';
import { inspectProxyResult } from './contract/inspectProxyResult.js';
import type { InspectOptions, Integration, ProxyOutcome } from './contract/types.js';
import { lambdaContext } from './events/lambdaContext.js';
import type { LambdaContextInit } from './events/types.js';

/**
 * Any Lambda handler style: async (returns a promise), callback (`callback(error, result)`) or legacy
 * (`context.succeed`/`fail`/`done`). A value returned without a promise is ignored, as Lambda ignores it.
 */
export type LambdaHandler<E = unknown, R = unknown> = (
  event: E,
  context: Context,
  callback: Callback<R>,
) => HandlerReturn<R>;

// biome-ignore lint/suspicious/noConfusingVoidType: aws-lambda's Handler returns void | Promise, and typed handlers must fit
type HandlerReturn<R> = void | PromiseLike<R>;

export interface InvokeOptions {
  /** A `Context` to pass as is, or `lambdaContext()` fields to build one. */
  context?: Context | LambdaContextInit | undefined;
  /**
   * The function's timeout: past it the invocation fails as Lambda's "Task timed out" would. Default: the
   * context's remaining time (3000 ms, Lambda's default, for a context built here).
   */
  timeoutMs?: number | undefined;
}

/** `invokeHttp` options: how to run the handler plus how to judge its result (`integration`, …). */
export interface InvokeHttpOptions extends InvokeOptions, InspectOptions {}

/** The invocation's end as Lambda reports it when the function runs past its timeout. */
export class InvokeTimeoutError extends Error {
  override name = 'Sandbox.Timedout';
  constructor(
    readonly timeoutMs: number,
    ignoredReturn: boolean,
  ) {
    super(
      `Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds: the handler never resolved a promise, ` +
        `called its callback or context.succeed/fail/done${
          ignoredReturn
            ? '. It returned a value without a promise, which Lambda ignores: make the handler async or call callback(null, result)'
            : ''
        }`,
    );
  }
}

const { isArray } = Array;
const MAX_TIMEOUT_MS = 900_000;

interface Prepared {
  run: (event: unknown) => Promise<unknown>;
  /** `undefined` for a promise without an explicit timeoutMs: it never times out here. */
  timeoutMs: number | undefined;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function'
  );
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

/** Lambda's "no error" is `null` or `undefined`; anything else passed as the error fails the invocation. */
function isError(error: unknown): boolean {
  return error !== null && error !== undefined;
}

// Checks the caller's arguments up front, so that a usage mistake is never mistaken for a handler error.
function prepare(caller: string, handler: unknown, options: unknown): Prepared {
  if (options !== undefined && (options === null || typeof options !== 'object' || isArray(options))) {
    throw new TypeError(
      `${caller}: options must be an object such as { timeoutMs: 5000 }; got ${kind(options)}`,
    );
  }
  const { context: given, timeoutMs: wanted } = (options ?? {}) as InvokeOptions;
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

  if (isThenable(handler)) {
    // Whoever made the promise (invokePython, say) runs its own clock; only an explicit timeoutMs adds ours.
    return { timeoutMs: wanted, run: () => settleWithin(wanted, (settle) => track(handler, settle)) };
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
    });
  const timeoutMs = wanted ?? Math.max(1, base.getRemainingTimeInMillis());
  const fn = handler as LambdaHandler;

  return {
    timeoutMs,
    run: (event) =>
      settleWithin(timeoutMs, (settle) => {
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
          return false;
        }
        return returned !== undefined;
      }),
  };
}

type Settle = (failed: boolean, value: unknown) => void;

function track(promise: PromiseLike<unknown>, settle: Settle): false {
  promise.then(
    (value) => settle(false, value),
    (error) =>
      settle(
        true,
        isError(error) ? error : new Error(`the handler's promise rejected with ${String(error)}`),
      ),
  );
  return false;
}

/**
 * Starts the invocation and settles with the first answer (later ones are ignored, as Lambda ignores them),
 * or fails with InvokeTimeoutError once `timeoutMs` (if any) passes. `start` reports whether the handler returned a
 * value without a promise, for the timeout message.
 */
function settleWithin(timeoutMs: number | undefined, start: (settle: Settle) => boolean): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle: Settle = (failed, value) => {
      if (done) return;
      done = true;
      if (timer !== undefined) clearTimeout(timer);
      if (failed) reject(value);
      else resolve(value);
    };
    let ignoredReturn = false;
    try {
      ignoredReturn = start(settle);
    } catch (error) {
      settle(true, error);
    }
    if (!done && timeoutMs !== undefined) {
      timer = setTimeout(() => settle(true, new InvokeTimeoutError(timeoutMs, ignoredReturn)), timeoutMs);
    }
  });
}

/**
 * Runs a Lambda handler of any style (async, callback, `context.succeed`) and resolves with its result, or
 * rejects with what it threw or passed as an error, or with InvokeTimeoutError after `timeoutMs`. A promise
 * may stand in for the handler (e.g. `invokePython(…)`); it times out only when `timeoutMs` is given.
 *
 * @example const result = await invoke(handler, restApi.get('/items'))
 */
export function invoke<R = unknown, E = unknown>(
  handler: LambdaHandler<E, R> | PromiseLike<R>,
  event: E,
  options?: InvokeOptions,
): Promise<R> {
  let prepared: Prepared;
  try {
    prepared = prepare('invoke', handler, options);
  } catch (error) {
    return Promise.reject(error);
  }
  return prepared.run(event) as Promise<R>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !isArray(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Which front end sent an event, from the marks each leaves; `undefined` when none fits. */
export function integrationOf(event: unknown): Integration | undefined {
  if (!isObject(event)) return undefined;
  const context = isObject(event.requestContext) ? event.requestContext : undefined;
  if (event.version === '2.0') {
    if (context === undefined) return 'http-2.0';
    const domain = context.domainName;
    if (typeof domain === 'string' && domain.includes('.lambda-url.')) return 'function-url';
    // HTTP API request ids are short base64 ids; a function URL's are UUIDs.
    if (
      typeof context.requestId === 'string' &&
      UUID.test(context.requestId) &&
      event.routeKey === '$default'
    ) {
      return 'function-url';
    }
    return 'http-2.0';
  }
  if (event.version === '1.0') return 'http-1.0';
  if (context !== undefined && isObject(context.elb)) {
    return event.multiValueHeaders !== undefined && event.headers === undefined ? 'alb-multi-value' : 'alb';
  }
  if (typeof event.httpMethod === 'string' && typeof event.resource === 'string') return 'rest';
  return undefined;
}

function acceptOf(event: unknown): string | undefined {
  if (!isObject(event)) return undefined;
  const { headers, multiValueHeaders } = event;
  if (isObject(headers)) {
    for (const name in headers) {
      const value = headers[name];
      if (name.toLowerCase() === 'accept' && typeof value === 'string') return value;
    }
  }
  if (isObject(multiValueHeaders)) {
    for (const name in multiValueHeaders) {
      const value = multiValueHeaders[name];
      if (name.toLowerCase() === 'accept' && isArray(value)) return value.join(', ');
    }
  }
  return undefined;
}

/**
 * Runs the handler and answers "what does the client get?": the ProxyOutcome of the front end the event
 * came from (REST, HTTP API 1.0/2.0, function URL, ALB), with thrown errors and timeouts turned into that
 * front end's error response. `options.integration` overrides the inference; other InspectOptions pass on.
 *
 * @example const { response } = await invokeHttp(handler, restApi.get('/items')); response.status // 200
 */
export async function invokeHttp<E = unknown>(
  handler: LambdaHandler<E> | PromiseLike<unknown>,
  event: E,
  options?: InvokeHttpOptions,
): Promise<ProxyOutcome> {
  const prepared = prepare('invokeHttp', handler, options);
  const given = (options ?? {}) as InvokeHttpOptions;
  const inspect: InspectOptions = {};
  const integration = given.integration ?? integrationOf(event);
  if (integration !== undefined) inspect.integration = integration;
  if (given.binaryMediaTypes !== undefined) inspect.binaryMediaTypes = given.binaryMediaTypes;
  const accept = given.accept ?? (integration === 'rest' ? acceptOf(event) : undefined);
  if (accept !== undefined) inspect.accept = accept;
  if (given.strict !== undefined) inspect.strict = given.strict;
  if (given.integrationTimeoutMs !== undefined) inspect.integrationTimeoutMs = given.integrationTimeoutMs;

  const started = Date.now();
  let result: unknown;
  try {
    result = await prepared.run(event);
  } catch (error) {
    inspect.durationMs =
      given.durationMs ?? (error instanceof InvokeTimeoutError ? error.timeoutMs : Date.now() - started);
    return inspectProxyError(error, inspect);
  }
  inspect.durationMs = given.durationMs ?? Math.max(0, Date.now() - started);
  return inspectProxyResult(result, inspect);
}
