import { expect } from 'vitest';
import { albMultiValueHandler, handler } from '../../examples/frameworks/fastify.js';
import { frameworkSuite } from './frameworkSuite.js';
import { answersWith, plusKeptInAlbQuery } from './quirks.js';

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
      // Several Set-Cookie lines go to multiValueHeaders, which a target group without multi-value headers
      // ignores, so the client gets none of them; headers['set-cookie'] could have carried the first. The
      // albMultiValueHeaders option (https://github.com/fastify/aws-lambda-fastify/pull/272) covers only the other mode.
      cookies: answersWith(
        'no cookie reaches the client: both sit in multiValueHeaders (no upstream issue found)',
        (outcome) => {
          expect(outcome).toHaveStatusCode(200);
          expect(outcome).not.toHaveCookie('session');
          expect(outcome).not.toHaveCookie('theme');
        },
      ),
    },
    'alb-multi-value': { encoded: plusKept },
  },
  // With albMultiValueHeaders the adapter mirrors every header into both maps; without it, behind a
  // multi-value target group, the client loses every header (A-H3/AM-1).
  { 'alb-multi-value': albMultiValueHandler },
);
