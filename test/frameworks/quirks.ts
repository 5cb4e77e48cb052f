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
