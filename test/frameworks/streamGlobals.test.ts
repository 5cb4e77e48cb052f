// What each adapter does when its module is imported before Lambda's runtime globals exist, as under a test
// runner without `installAwsLambdaGlobals()` in its setup. Its own file: the module cache is per test file.
import { describe, expect, it } from 'vitest';
import { functionUrlEvent } from '../../src/events/functionUrlEvent.js';
import { invokeHttp } from '../../src/invoke/invokeHttp.js';
import { installAwsLambdaGlobals } from '../../src/invoke/stream/awsLambdaGlobals.js';
import { failureOf } from '../unit/matchers/support.js';
import './streamFrontEnds.js';

describe('adapters imported before awslambda exists (S-1)', () => {
  it('hono: streamHandle throws "awslambda is not defined" at import (https://github.com/anomalyco/sst/issues/4913)', async () => {
    expect('awslambda' in globalThis).toBe(false);
    await expect(import('../../examples/frameworks/honoStream.js')).rejects.toThrow(
      /awslambda is not defined/,
    );
  });

  it('powertools: falls back to its own shim, which Lambda would not run as a streaming handler; installing later does not help', async () => {
    expect('awslambda' in globalThis).toBe(false);
    const { handler } = await import('../../examples/frameworks/powertoolsStream.js');
    // Captured at import: the globals installed now are not the ones streamify used.
    installAwsLambdaGlobals();
    expect(Symbol.for('aws.lambda.runtime.handler.streaming') in handler).toBe(false);
    // Unmarked, its shim's (event, responseStream, context) looks like a callback handler: nodejs24.x refuses it.
    const outcome = await invokeHttp(handler as never, functionUrlEvent({ path: '/events' }));
    expect(outcome.stream).toBeUndefined();
    expect(outcome.functionError).toBe(true);
    expect(outcome).not.toBeValidProxyResponse();
    expect(outcome.response.status).toBe(502);
    expect(failureOf(() => expect(outcome).toBeValidProxyResponse())).toMatch(
      /third parameter.*Runtime\.CallbackHandlerDeprecated, N-1/,
    );
    // On nodejs22.x it runs as (event, context, callback), and the shim takes the context for the stream.
    const older = await invokeHttp(handler as never, functionUrlEvent({ path: '/events' }), {
      runtime: 'nodejs22.x',
    });
    expect(older.functionError).toBe(true);
    expect(older.response.status).toBe(502);
    expect(failureOf(() => expect(older).toBeValidProxyResponse())).toMatch(/setContentType/);
  });
});
