// R-S2: a statusCode that is neither a number, a numeric string nor a boolean is named by its kind, not
// described as a string: the message says what the handler returned.
import { describe, expect, it } from 'vitest';
import { inspectProxyResult } from '../../../../src/contract/inspectProxyResult.js';

describe('REST: a statusCode of another kind (R-S2)', () => {
  it.each([
    ['an array', [200]],
    ['an object', { code: 200 }],
  ])('is refused as %s', (kind, statusCode) => {
    const outcome = inspectProxyResult({ statusCode }, { integration: 'rest' });
    expect(outcome.response.status).toBe(502);
    expect(outcome.problems.map(({ path, rule, message, hint }) => ({ path, rule, message, hint }))).toEqual([
      {
        path: 'statusCode',
        rule: 'R-S2',
        message: `statusCode must be a number, but it is ${kind}`,
        hint: 'use statusCode: 200',
      },
    ]);
  });
});
