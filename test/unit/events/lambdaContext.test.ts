import type { Context } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { configure } from '../../../src/contract/configure.js';
import { lambdaContext } from '../../../src/events/lambdaContext.js';

// Every member of @types/aws-lambda's Context; `satisfies` breaks the build if the interface grows.
const MEMBERS = {
  callbackWaitsForEmptyEventLoop: 0,
  functionName: 0,
  functionVersion: 0,
  invokedFunctionArn: 0,
  memoryLimitInMB: 0,
  awsRequestId: 0,
  logGroupName: 0,
  logStreamName: 0,
  identity: 0,
  clientContext: 0,
  tenantId: 0,
  getRemainingTimeInMillis: 0,
  done: 0,
  fail: 0,
  succeed: 0,
} satisfies Record<keyof Context, 0>;

// The keys of the runtime interface client's InvokeContext, which nodejs24.x hands the handler.
const NODEJS24_KEYS = [
  'awsRequestId',
  'clientContext',
  'functionName',
  'functionVersion',
  'getRemainingTimeInMillis',
  'identity',
  'invokedFunctionArn',
  'logGroupName',
  'logStreamName',
  'memoryLimitInMB',
  'tenantId',
  'xRayTraceId',
];

describe('lambdaContext follows the runtime', () => {
  it('N-2: by default models nodejs24.x: no callbackWaitsForEmptyEventLoop, succeed, fail or done', () => {
    const c = lambdaContext() as Context & { xRayTraceId?: string };
    expect(Object.keys(c).sort()).toEqual(NODEJS24_KEYS);
    expect('succeed' in c || 'fail' in c || 'done' in c || 'callbackWaitsForEmptyEventLoop' in c).toBe(false);
    expect(() => c.succeed('x')).toThrow(TypeError);
    expect(c.xRayTraceId).toBeUndefined();
    expect(lambdaContext({ xRayTraceId: 'Root=1-abc' })).toMatchObject({ xRayTraceId: 'Root=1-abc' });
  });

  it('N-2: follows configure({ runtime }), and an explicit runtime wins', () => {
    const previous = configure({ runtime: 'nodejs20.x' });
    try {
      expect(typeof lambdaContext().succeed).toBe('function');
      expect('succeed' in lambdaContext({ runtime: 'nodejs24.x' })).toBe(false);
    } finally {
      configure(previous);
    }
    expect('succeed' in lambdaContext()).toBe(false);
  });

  it.each([
    [
      { succeed: () => undefined },
      /succeed does not exist on a nodejs24\.x context .*runtime: 'nodejs22\.x'/,
    ],
    [
      { callbackWaitsForEmptyEventLoop: false },
      /callbackWaitsForEmptyEventLoop does not exist on a nodejs24\.x/,
    ],
    [
      { runtime: 'nodejs18.x' },
      /runtime must be 'nodejs24\.x', 'nodejs22\.x' or 'nodejs20\.x'; got 'nodejs18\.x'/,
    ],
    [{ runtime: 'nodejs22.x', xRayTraceId: 'Root=1' }, /xRayTraceId is on the context from nodejs24\.x/],
    [{ xRayTraceId: '' }, /xRayTraceId must be a non-empty string/],
  ])('refuses %o with a message naming the field and the fix', (init, message) => {
    expect(() => lambdaContext(init as never)).toThrow(message);
  });
});

describe('lambdaContext', () => {
  it('N-2: on nodejs22.x, has every field of Context, in the formats Lambda uses', () => {
    const c = lambdaContext({ runtime: 'nodejs22.x' });
    expect(Object.keys(c).sort()).toEqual(Object.keys(MEMBERS).sort());
    expect(c).toMatchObject({
      callbackWaitsForEmptyEventLoop: true,
      functionName: 'test-function',
      functionVersion: '$LATEST',
      invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:test-function',
      memoryLimitInMB: '128',
      logGroupName: '/aws/lambda/test-function',
    });
    expect(c.awsRequestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(c.logStreamName).toMatch(/^\d{4}\/\d\d\/\d\d\/\[\$LATEST\][0-9a-f]{32}$/);
    expect([c.identity, c.clientContext, c.tenantId]).toEqual([undefined, undefined, undefined]);
  });

  it('derives the ARN and log names from the function name, region and account', () => {
    const c = lambdaContext({
      functionName: 'orders',
      region: 'eu-west-1',
      accountId: '210987654321',
      functionVersion: '7',
    });
    expect(c.invokedFunctionArn).toBe('arn:aws:lambda:eu-west-1:210987654321:function:orders');
    expect(c.logGroupName).toBe('/aws/lambda/orders');
    expect(c.logStreamName).toMatch(/\/\[7\][0-9a-f]{32}$/);
  });

  it('counts getRemainingTimeInMillis down from the timeout on its clock, never below 0', () => {
    let now = 1000;
    const c = lambdaContext({ timeoutMs: 5000, now: () => now });
    expect(c.getRemainingTimeInMillis()).toBe(5000);
    now += 1200;
    expect(c.getRemainingTimeInMillis()).toBe(3800);
    now += 10_000;
    expect(c.getRemainingTimeInMillis()).toBe(0);
  });

  it('follows fake timers by default, and defaults to Lambda’s 3 s timeout', () => {
    vi.useFakeTimers();
    try {
      const c = lambdaContext();
      expect(c.getRemainingTimeInMillis()).toBe(3000);
      vi.advanceTimersByTime(1000);
      expect(c.getRemainingTimeInMillis()).toBe(2000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is deterministic, and a seed changes the ids', () => {
    const { getRemainingTimeInMillis: _, ...a } = lambdaContext({ now: () => 0 });
    const { getRemainingTimeInMillis: __, ...b } = lambdaContext({ now: () => 0 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(lambdaContext({ seed: 1 }).awsRequestId).not.toBe(lambdaContext().awsRequestId);
  });

  it('takes any Context field verbatim', () => {
    const identity = { cognitoIdentityId: 'id', cognitoIdentityPoolId: 'pool' };
    const c = lambdaContext({
      runtime: 'nodejs20.x',
      awsRequestId: 'req-1',
      identity,
      callbackWaitsForEmptyEventLoop: false,
      memoryLimitInMB: '1024',
    });
    expect(c).toMatchObject({
      awsRequestId: 'req-1',
      identity,
      callbackWaitsForEmptyEventLoop: false,
      memoryLimitInMB: '1024',
    });
  });

  it('explains that succeed/fail/done need invoke()', () => {
    const c = lambdaContext({ runtime: 'nodejs22.x' });
    expect(() => c.succeed('x')).toThrow(
      /context\.succeed\(\) settles an invocation only when invoke\(\) runs the handler/,
    );
    expect(() => c.fail('x')).toThrow(/context\.fail\(\)/);
    expect(() => c.done()).toThrow(/context\.done\(\)/);
  });

  it.each([
    [{ timeoutMs: 0 }, /timeoutMs must be a number of milliseconds above 0/],
    [{ timeoutMs: 1e9 }, /at most 900000/],
    [{ memoryLimitInMB: 128 }, /memoryLimitInMB is a string of digits/],
    [{ functionName: '' }, /functionName must be a non-empty string/],
    [{ now: 5 }, /now must be a function/],
    [{ now: () => 'x' }, /now\(\) must return epoch milliseconds/],
    [{ timeout: 3 }, /unknown field 'timeout'/],
  ])('rejects %j with a message naming the field', (init, message) => {
    expect(() => lambdaContext(init as never)).toThrow(message);
    expect(() => lambdaContext(init as never)).toThrow(/^lambdaContext: /);
  });

  it('sets no timers and reads no environment when imported or called', async () => {
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const env = vi.spyOn(process, 'env', 'get');
    try {
      await import('../../../src/events/lambdaContext.js');
      lambdaContext();
      expect(timers).not.toHaveBeenCalled();
      expect(env).not.toHaveBeenCalled();
    } finally {
      timers.mockRestore();
      env.mockRestore();
    }
  });
});
