import { expect } from 'vitest';
import { handler } from '../../examples/frameworks/middy.js';
import { frameworkSuite } from './frameworkSuite.js';
import { answersWith, headIsNotFound } from './quirks.js';

// http-router fills pathParameters from its own regex on the path as the event has it, without decoding:
// REST and ALB keep the path encoded (E-P1, E-P7), so the app reads "a%2Fb".
const idLeftEncoded = (q: string | null) =>
  answersWith(
    `id is "a%2Fb", not "a/b": route parameters are not decoded (no upstream issue found)`,
    (outcome) => {
      expect(outcome).toHaveStatusCode(200);
      expect(outcome).toHaveJsonBody({ id: 'a%2Fb', q });
    },
  );

// http-router registers only the methods listed, so GET routes do not answer HEAD (headIsNotFound).

frameworkSuite('middy (@middy/http-router)', handler, {
  rest: { encoded: idLeftEncoded('a b'), head: headIsNotFound },
  'http-1.0': { head: headIsNotFound },
  'http-2.0': { head: headIsNotFound },
  // ALB's query arrives undecoded (E-Q6) and middy hands the event over as it is.
  alb: { encoded: idLeftEncoded('a+b'), head: headIsNotFound },
  'alb-multi-value': {
    encoded: idLeftEncoded('a+b'),
    // @middy/http-json-body-parser reads Content-Type from event.headers only, which a multi-value target
    // group does not send: it throws 415, unhandled here, so Lambda reports a function error and ALB answers 502.
    post: {
      ...answersWith(
        '502: the JSON body parser misses the Content-Type in multiValueHeaders (no upstream issue found)',
        (outcome) => {
          expect(outcome.functionError).toBe(true);
          expect(outcome.response.status).toBe(502);
        },
      ),
      rejected: true,
    },
    head: headIsNotFound,
  },
  'function-url': {
    // The 2.0 route reads requestContext.http.path, which a function URL decodes (E-P6), not rawPath.
    encoded: answersWith(
      '404: the router reads the decoded requestContext.http.path, not rawPath (no upstream issue found)',
      (outcome) => {
        expect(outcome).toHaveStatusCode(404);
      },
    ),
    head: headIsNotFound,
  },
});
