import { expect } from 'vitest';
import { handler } from '../../examples/frameworks/powertools.js';
import type { ProxyOutcome } from '../../src/contract/types.js';
import type { Quirk } from './frameworkSuite.js';
import { frameworkSuite } from './frameworkSuite.js';
import { answersWith, headIsNotFound, noCookieBehindSingleValueAlb, plusKeptInAlbQuery } from './quirks.js';

// Two bugs in one response: the Router copies the returned Response's headers with Headers.set, so only the
// last Set-Cookie survives, and the converter splits that line on commas, cutting its Expires date in two.
// PR #4990 fixed the split on ';' (issue #4986); the split on ',' remains in 2.35.0.
function lastCookieCutAtComma(where: string): Quirk {
  return answersWith(
    `${where} only the last cookie, split at its Expires comma (https://github.com/aws-powertools/powertools-lambda-typescript/issues/4986)`,
    (outcome: ProxyOutcome) => {
      expect(outcome).toHaveStatusCode(200);
      expect(outcome).not.toHaveCookie('session');
      expect(outcome).toHaveHeader('set-cookie', /^theme=dark; Path=\/; Expires=\w{3}$/);
      expect(outcome).toHaveHeader('set-cookie', /^\d\d \w{3} \d{4} [\d:]{8} GMT$/);
    },
  );
}

const plusKept = plusKeptInAlbQuery(
  'q is "a+b", not "a b": ALB\'s raw query is appended to URLSearchParams as if decoded (no upstream issue found)',
);

// The ALB result always carries headers and adds multiValueHeaders only for several values, and the Router
// cannot know a target group's mode: behind multi-value headers every single-value header is lost, the
// Content-Type with them, and the client reads application/octet-stream (AM-1, A-C1).
const multiValueLosesHeaders = answersWith(
  'the Content-Type is lost: the ALB result puts it in headers, which a multi-value target group ignores (ALB support, without that mode: https://github.com/aws-powertools/powertools-lambda-typescript/issues/4758)',
  (outcome) => {
    expect(outcome).toHaveContentType('application/octet-stream');
  },
);

frameworkSuite('powertools (@aws-lambda-powertools/event-handler)', handler, {
  rest: { cookies: lastCookieCutAtComma('sends'), head: headIsNotFound },
  'http-1.0': { cookies: lastCookieCutAtComma('sends'), head: headIsNotFound },
  'http-2.0': { cookies: lastCookieCutAtComma('sends'), head: headIsNotFound },
  alb: {
    encoded: plusKept,
    cookies: noCookieBehindSingleValueAlb(
      'no cookie reaches the client: the lines sit in multiValueHeaders (no upstream issue found)',
    ),
    head: headIsNotFound,
  },
  'alb-multi-value': {
    get: multiValueLosesHeaders,
    encoded: multiValueLosesHeaders,
    post: multiValueLosesHeaders,
    cookies: multiValueLosesHeaders,
    head: headIsNotFound,
  },
  'function-url': { cookies: lastCookieCutAtComma('sends'), head: headIsNotFound },
});
