// A number or boolean body on a front end that coerces it: the client gets its text, and the warning points
// at `body` with the fix.
import { describe, expect, it } from 'vitest';
import { inspectProxyResult } from '../../../../src/contract/inspectProxyResult.js';

describe('readBodyText', () => {
  it.each([
    ['rest', 42, 'R-B3'],
    ['rest', true, 'R-B3'],
    ['http-1.0', 42, 'H1-6'],
    ['http-2.0', false, 'H2-5'],
  ] as const)(
    'on %s, a body of %j is sent as its text, with a warning on body (%s)',
    (integration, body, rule) => {
      const outcome = inspectProxyResult({ statusCode: 200, body }, { integration });
      expect(outcome.accepted).toBe(true);
      expect(outcome.response.body).toBe(String(body));
      expect(outcome.problems).toEqual([
        expect.objectContaining({
          severity: 'warning',
          path: 'body',
          rule,
          hint: 'String() it, or JSON.stringify it',
        }),
      ]);
    },
  );
});
