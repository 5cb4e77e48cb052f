import type { Callback, Context } from 'aws-lambda';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure } from '../../../src/contract/configure.js';
import { inspectProxyError } from '../../../src/contract/inspectProxyError.js';
import { isProxyOutcome } from '../../../src/contract/outcome/isProxyOutcome.js';
import type { ConfigureOptions } from '../../../src/contract/types.js';
import { albEvent } from '../../../src/events/albEvent.js';
import { functionUrlEvent } from '../../../src/events/functionUrlEvent.js';
import { httpApi } from '../../../src/events/httpApi.js';
import { httpApiV1Event } from '../../../src/events/httpApiV1Event.js';
import { lambdaContext } from '../../../src/events/lambdaContext.js';
import { integrationOf } from '../../../src/events/readEvent.js';
import { restApi } from '../../../src/events/restApi.js';
import { InvokeTimeoutError } from '../../../src/invoke/InvokeTimeoutError.js';
import { invoke } from '../../../src/invoke/invoke.js';
import { invokeHttp } from '../../../src/invoke/invokeHttp.js';
import { capture } from '../events/capture.js';
import { runs } from '../propertyRuns.js';

const ok = { statusCode: 200, body: 'ok' };
// Built before each test, not while the file loads: factory code that runs at load time is outside every
// test, so Stryker would count its mutants as static and rerun the whole suite for each.
let event: ReturnType<typeof restApi.get>;
beforeEach(() => {
  event = restApi.get('/items');
});

afterEach(() => {
  vi.useRealTimers();
});

// This file pins the callback era (nodejs22.x and earlier: callbacks, context.succeed, ignored returns);
// nodejs24.x, the default, has invokeNodejs24.test.ts.
let before: ConfigureOptions;
beforeAll(() => {
  before = configure({ runtime: 'nodejs22.x' });
});
afterAll(() => {
  configure(before);
});

describe('invoke runs every handler style', () => {
  it('async: resolves with the returned value, rejects with the thrown error', async () => {
    await expect(invoke(async () => ok, event)).resolves.toEqual(ok);
    const boom = new Error('boom');
    await expect(
      invoke(async () => {
        throw boom;
      }, event),
    ).rejects.toBe(boom);
  });

  it('sync throw: rejects with the error', async () => {
    const boom = new TypeError('bad');
    await expect(
      invoke(() => {
        throw boom;
      }, event),
    ).rejects.toBe(boom);
  });

  it('callback: now or later, with a result or an error', async () => {
    await expect(invoke((_e, _c, callback: Callback) => callback(null, ok), event)).resolves.toEqual(ok);
    await expect(
      invoke((_e, _c, callback: Callback) => {
        setTimeout(() => callback(undefined, ok), 5);
      }, event),
    ).resolves.toEqual(ok);
    await expect(invoke((_e, _c, callback: Callback) => callback('failed'), event)).rejects.toBe('failed');
  });

  it('context.succeed, context.fail and context.done', async () => {
    await expect(invoke((_e, context) => context.succeed(ok), event)).resolves.toEqual(ok);
    const boom = new Error('boom');
    await expect(invoke((_e, context) => context.fail(boom), event)).rejects.toBe(boom);
    await expect(invoke((_e, context) => context.done(undefined, ok), event)).resolves.toEqual(ok);
    await expect(invoke((_e, context) => context.done(boom), event)).rejects.toBe(boom);
    await expect(invoke((_e, context) => context.fail(undefined as never), event)).rejects.toThrow(
      'context.fail() was called without an error',
    );
  });

  it('the first answer wins, as in Lambda', async () => {
    await expect(
      invoke((_e, context, callback: Callback) => {
        callback(null, 'first');
        context.succeed('second');
        throw new Error('third');
      }, event),
    ).resolves.toBe('first');
  });

  it('passes the event and a complete context', async () => {
    let seen: [unknown, Context] | undefined;
    await invoke(
      async (e, context) => {
        seen = [e, context];
      },
      event,
      { context: { functionName: 'orders' }, timeoutMs: 1500 },
    );
    expect(seen?.[0]).toBe(event);
    expect(seen?.[1].functionName).toBe('orders');
    expect(seen?.[1].getRemainingTimeInMillis()).toBeGreaterThan(1400);
    expect(seen?.[1].getRemainingTimeInMillis()).toBeLessThanOrEqual(1500);
  });

  it('uses a given Context as is, and its remaining time as the timeout', async () => {
    const context = lambdaContext({ awsRequestId: 'req-42', timeoutMs: 30 });
    let id: string | undefined;
    await expect(
      invoke(
        (_e, c, _callback) => {
          id = c.awsRequestId;
        },
        event,
        { context },
      ),
    ).rejects.toThrow(/^Task timed out after 0\.03 seconds/);
    expect(id).toBe('req-42');
  });

  it('completes a partial context, even one that overrides a method', async () => {
    const context = await invoke(async (_e, c: Context) => c, event, {
      context: { getRemainingTimeInMillis: () => 42 },
    });
    expect(context.getRemainingTimeInMillis()).toBe(42);
    expect(context.functionName).toBe('test-function');
    expect(context.awsRequestId).toEqual(expect.any(String));
  });

  it('rejects with a clear message when the handler never answers', async () => {
    const never = invoke(() => new Promise(() => {}), event, { timeoutMs: 20 });
    await expect(never).rejects.toBeInstanceOf(InvokeTimeoutError);
    const message =
      'Task timed out after 0.02 seconds: the handler never resolved a promise, called its callback or ' +
      'context.succeed/fail/done; make every path answer, or raise timeoutMs if it is just slow';
    await expect(invoke(() => new Promise(() => {}), event, { timeoutMs: 20 })).rejects.toThrow(
      new InvokeTimeoutError(20, false),
    );
    expect(new InvokeTimeoutError(20, false).message).toBe(message);
    // Declaring the callback means it may come late, so invoke waits for it, as Lambda's busy loop would.
    await expect(invoke((_e, _c, _callback) => {}, event, { timeoutMs: 20 })).rejects.toThrow(message);
  });

  it('says so when a handler with a callback returned a value and never called back', async () => {
    const error = await invoke(((_e: unknown, _c: Context, _callback: Callback) => ok) as never, event, {
      timeoutMs: 20,
    }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InvokeTimeoutError);
    expect((error as Error).message).toBe(
      'Task timed out after 0.02 seconds: the handler returned a value without a promise (Lambda ignores it) ' +
        'and never called its callback; make it async, or call callback(null, result)',
    );
  });

  it('keeps every timeout message whole where the contract quotes it, even at 15 minutes', () => {
    for (const ignoredReturn of [false, true]) {
      const error = new InvokeTimeoutError(900_000, ignoredReturn);
      expect(error.message).toMatch(/^Task timed out after 900\.00 seconds: the handler .+; make .+\)?$/);
      const quoted = inspectProxyError(error, { integration: 'rest' }).problems[0]?.message;
      expect(quoted).toContain(error.message);
      expect(quoted).not.toContain('…');
    }
  });

  it('times out on simulated time under fake timers, as the function would', async () => {
    vi.useFakeTimers();
    const slow = invoke(() => new Promise((resolve) => setTimeout(() => resolve(ok), 5000)), event);
    const check = expect(slow).rejects.toThrow(/Task timed out after 3\.00 seconds/);
    await vi.advanceTimersByTimeAsync(5000);
    await check;
  });

  it('accepts a promise of the result in place of the handler', async () => {
    await expect(invoke(Promise.resolve(ok), event)).resolves.toEqual(ok);
    await expect(invoke(Promise.reject(new Error('py')), event)).rejects.toThrow('py');
    await expect(invoke(new Promise(() => {}), event, { timeoutMs: 10 })).rejects.toBeInstanceOf(
      InvokeTimeoutError,
    );
  });

  it('leaves a promise to its own clock unless timeoutMs is given', async () => {
    vi.useFakeTimers();
    const late = new Promise((resolve) => setTimeout(() => resolve(ok), 60_000));
    const result = invoke(late, event);
    await vi.advanceTimersByTimeAsync(60_000);
    await expect(result).resolves.toEqual(ok);
  });

  it('turns a rejection without a reason into an Error', async () => {
    await expect(invoke(() => Promise.reject(undefined), event)).rejects.toThrow(
      "the handler's promise rejected with undefined",
    );
  });

  it.each([
    [
      'a handler that is not a function',
      'handler',
      {},
      /invoke: handler must be a function \(event, context, callback\) or a promise/,
    ],
    [
      'a negative timeout',
      async () => ok,
      { timeoutMs: -1 },
      /invoke: timeoutMs must be a number of milliseconds above 0/,
    ],
    ['options that are not an object', async () => ok, 'fast', /invoke: options must be an object/],
    [
      'a context that is not an object',
      async () => ok,
      { context: 5 },
      /invoke: options\.context must be a Context/,
    ],
  ])('rejects %s with a message naming it', async (_, handler, options, message) => {
    await expect(invoke(handler as never, event, options as never)).rejects.toThrow(message);
  });
});

describe('a handler that returns without a promise and never answers gets null, as in Lambda', () => {
  const elapsed = async (run: () => Promise<unknown>): Promise<[unknown, number]> => {
    const started = performance.now();
    const value = await run();
    return [value, performance.now() - started];
  };

  it('sync handlers that return a value: null well before the 3 s timeout', async () => {
    for (const handler of [() => ok, (_e: unknown) => ok, (_e: unknown, _c: Context) => ok]) {
      const [value, ms] = await elapsed(() => invoke(handler as never, event));
      expect(value).toBeNull();
      expect(ms).toBeLessThan(1000);
    }
  });

  it('even with a timeout shorter than the wait for idle, which could only race it', async () => {
    await expect(invoke((() => ok) as never, event, { timeoutMs: 1 })).resolves.toBeNull();
  });

  it('also when the handler returns undefined or a value that merely has a `then` key', async () => {
    await expect(invoke(() => {}, event)).resolves.toBeNull();
    // biome-ignore lint/suspicious/noThenProperty: a non-callable `then` is the point: it is not a promise
    await expect(invoke((() => ({ then: 'not a function' })) as never, event)).resolves.toBeNull();
  });

  it('answers queued for the next turns of the loop still win', async () => {
    const schedules: Array<[string, (answer: () => void) => void]> = [
      ['a microtask', (answer) => queueMicrotask(answer)],
      ['a promise', (answer) => void Promise.resolve().then(answer)],
      ['process.nextTick', (answer) => process.nextTick(answer)],
      ['setImmediate', (answer) => setImmediate(answer)],
      ['setTimeout 0', (answer) => setTimeout(answer, 0)],
      ['setTimeout 1', (answer) => setTimeout(answer, 1)],
      ['setTimeout 0 then setImmediate', (answer) => setTimeout(() => setImmediate(answer), 0)],
      ['setImmediate then setTimeout 0', (answer) => setImmediate(() => setTimeout(answer, 0))],
    ];
    for (const [name, later] of schedules) {
      const viaSucceed = invoke(
        ((_e: unknown, context: Context) => {
          later(() => context.succeed(name));
          return 'ignored';
        }) as never,
        event,
      );
      await expect(viaSucceed, name).resolves.toBe(name);
      const viaCallback = invoke((_e, _c, callback: Callback) => later(() => callback(null, name)), event);
      await expect(viaCallback, name).resolves.toBe(name);
    }
  });

  it('a callback from a 100 ms timer wins: declaring it makes invoke wait up to timeoutMs', async () => {
    const [value, ms] = await elapsed(() =>
      invoke((_e, _c, callback: Callback) => {
        setTimeout(() => callback(null, ok), 100);
      }, event),
    );
    expect(value).toEqual(ok);
    expect(ms).toBeGreaterThanOrEqual(95);
  });

  it('the limit: context.succeed from a 50 ms timer, without a callback parameter, loses to null', async () => {
    // Lambda would wait for the timer; declaring (event, context, callback) makes invoke wait too.
    const late = (_e: unknown, context: Context) => {
      setTimeout(() => context.succeed(ok), 50);
    };
    await expect(invoke(late, event)).resolves.toBeNull();
    const declared = (_e: unknown, context: Context, _callback: Callback) => {
      setTimeout(() => context.succeed(ok), 50);
    };
    await expect(invoke(declared, event)).resolves.toEqual(ok);
  });

  it('an error passed before the loop idles still fails the invocation', async () => {
    const boom = new Error('boom');
    await expect(
      invoke((_e: unknown, context: Context) => {
        setImmediate(() => context.fail(boom));
      }, event),
    ).rejects.toBe(boom);
    await expect(
      invoke(
        ((_e: unknown, context: Context) => {
          setTimeout(() => context.done(boom), 0);
          return ok;
        }) as never,
        event,
      ),
    ).rejects.toBe(boom);
  });

  it('async handlers are unchanged: a slow promise is awaited, a returned undefined is undefined', async () => {
    const slow = async () => new Promise((resolve) => setTimeout(() => resolve(ok), 60));
    await expect(invoke(slow, event)).resolves.toEqual(ok);
    await expect(invoke(async () => undefined, event)).resolves.toBeUndefined();
  });

  it('under fake timers the null comes when the test advances time, after the handler’s own timers', async () => {
    vi.useFakeTimers();
    let settled = false;
    const sync = invoke(() => ok as never, event).finally(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(10);
    await expect(sync).resolves.toBeNull();
    const queued = invoke((_e: unknown, context: Context) => {
      setTimeout(() => context.succeed(ok), 0);
    }, event);
    await vi.advanceTimersByTimeAsync(10);
    await expect(queued).resolves.toEqual(ok);
  });

  it('property: any non-promise return value gives null; an answer queued for the next turns wins', async () => {
    const later = fc.constantFrom<(answer: () => void) => void>(
      (answer) => answer(),
      (answer) => queueMicrotask(answer),
      (answer) => setImmediate(answer),
      (answer) => setTimeout(answer, 0),
      (answer) => setTimeout(() => void Promise.resolve().then(answer), 0),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.anything(),
        fc.option(fc.tuple(later, fc.anything()), { nil: undefined }),
        async (returned, answer) => {
          const handler = (_e: unknown, context: Context) => {
            if (answer !== undefined) answer[0](() => context.succeed(answer[1]));
            return returned;
          };
          const value = await invoke(handler as never, event);
          expect(value).toBe(answer === undefined ? null : answer[1]);
        },
      ),
      { numRuns: runs(60) },
    );
  });
});

describe('integrationOf reads the front end from the event', () => {
  it.each([
    ['rest', () => restApi.get('/')],
    ['http-1.0', () => httpApiV1Event()],
    ['http-2.0', () => httpApi.get('/')],
    ['function-url', () => functionUrlEvent()],
    ['alb', () => albEvent()],
    ['alb-multi-value', () => albEvent({ multiValue: true })],
    ['rest', () => capture('powertools-typescript/apigw-rest/no-auth.json')],
    ['http-2.0', () => capture('powertools-typescript/apigw-http/iam-auth.json')],
    ['http-2.0', () => capture('aws-lambda-go/apigw-v2-request-no-authorizer.json')],
    ['function-url', () => capture('powertools-typescript/lambda/get-request.json')],
    ['function-url', () => capture('aws-lambda-go/function-url-domain-only-get-request.json')],
    ['alb', () => capture('aws-lambda-go/alb-lambda-target-request-headers-only.json')],
    ['alb-multi-value', () => capture('aws-lambda-go/alb-lambda-target-request-multivalue-headers.json')],
    [
      'http-1.0',
      () =>
        capture('aws-docs-api-gateway-guide/http-api-develop-integrations-lambda.block1-payload-1.0.json'),
    ],
  ])('%s', (integration, e) => {
    expect(integrationOf(e())).toBe(integration);
  });

  it('gives up on anything else', () => {
    expect(integrationOf({})).toBeUndefined();
    expect(integrationOf(null)).toBeUndefined();
    expect(integrationOf({ Records: [] })).toBeUndefined();
  });
});

describe('invokeHttp answers what the client gets', () => {
  it('judges the result by the front end the event came from', async () => {
    const handler = async () => ({ statusCode: 201, body: '{"id":1}' });
    for (const [integration, e] of [
      ['rest', restApi.post('/items', { a: 1 })],
      ['http-2.0', httpApi.post('/items', { a: 1 })],
      ['http-1.0', httpApiV1Event({ method: 'POST' })],
      ['function-url', functionUrlEvent({ method: 'POST' })],
      ['alb', albEvent({ method: 'POST' })],
    ] as const) {
      const outcome = await invokeHttp(handler, e);
      expect(outcome.integration).toBe(integration);
      expect(outcome.accepted).toBe(true);
      expect(outcome.response.status).toBe(201);
      expect(outcome.response.body).toBe('{"id":1}');
    }
  });

  it('applies each front end’s own rules: an object body is a 502 on REST, inferred on 2.0', async () => {
    const handler = async () => ({ hello: 'world' });
    const rest = await invokeHttp(handler, restApi.get('/'));
    expect([rest.accepted, rest.response.status]).toEqual([false, 502]);
    const v2 = await invokeHttp(handler, httpApi.get('/'));
    expect([v2.accepted, v2.response.status, v2.response.body]).toEqual([true, 200, '{"hello":"world"}']);
  });

  it('lets options.integration override the inference', async () => {
    const outcome = await invokeHttp(async () => ({ hello: 'world' }), restApi.get('/'), {
      integration: 'http-2.0',
    });
    expect([outcome.integration, outcome.response.status]).toEqual(['http-2.0', 200]);
  });

  it('treats a thrown error as a function error, answered the front end’s way', async () => {
    const handler = async () => {
      throw new Error('boom');
    };
    // The exact error bodies are the contract's business (test/unit/contract); here: the front end's status.
    const rest = await invokeHttp(handler, restApi.get('/'));
    expect([rest.functionError, rest.accepted, rest.response.status]).toEqual([true, false, 502]);
    const v2 = await invokeHttp(handler, httpApi.get('/'));
    expect([v2.functionError, v2.response.status]).toEqual([true, 500]);
    const url = await invokeHttp(handler, functionUrlEvent());
    expect([url.functionError, url.response.status]).toEqual([true, 502]);
  });

  it('treats a timeout as a function error', async () => {
    const outcome = await invokeHttp(() => new Promise(() => {}), httpApi.get('/'), { timeoutMs: 20 });
    expect([outcome.functionError, outcome.response.status]).toEqual([true, 500]);
    expect(outcome.problems[0]?.message).toMatch(/Task timed out/);
  });

  it('explains a null sent because the handler returned its result without a promise', async () => {
    for (const e of [restApi.get('/'), httpApi.get('/'), functionUrlEvent(), albEvent()]) {
      const started = performance.now();
      const outcome = await invokeHttp((() => ok) as never, e);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(isProxyOutcome(outcome)).toBe(true);
      expect([outcome.accepted, outcome.functionError]).toEqual([false, false]);
      expect(outcome.problems[0]).toEqual({
        severity: 'error',
        path: '',
        message:
          "the handler returned its result without a promise: Lambda's Node.js runtime ignores the return value of a handler that is not async, and sent null",
        hint: 'make the handler async, or return a Promise of the response',
      });
      // The contract's own finding on the null payload follows.
      expect(outcome.problems[1]?.message).toMatch(/^the result is null/);
    }
  });

  it('explains a null sent because the handler returned nothing and never answered', async () => {
    const outcome = await invokeHttp((_e: unknown, _c: Context) => {}, restApi.get('/'));
    expect(outcome.response.status).toBe(502);
    expect(outcome.problems[0]?.message).toBe(
      "the handler returned without a promise and never called context.succeed/done, so Lambda's Node.js runtime sent null once the event loop emptied",
    );
    expect(outcome.problems[0]?.hint).toBe('make the handler async and return the response');
  });

  it('adds nothing when the null is what the handler answered', async () => {
    const explained = /without a promise/;
    for (const handler of [
      (_e: unknown, context: Context) => context.succeed(null),
      async () => null,
      (_e: unknown, _c: Context, callback: Callback) => setTimeout(() => callback(null, null), 0),
    ]) {
      const outcome = await invokeHttp(handler as never, restApi.get('/'));
      expect(outcome.response.status).toBe(502);
      expect(outcome.problems.map((p) => p.message).join('\n')).not.toMatch(explained);
    }
    const answered = await invokeHttp(
      ((_e: unknown, context: Context) => {
        setImmediate(() => context.succeed(ok));
        return 'ignored';
      }) as never,
      restApi.get('/'),
    );
    expect([answered.accepted, answered.problems]).toEqual([true, []]);
  });

  it('words a timeout as a timeout, whole, with its own fix', async () => {
    const outcome = await invokeHttp(
      ((_e: unknown, _c: Context, _callback: Callback) => ok) as never,
      httpApi.get('/'),
      { timeoutMs: 20 },
    );
    expect(isProxyOutcome(outcome)).toBe(true);
    expect([outcome.functionError, outcome.response.status]).toEqual([true, 500]);
    expect(outcome.problems).toEqual([
      {
        severity: 'error',
        path: '',
        message:
          'Task timed out after 0.02 seconds: the handler returned a value without a promise (Lambda ignores it) and never called its callback, so Lambda reported a function error (Sandbox.Timedout)',
        hint: 'make it async, or call callback(null, result)',
        rule: 'W4',
      },
    ]);
    const never = await invokeHttp(() => new Promise(() => {}), restApi.get('/'), { timeoutMs: 20 });
    expect(never.problems[0]?.hint).toBe('make every path answer, or raise timeoutMs if it is just slow');
  });

  it('leaves a timeout the handler itself threw as the handler’s error', async () => {
    const outcome = await invokeHttp(async () => {
      throw new InvokeTimeoutError(50, false);
    }, restApi.get('/'));
    expect(outcome.problems[0]?.message).toMatch(/^the handler threw Sandbox\.Timedout: Task timed out/);
  });

  it("passes a REST event's Accept header on, which decides base64 decoding", async () => {
    const png = async () => ({
      statusCode: 200,
      headers: { 'Content-Type': 'image/png' },
      body: Buffer.from('png!').toString('base64'),
      isBase64Encoded: true,
    });
    const options = { binaryMediaTypes: ['image/png'] };
    const asked = await invokeHttp(png, restApi.get('/logo', { headers: { Accept: 'image/png' } }), options);
    expect(asked.response.body).toBe('png!');
    const notAsked = await invokeHttp(png, restApi.get('/logo'), options);
    expect(notAsked.response.body).toBe(Buffer.from('png!').toString('base64'));
  });

  it('R-64a: the first line of a repeated Accept header decides, not the last one `headers` keeps', async () => {
    const png = async () => ({
      statusCode: 200,
      headers: { 'Content-Type': 'image/png' },
      body: Buffer.from('PNG').toString('base64'),
      isBase64Encoded: true,
    });
    const event = restApi.get('/img', { headers: { Accept: ['image/png', 'text/html'] } });
    const outcome = await invokeHttp(png, event, { binaryMediaTypes: ['image/png'] });
    expect(outcome.response.body).toBe('PNG');
    const other = restApi.get('/img', { headers: { Accept: ['text/html', 'image/png'] } });
    const text = await invokeHttp(png, other, { binaryMediaTypes: ['image/png'] });
    expect(text.response.body).toBe(Buffer.from('PNG').toString('base64'));
  });

  it.each([
    ['rest', () => restApi.head('/x')],
    ['http-1.0', () => httpApiV1Event({ method: 'HEAD' })],
    ['http-2.0', () => httpApi.head('/x')],
    ['function-url', () => functionUrlEvent({ method: 'HEAD' })],
    ['alb', () => albEvent({ method: 'HEAD' })],
  ] as const)(
    'HTTP-2: a response to a HEAD event reaches the client without its body (%s)',
    async (integration, e) => {
      const outcome = await invokeHttp(async () => ({ statusCode: 200, body: 'hello' }), e());
      expect(outcome.integration).toBe(integration);
      expect([outcome.accepted, outcome.response.body, outcome.problems]).toEqual([true, '', []]);
      expect(outcome.notes.map((note) => note.rule)).toContain('HTTP-2');
    },
  );

  it('HTTP-2: options.method overrides the method the event names', async () => {
    const handler = async () => ({ statusCode: 200, body: 'hello' });
    const asGet = await invokeHttp(handler, restApi.head('/x'), { method: 'GET' });
    expect(asGet.response.body).toBe('hello');
    const asHead = await invokeHttp(handler, restApi.get('/x'), { method: 'HEAD' });
    expect(asHead.response.body).toBe('');
    const get = await invokeHttp(handler, httpApi.get('/x'));
    expect(get.response.body).toBe('hello');
  });

  it('accepts a promise of the result; its rejection is a function error', async () => {
    const good = await invokeHttp(Promise.resolve(ok), restApi.get('/'));
    expect([good.accepted, good.response.body]).toEqual([true, 'ok']);
    const bad = await invokeHttp(Promise.reject(new Error('py')), restApi.get('/'));
    expect([bad.functionError, bad.response.status]).toEqual([true, 502]);
  });

  it('rejects a usage mistake instead of reporting it as the handler’s error', async () => {
    await expect(invokeHttp('handler' as never, restApi.get('/'))).rejects.toThrow(
      /^invokeHttp: handler must be a function/,
    );
    await expect(invokeHttp(async () => ok, restApi.get('/'), { timeoutMs: 0 })).rejects.toThrow(
      /^invokeHttp: timeoutMs/,
    );
    await expect(
      invokeHttp(async () => ok, restApi.get('/'), { integration: 'soap' as never }),
    ).rejects.toThrow(/integration must be one of/);
  });
});
