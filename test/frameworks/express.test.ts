import { describe, expect, it } from 'vitest';
import { callbackHandler, handler } from '../../examples/frameworks/express.js';
import type { ProxyOutcome } from '../../src/contract/types.js';
import { restApi } from '../../src/events/restApi.js';
import { invokeHttp } from '../../src/invoke/invokeHttp.js';
import type { Quirk } from './frameworkSuite.js';
import { frameworkSuite } from './frameworkSuite.js';

// serverless-express 4.17 hands Express 5's final handler a request without a socket, so every request no
// route answers crashes inside on-finished and Express sends its own 500 page instead of the 404.
const crashesOnUnmatched: Quirk = {
  title:
    'a 500 "ee.on is not a function" page, not the 404 (https://github.com/CodeGenieApp/serverless-express/issues/698)',
  actual: (outcome: ProxyOutcome) => {
    expect(outcome).toHaveStatusCode(500);
    expect(outcome).toHaveBody(/TypeError: ee\.on is not a function/);
  },
};

frameworkSuite('express (@codegenie/serverless-express)', handler, {
  rest: { 'not found': crashesOnUnmatched },
  // The HTTP API hands over /items/a/b (E-P2): unmatched, so it crashes the same way.
  'http-1.0': { encoded: crashesOnUnmatched, 'not found': crashesOnUnmatched },
  'http-2.0': { encoded: crashesOnUnmatched, 'not found': crashesOnUnmatched },
  alb: { 'not found': crashesOnUnmatched },
  'alb-multi-value': { 'not found': crashesOnUnmatched },
  'function-url': { 'not found': crashesOnUnmatched },
});

// serverless-express 4's own handler declares (event, context, callback): nodejs24.x refuses it at init, so
// every request is a 502 until it is wrapped in a two-parameter function, as the example's `handler` is.
describe('express (@codegenie/serverless-express) on nodejs24.x (https://github.com/CodeGenieApp/serverless-express/issues/707)', () => {
  it('N-1: the unwrapped handler is refused at init: the client gets 502 on every request', async () => {
    const outcome = await invokeHttp(callbackHandler as never, restApi.get('/items/42'));
    expect(outcome).toHaveStatusCode(502);
    expect(outcome).not.toBeValidProxyResponse();
    expect(outcome.problems[0]?.message).toMatch(/Runtime\.CallbackHandlerDeprecated/);
  });

  it('the same handler answers on nodejs22.x, and the wrapped one on nodejs24.x', async () => {
    const old = await invokeHttp(callbackHandler as never, restApi.get('/items/42'), {
      runtime: 'nodejs22.x',
    });
    expect(old).toHaveStatusCode(200);
    expect(await invokeHttp(handler as never, restApi.get('/items/42'))).toHaveJsonBody({
      id: '42',
      q: null,
    });
  });
});
