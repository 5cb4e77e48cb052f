import type { Context } from 'aws-lambda';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configure } from '../../../src/contract/configure.js';
import { albEvent } from '../../../src/events/albEvent.js';
import { functionUrlEvent } from '../../../src/events/functionUrlEvent.js';
import { httpApi } from '../../../src/events/httpApi.js';
import { httpApiV1Event } from '../../../src/events/httpApiV1Event.js';
import { restApi } from '../../../src/events/restApi.js';
import { CallbackHandlerDeprecatedError } from '../../../src/invoke/CallbackHandlerDeprecatedError.js';
import { invoke } from '../../../src/invoke/invoke.js';
import { invokeHttp } from '../../../src/invoke/invokeHttp.js';
import { streamifyResponse } from '../../../src/invoke/stream/awsLambdaGlobals.js';
import { toBeValidProxyResponse } from '../../../src/matchers/toBeValidProxyResponse.js';
import { toHaveStatusCode } from '../../../src/matchers/toHaveStatusCode.js';
import { failureOf } from '../matchers/support.js';
import { runs } from '../propertyRuns.js';

expect.extend({ toBeValidProxyResponse, toHaveStatusCode });

const ok = { statusCode: 200, body: 'ok' };
// Built before each test, not while the file loads: factory code that runs at load time is outside every
// test, so Stryker would count its mutants as static and rerun the whole suite for each.
let event: ReturnType<typeof restApi.get>;
beforeEach(() => {
  event = restApi.get('/items');
});
// The runtime interface client's own sentence (src/context/constants.ts, CALLBACK_ERROR_NODEJS24_ABOVE).
const AWS_MESSAGE =
  'ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node.js 24. You need to modify this function to use a supported handler signature to use Node.js 24 or later. For more information see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html.';

afterEach(() => {
  configure({ runtime: 'nodejs24.x' });
});

describe('N-1: nodejs24.x refuses a handler that declares a callback', () => {
  it('fails at init with Runtime.CallbackHandlerDeprecated and the runtime’s message', async () => {
    const callbackStyle = (_e: unknown, _c: Context, callback: (e: null, r: unknown) => void) =>
      callback(null, ok);
    const error = await invoke(callbackStyle, event).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CallbackHandlerDeprecatedError);
    expect((error as Error).name).toBe('Runtime.CallbackHandlerDeprecated');
    expect((error as Error).message).toBe(AWS_MESSAGE);
  });

  it('checks the declared length only: an async handler with a third parameter fails too', async () => {
    const asyncWithCallback = async (_e: unknown, _c: Context, _callback: unknown) => ok;
    await expect(invoke(asyncWithCallback, event)).rejects.toThrow(CallbackHandlerDeprecatedError);
  });

  it('any handler declaring three or more parameters fails; fewer never gets that error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 5 }), fc.boolean(), async (arity, isAsync) => {
        const params = Array.from({ length: arity }, (_, i) => `p${i}`).join(', ');
        const body = 'return { statusCode: 200, body: "ok" }';
        const handler = new Function(`return ${isAsync ? 'async ' : ''}function (${params}) { ${body} }`)();
        const settled = await invoke(handler, event).then(
          (value: unknown) => ({ value }),
          (error: unknown) => ({ error }),
        );
        if (arity >= 3) expect(settled).toEqual({ error: expect.any(CallbackHandlerDeprecatedError) });
        else expect(settled).toEqual({ value: ok });
      }),
      { numRuns: runs(30) },
    );
  });

  it('exempts streaming handlers, which declare (event, responseStream, context)', async () => {
    const streaming = streamifyResponse(async (_e: unknown, stream: { end: () => void }, _context: unknown) =>
      stream.end(),
    );
    const settled = await invoke(streaming as never, event).catch((e: unknown) => e);
    expect(settled).not.toBeInstanceOf(CallbackHandlerDeprecatedError);
  });

  it.each([
    ['rest', 502, () => restApi.get('/items')],
    ['http-1.0', 500, () => httpApiV1Event()],
    ['http-2.0', 500, () => httpApi.get('/items')],
    ['function-url', 502, () => functionUrlEvent()],
    ['alb', 502, () => albEvent()],
  ] as const)(
    'every front end answers its function-error response: %s → %i',
    async (integration, status, e) => {
      const outcome = await invokeHttp(
        (_e: unknown, _c: Context, cb: (e: null, r: unknown) => void) => cb(null, ok),
        e(),
      );
      expect([outcome.integration, outcome.accepted, outcome.response.status]).toEqual([
        integration,
        false,
        status,
      ]);
      const [problem] = outcome.problems;
      expect(problem?.message).toMatch(
        /nodejs24\.x refused to load the handler .*Runtime\.CallbackHandlerDeprecated, N-1/,
      );
      expect(problem?.hint).toMatch(
        /async \(event, context\) => … and return the response, or pass runtime: 'nodejs22\.x'/,
      );
    },
  );

  it('runs the same handler under nodejs22.x, per call or with configure()', async () => {
    const callbackStyle = (_e: unknown, _c: Context, callback: (e: null, r: unknown) => void) =>
      setImmediate(() => callback(null, ok));
    await expect(invoke(callbackStyle, event, { runtime: 'nodejs22.x' })).resolves.toEqual(ok);
    configure({ runtime: 'nodejs20.x' });
    await expect(invoke(callbackStyle, event)).resolves.toEqual(ok);
    await expect(invoke(callbackStyle, event, { runtime: 'nodejs24.x' })).rejects.toThrow(
      CallbackHandlerDeprecatedError,
    );
  });

  it('lets a matcher fail on it, with the fix in the message, and .not pass', async () => {
    const outcome = await invokeHttp(
      (_e: unknown, _c: Context, cb: (e: null, r: unknown) => void) => cb(null, ok),
      event,
    );
    expect(failureOf(() => expect(outcome).toBeValidProxyResponse())).toMatch(
      /Runtime\.CallbackHandlerDeprecated[\s\S]*async \(event, context\)/,
    );
    expect(outcome).not.toBeValidProxyResponse();
    expect(outcome).toHaveStatusCode(502);
    expect(failureOf(() => expect(outcome).not.toHaveStatusCode(502))).toMatch(/502/);
  });
});

describe('N-3: nodejs24.x awaits the handler with (event, context)', () => {
  it('takes a plain returned value as the result, where nodejs22.x sends null', async () => {
    const syncHandler = () => ok;
    await expect(invoke(syncHandler, event)).resolves.toEqual(ok);
    await expect(invoke(syncHandler, event, { runtime: 'nodejs22.x' })).resolves.toBeNull();
    const outcome = await invokeHttp(syncHandler, httpApi.get('/items'));
    expect([outcome.accepted, outcome.response.status, outcome.response.body]).toEqual([true, 200, 'ok']);
  });

  it('rejects with what a plain handler throws, and passes a context without succeed/fail/done', async () => {
    let seen: Context | undefined;
    const throwing = (_e: unknown, context: Context) => {
      seen = context;
      throw new Error('boom');
    };
    await expect(invoke(throwing, event)).rejects.toThrow('boom');
    expect(seen && ('succeed' in seen || 'callbackWaitsForEmptyEventLoop' in seen)).toBe(false);
  });

  it('calling context.succeed is the TypeError Lambda gives, reported as a function error', async () => {
    const legacy = (_e: unknown, context: Context) => context.succeed(ok);
    const outcome = await invokeHttp(legacy, event);
    expect([outcome.accepted, outcome.response.status]).toEqual([false, 502]);
    expect(outcome.problems[0]?.message).toMatch(/TypeError/);
  });

  it('words a timeout by what nodejs24.x waits for: only a promise', async () => {
    const never = () => new Promise(() => undefined);
    const outcome = await invokeHttp(never, event, { timeoutMs: 20 });
    expect(outcome.problems[0]?.message).toMatch(
      /Task timed out after 0\.02 seconds: the handler's promise never settled, so Lambda reported a function error/,
    );
    expect(outcome.problems[0]?.message).not.toMatch(/callback|context\.succeed/);
    await expect(invoke(never, event, { timeoutMs: 20 })).rejects.toThrow(
      /promise never settled; make every path/,
    );
  });
});

describe('the runtime option', () => {
  it('is refused when it names no runtime, and a typo gets a suggestion', async () => {
    await expect(invoke(() => ok, event, { runtime: 'nodejs18.x' as never })).rejects.toThrow(
      /invoke: runtime must be 'nodejs24\.x', 'nodejs22\.x' or 'nodejs20\.x'; got a string/,
    );
    await expect(invoke(() => ok, event, { runtme: 'nodejs22.x' } as never)).rejects.toThrow(
      /runtme is not an option.*\(did you mean runtime\?\)/,
    );
    expect(() => configure({ runtime: 'node24' as never })).toThrow(
      /configure\(\): runtime must be 'nodejs24\.x', 'nodejs22\.x' or 'nodejs20\.x', but it is 'node24'/,
    );
    expect(() => configure({ runtim: 'nodejs22.x' } as never)).toThrow(/did you mean runtime\?/);
  });

  it('configure() returns the previous runtime, and leaves it when a value is refused', () => {
    expect(configure({ runtime: 'nodejs22.x' })).toMatchObject({ runtime: 'nodejs24.x' });
    expect(() => configure({ runtime: 'nodejs20.x', integration: 'nope' as never })).toThrow();
    expect(configure({})).toMatchObject({ runtime: 'nodejs22.x' });
  });
});
