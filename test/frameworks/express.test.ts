import { expect } from 'vitest';
import { handler } from '../../examples/frameworks/express.js';
import type { ProxyOutcome } from '../../src/contract/types.js';
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
