// Assertions of what an adapter really does where it gets a front end wrong, shared by the suites.
import { expect } from 'vitest';
import type { ProxyOutcome } from '../../src/contract/types.js';
import type { Quirk } from './frameworkSuite.js';

/** ALB passes the query undecoded (E-Q6); an adapter that decodes it with decodeURIComponent keeps `+`. */
export function plusKeptInAlbQuery(title: string, id = 'a/b'): Quirk {
  return {
    title,
    actual: (outcome: ProxyOutcome) => {
      expect(outcome).toHaveStatusCode(200);
      expect(outcome).toHaveJsonBody({ id, q: 'a+b' });
    },
  };
}

/** The route answers, but what reached the client is not what the app sent. */
export function answersWith(title: string, check: (outcome: ProxyOutcome) => void): Quirk {
  return { title, actual: check };
}

/**
 * Several Set-Cookie lines put in multiValueHeaders, which an ALB target group without multi-value headers
 * ignores (A-H3): the client gets none of them, where headers['set-cookie'] could have carried the first.
 */
export function noCookieBehindSingleValueAlb(title: string): Quirk {
  return answersWith(title, (outcome) => {
    expect(outcome).toHaveStatusCode(200);
    expect(outcome).not.toHaveCookie('session');
    expect(outcome).not.toHaveCookie('theme');
  });
}

/** A router that registers HEAD only where the app does: a GET route does not answer it (RFC 9110 §9.3.2 says it should). */
export const headIsNotFound: Quirk = answersWith(
  '404: a GET route does not answer HEAD (no upstream issue found)',
  (outcome) => {
    expect(outcome).toHaveStatusCode(404);
    expect(outcome).toHaveBody('');
  },
);
