import type { Callback, Context } from 'aws-lambda';
import { inspectProxyError } from '../contract/inspectProxyError.js';
import { inspectProxyResult } from '../contract/inspectProxyResult.js';
import { brandOutcome } from '../contract/outcome/isProxyOutcome.js';
import { INSPECT_OPTION_KEYS } from '../contract/resolveOptions.js';
import type { InspectOptions, Integration, ProxyOutcome, ProxyProblem } from '../contract/types.js';
import { lambdaContext } from '../events/lambdaContext.js';
import type { LambdaContextInit } from '../events/types.js';
import { isObject } from '../internal/isObject.js';
import { didYouMean, unknownOption } from '../internal/unknownOption.js';

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

/** Every key `InvokeOptions` has. */
export const INVOKE_OPTION_KEYS = [
  'context',
  'timeoutMs',
] as const satisfies readonly (keyof InvokeOptions)[];
/** Every key `InvokeHttpOptions` has: how to run the handler, then how to judge its result. */
export const INVOKE_HTTP_OPTION_KEYS = [
  ...INVOKE_OPTION_KEYS,
  ...INSPECT_OPTION_KEYS,
] as const satisfies readonly (keyof InvokeHttpOptions)[];

// Kept under 200 characters with the longest timeout (900.00 s): the contract quotes an error's message up
// to that length, and a cut-off fix is no fix.
function timeoutWords(ignoredReturn: boolean): { reason: string; fix: string } {
  return ignoredReturn
    ? {
        reason:
          'the handler returned a value without a promise (Lambda ignores it) and never called its callback',
        fix: 'make it async, or call callback(null, result)',
      }
    : {
        reason: 'the handler never resolved a promise, called its callback or context.succeed/fail/done',
        fix: 'make every path answer, or raise timeoutMs if it is just slow',
      };
}

function timedOutAfter(timeoutMs: number): string {
  return `Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`;
}

/** The invocation's end as Lambda reports it when the function runs past its timeout. */
export class InvokeTimeoutError extends Error {
  override name = 'Sandbox.Timedout';
  constructor(
    readonly timeoutMs: number,
    ignoredReturn: boolean,
  ) {
    const { reason, fix } = timeoutWords(ignoredReturn);
    super(`${timedOutAfter(timeoutMs)}: ${reason}; ${fix}`);
  }
}

const { isArray } = Array;
const MAX_TIMEOUT_MS = 900_000;
/** Rounds of "a zero-delay timer, then an immediate" before a handler that cannot answer later gets null. */
const IDLE_ROUNDS = 3;

/** What happened besides the answer itself, for invokeHttp's explanations. */
interface Trace {
  /** The handler returned something other than a promise or undefined, which Lambda ignores. */
  ignoredReturn: boolean;
  /** Nothing answered, so the result is the runtime's default `null`. */
  defaulted: boolean;
  /** The rejection is the InvokeTimeoutError of this invocation's own clock. */
  timedOut: boolean;
}

function newTrace(): Trace {
  return { ignoredReturn: false, defaulted: false, timedOut: false };
}

interface Prepared {
  run: (event: unknown, trace?: Trace) => Promise<unknown>;
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
function prepare(caller: string, handler: unknown, options: unknown, known: readonly string[]): Prepared {
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
    return {
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
    });
  const timeoutMs = wanted ?? Math.max(1, base.getRemainingTimeInMillis());
  const fn = handler as LambdaHandler;

  return {
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

type Settle = (failed: boolean, value: unknown) => void;

interface Answer {
  settle: Settle;
  settled: () => boolean;
}

function track(promise: PromiseLike<unknown>, settle: Settle): void {
  promise.then(
    (value) => settle(false, value),
    (error) =>
      settle(
        true,
        isError(error) ? error : new Error(`the handler's promise rejected with ${String(error)}`),
      ),
  );
}

/**
 * Settles with `null` after IDLE_ROUNDS rounds of a zero-delay timer then an immediate, unless something
 * answered first. A timer the handler set for 0 ms fires before ours (timers of equal delay run in order), and
 * each immediate lets what that timer queued run. The timers are looked up at call time, not copied at module
 * scope, so that under fake timers the null comes when the test advances time, as the timeout does.
 */
function answerNullWhenIdle(answer: Answer, trace: Trace, rounds = IDLE_ROUNDS): void {
  setTimeout(() => {
    setImmediate(() => {
      if (answer.settled()) return;
      if (rounds > 1) {
        answerNullWhenIdle(answer, trace, rounds - 1);
        return;
      }
      trace.defaulted = true;
      answer.settle(false, null);
    });
  }, 0);
}

/**
 * Starts the invocation and settles with the first answer (later ones are ignored, as Lambda ignores them),
 * or fails with InvokeTimeoutError once `timeoutMs` (if any) passes. `start` returns false when the answer
 * is sure to come soon without a clock.
 */
function settleWithin(
  timeoutMs: number | undefined,
  trace: Trace,
  start: (answer: Answer) => boolean,
): Promise<unknown> {
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
    let clock = true;
    try {
      clock = start({ settle, settled: () => done });
    } catch (error) {
      settle(true, error);
    }
    if (!done && clock && timeoutMs !== undefined) {
      timer = setTimeout(() => {
        if (done) return;
        trace.timedOut = true;
        settle(true, new InvokeTimeoutError(timeoutMs, trace.ignoredReturn));
      }, timeoutMs);
    }
  });
}

/**
 * Runs a Lambda handler of any style (async, callback, `context.succeed`) and resolves with its result, or
 * rejects with what it threw or passed as an error, or with InvokeTimeoutError after `timeoutMs`. A handler
 * that returns without a promise and never answers gets `null`, as Lambda sends (see answerNullWhenIdle). A
 * promise may stand in for the handler (e.g. `invokePython(…)`); it times out only when `timeoutMs` is given.
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
    prepared = prepare('invoke', handler, options, INVOKE_OPTION_KEYS);
  } catch (error) {
    return Promise.reject(error);
  }
  return prepared.run(event) as Promise<R>;
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

// R-64a: the first Accept value decides. A REST event's `headers` keeps the last line of a repeated header,
// so `multiValueHeaders` (every line, in order) is read first.
function acceptOf(event: unknown): string | undefined {
  if (!isObject(event)) return undefined;
  const { headers, multiValueHeaders } = event;
  if (isObject(multiValueHeaders)) {
    for (const name in multiValueHeaders) {
      const value = multiValueHeaders[name];
      if (name.toLowerCase() === 'accept' && isArray(value) && typeof value[0] === 'string') return value[0];
    }
  }
  if (isObject(headers)) {
    for (const name in headers) {
      const value = headers[name];
      if (name.toLowerCase() === 'accept' && typeof value === 'string') return value;
    }
  }
  return undefined;
}

/** The request method: `httpMethod` (REST, HTTP API 1.0, ALB), else `requestContext.http.method` (2.0, URL). */
function methodOf(event: unknown): string | undefined {
  if (!isObject(event)) return undefined;
  if (typeof event.httpMethod === 'string') return event.httpMethod;
  const { requestContext } = event;
  if (!isObject(requestContext) || !isObject(requestContext.http)) return undefined;
  const { method } = requestContext.http;
  return typeof method === 'string' ? method : undefined;
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
  const prepared = prepare('invokeHttp', handler, options, INVOKE_HTTP_OPTION_KEYS);
  const given = (options ?? {}) as InvokeHttpOptions;
  const inspect: InspectOptions = {};
  const integration = given.integration ?? integrationOf(event);
  if (integration !== undefined) inspect.integration = integration;
  if (given.binaryMediaTypes !== undefined) inspect.binaryMediaTypes = given.binaryMediaTypes;
  const accept = given.accept ?? (integration === 'rest' ? acceptOf(event) : undefined);
  if (accept !== undefined) inspect.accept = accept;
  const method = given.method ?? methodOf(event);
  if (method !== undefined) inspect.method = method;
  if (given.strict !== undefined) inspect.strict = given.strict;
  if (given.integrationTimeoutMs !== undefined) inspect.integrationTimeoutMs = given.integrationTimeoutMs;

  const trace = newTrace();
  const started = Date.now();
  let result: unknown;
  try {
    result = await prepared.run(event, trace);
  } catch (error) {
    const ours = trace.timedOut && error instanceof InvokeTimeoutError ? error : undefined;
    inspect.durationMs = given.durationMs ?? ours?.timeoutMs ?? Date.now() - started;
    const outcome = inspectProxyError(error, inspect);
    return ours === undefined ? outcome : explainTimeout(outcome, ours, trace.ignoredReturn);
  }
  inspect.durationMs = given.durationMs ?? Math.max(0, Date.now() - started);
  const outcome = inspectProxyResult(result, inspect);
  return trace.defaulted ? explainNull(outcome, trace.ignoredReturn) : outcome;
}

function withProblems(outcome: ProxyOutcome, problems: ProxyProblem[]): ProxyOutcome {
  // A spread drops the non-enumerable brand that isProxyOutcome() and the matchers look for.
  return brandOutcome({ ...outcome, problems });
}

// The contract says "the handler threw Sandbox.Timedout …" and advises catching it: neither fits a timeout.
function explainTimeout(
  outcome: ProxyOutcome,
  error: InvokeTimeoutError,
  ignoredReturn: boolean,
): ProxyOutcome {
  const { reason, fix } = timeoutWords(ignoredReturn);
  const problems = outcome.problems.map(
    (problem): ProxyProblem =>
      problem.rule === 'W4'
        ? {
            severity: problem.severity,
            path: problem.path,
            message: `${timedOutAfter(error.timeoutMs)}: ${reason}, so Lambda reported a function error (Sandbox.Timedout)`,
            hint: fix,
            rule: 'W4',
          }
        : problem,
  );
  return withProblems(outcome, problems);
}

// The contract sees only the null payload, and would advise returning the response the handler did return.
function explainNull(outcome: ProxyOutcome, ignoredReturn: boolean): ProxyOutcome {
  const problem: ProxyProblem = ignoredReturn
    ? {
        severity: 'error',
        path: '',
        message:
          "the handler returned its result without a promise: Lambda's Node.js runtime ignores the return value of a handler that is not async, and sent null",
        hint: 'make the handler async, or return a Promise of the response',
      }
    : {
        severity: 'error',
        path: '',
        message:
          "the handler returned without a promise and never called context.succeed/done, so Lambda's Node.js runtime sent null once the event loop emptied",
        hint: 'make the handler async and return the response',
      };
  if (outcome.accepted) {
    // No front end accepts null today; should one, an error here would contradict `accepted`.
    const note = { path: '', message: `${problem.message}; ${problem.hint}` };
    return brandOutcome({ ...outcome, notes: [note, ...outcome.notes] });
  }
  // First, because it is the cause: matchers quote the first error as the reason.
  return withProblems(outcome, [problem, ...outcome.problems]);
}
