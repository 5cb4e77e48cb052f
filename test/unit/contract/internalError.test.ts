// If a judge ever throws (a bug of ours: they read plain JSON data only), inspectProxyResult must still return
// an outcome that fails the user's assertion and says whose bug it is, never throw into their test.
import { describe, expect, it } from 'vitest';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import { rest } from '../../../src/contract/integrations/rest.js';

describe('a bug inside a judge', () => {
  it('is an internal problem on an outcome that is not accepted, with nothing sent to the client', () => {
    const judge = rest.judge;
    rest.judge = () => {
      throw new TypeError('boom');
    };
    try {
      const outcome = inspectProxyResult({ statusCode: 200, body: 'ok' });
      expect(outcome.accepted).toBe(false);
      expect(outcome.problems).toEqual([
        expect.objectContaining({
          path: '',
          rule: 'internal',
          message: 'lambda-proxy-matchers failed to judge this result (TypeError: boom); please report it',
        }),
      ]);
      expect(outcome.response.status).toBe(502);
    } finally {
      rest.judge = judge;
    }
  });
});
