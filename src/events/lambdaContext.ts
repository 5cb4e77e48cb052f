import type { Context } from 'aws-lambda';
import { acceptsCallbacks, isNodeRuntime, listRuntimes } from '../internal/nodeRuntimes.js';
import { settings } from '../internal/settings.js';
import { describe, EventInitError } from './init/eventInitError.js';
import { ACCOUNT_ID } from './layouts/authorizer.js';
import { REGION } from './layouts/clientDefaults.js';
import { defaultRequestIds, requestIds } from './layouts/requestIds.js';
import { DEFAULT_EPOCH } from './layouts/requestTime.js';
import type { LambdaContextInit } from './types.js';

/** Lambda's own default for a function's timeout. */
export const DEFAULT_TIMEOUT_MS = 3000;

// Lambda allows 1 s to 15 min; a test may well want less than a second.
const MAX_TIMEOUT_MS = 900_000;

const KNOWN = new Set([
  'callbackWaitsForEmptyEventLoop',
  'functionName',
  'functionVersion',
  'invokedFunctionArn',
  'memoryLimitInMB',
  'awsRequestId',
  'logGroupName',
  'logStreamName',
  'identity',
  'clientContext',
  'tenantId',
  'getRemainingTimeInMillis',
  'done',
  'fail',
  'succeed',
  'timeoutMs',
  'now',
  'region',
  'accountId',
  'seed',
  'runtime',
  'xRayTraceId',
]);

// What nodejs24.x took off the context, with callback handlers (the runtime interface client's InvokeContext).
const CALLBACK_ERA = ['callbackWaitsForEmptyEventLoop', 'done', 'fail', 'succeed'] as const;

function fail(message: string): never {
  throw new EventInitError(`lambdaContext: ${message}`);
}

function text(init: LambdaContextInit, key: keyof LambdaContextInit, fallback: string): string {
  const value = init[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || value === '')
    fail(`${key} must be a non-empty string; got ${describe(value)}`);
  return value;
}

function legacy(name: string): () => never {
  return () => {
    throw new Error(
      `context.${name}() settles an invocation only when invoke() runs the handler: ` +
        'call invoke(handler, event) rather than handler(event, lambdaContext())',
    );
  };
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A complete Lambda `Context` of the runtime modelled (`runtime`, default `configure()`'s, else nodejs24.x):
 * ids in AWS's formats (fixed unless `seed` is given) and `getRemainingTimeInMillis()` counting down from
 * `timeoutMs` on `now` (default `Date.now`, so fake timers move it). Under nodejs24.x the context has no
 * `callbackWaitsForEmptyEventLoop`, `succeed`, `fail` or `done`, as on Lambda; under nodejs22.x and
 * nodejs20.x it has them. Nothing runs until you call it: no timers, no environment reads.
 *
 * @example lambdaContext({ functionName: 'orders-api', timeoutMs: 10_000 }).getRemainingTimeInMillis() // 10000
 */
export function lambdaContext(init: LambdaContextInit = {}): Context {
  if (init === null || typeof init !== 'object' || Array.isArray(init)) {
    fail(`overrides must be an object such as { functionName: 'orders-api' }; got ${describe(init)}`);
  }
  for (const key in init) {
    if (!KNOWN.has(key))
      fail(
        `unknown field '${key}'; the fields are those of Context plus timeoutMs, now, region, accountId and seed`,
      );
  }
  const runtime = init.runtime ?? settings.runtime;
  if (!isNodeRuntime(runtime)) fail(`runtime must be ${listRuntimes()}; got ${describe(runtime)}`);
  const callbacks = acceptsCallbacks(runtime);
  if (!callbacks) {
    const gone = CALLBACK_ERA.find((key) => init[key] !== undefined);
    if (gone !== undefined)
      fail(
        `${gone} does not exist on a ${runtime} context (Lambda removed it with callback handlers); drop it, or pass runtime: 'nodejs22.x' to model an older runtime`,
      );
  }
  const xRayTraceId = init.xRayTraceId;
  if (callbacks && xRayTraceId !== undefined)
    fail(`xRayTraceId is on the context from nodejs24.x; ${runtime} reads the trace from _X_AMZN_TRACE_ID`);
  if (xRayTraceId !== undefined && (typeof xRayTraceId !== 'string' || xRayTraceId === ''))
    fail(`xRayTraceId must be a non-empty string such as 'Root=1-…'; got ${describe(xRayTraceId)}`);
  const timeoutMs = init.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0) || timeoutMs > MAX_TIMEOUT_MS) {
    fail(
      `timeoutMs must be a number of milliseconds above 0 and at most ${MAX_TIMEOUT_MS} (15 min); got ${describe(timeoutMs)}`,
    );
  }
  const now = init.now ?? (() => Date.now());
  if (typeof now !== 'function')
    fail(`now must be a function returning epoch milliseconds; got ${describe(now)}`);
  const seed = init.seed;
  if (seed !== undefined && typeof seed !== 'number' && typeof seed !== 'string') {
    fail(`seed must be a number or a string; got ${describe(seed)}`);
  }
  const ids = seed === undefined ? defaultRequestIds() : requestIds(seed);

  const functionName = text(init, 'functionName', 'test-function');
  const functionVersion = text(init, 'functionVersion', '$LATEST');
  const region = text(init, 'region', REGION);
  const accountId = text(init, 'accountId', ACCOUNT_ID);
  const memory = init.memoryLimitInMB ?? '128';
  if (typeof memory !== 'string' || !/^\d+$/.test(memory)) {
    fail(`memoryLimitInMB is a string of digits in a real context, such as '512'; got ${describe(memory)}`);
  }
  const day = new Date(DEFAULT_EPOCH);
  const streamDate = `${day.getUTCFullYear()}/${two(day.getUTCMonth() + 1)}/${two(day.getUTCDate())}`;

  const start = now();
  if (typeof start !== 'number' || !Number.isFinite(start))
    fail(`now() must return epoch milliseconds; got ${describe(start)}`);
  const deadline = start + timeoutMs;

  const shared = {
    functionName,
    functionVersion,
    invokedFunctionArn: text(
      init,
      'invokedFunctionArn',
      `arn:aws:lambda:${region}:${accountId}:function:${functionName}`,
    ),
    memoryLimitInMB: memory,
    awsRequestId: text(init, 'awsRequestId', ids.invocationId),
    logGroupName: text(init, 'logGroupName', `/aws/lambda/${functionName}`),
    logStreamName: text(init, 'logStreamName', `${streamDate}/[${functionVersion}]${ids.logStreamTail}`),
    // The Node runtime always sets these keys; they hold undefined outside mobile-SDK and tenant invocations.
    identity: init.identity,
    clientContext: init.clientContext,
    tenantId: init.tenantId,
    getRemainingTimeInMillis: init.getRemainingTimeInMillis ?? (() => Math.max(0, deadline - now())),
  };
  if (!callbacks) {
    // Typed as Context so that handlers typed with aws-lambda's Handler accept it; calling context.succeed()
    // here fails as it does on Lambda: "context.succeed is not a function".
    return { ...shared, xRayTraceId } as unknown as Context;
  }
  const context: Context = {
    callbackWaitsForEmptyEventLoop: init.callbackWaitsForEmptyEventLoop ?? true,
    ...shared,
    done: init.done ?? legacy('done'),
    fail: init.fail ?? legacy('fail'),
    succeed: init.succeed ?? legacy('succeed'),
  };
  return context;
}
