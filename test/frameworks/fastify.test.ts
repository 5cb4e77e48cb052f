import { albMultiValueHandler, handler } from '../../examples/frameworks/fastify.js';
import { frameworkSuite } from './frameworkSuite.js';
import { noCookieBehindSingleValueAlb, plusKeptInAlbQuery } from './quirks.js';

// @fastify/aws-lambda runs ALB's raw query through decodeURIComponent, which leaves `+` as a plus.
const plusKept = plusKeptInAlbQuery(
  'q is "a+b", not "a b" (https://github.com/fastify/aws-lambda-fastify/issues/221)',
);

frameworkSuite(
  'fastify (@fastify/aws-lambda)',
  handler,
  {
    alb: {
      encoded: plusKept,
      // The albMultiValueHeaders option (https://github.com/fastify/aws-lambda-fastify/pull/272) covers only the other mode.
      cookies: noCookieBehindSingleValueAlb(
        'no cookie reaches the client: both sit in multiValueHeaders (no upstream issue found)',
      ),
    },
    'alb-multi-value': { encoded: plusKept },
  },
  // With albMultiValueHeaders the adapter mirrors every header into both maps; without it, behind a
  // multi-value target group, the client loses every header (A-H3/AM-1).
  { 'alb-multi-value': albMultiValueHandler },
);
