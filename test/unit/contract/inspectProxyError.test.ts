import { describe, expect, it } from 'vitest';
import { inspectProxyError } from '../../../src/contract/inspectProxyError.js';
import { INTEGRATIONS } from '../../../src/contract/integrations/integrationNames.js';
import { isProxyOutcome } from '../../../src/contract/outcome/isProxyOutcome.js';

const hostileError = new Proxy(
  {},
  {
    get() {
      throw new Error('trap');
    },
    getPrototypeOf() {
      throw new Error('trap');
    },
  },
);
const revoked = Proxy.revocable({}, {});
revoked.revoke();

describe('inspectProxyError: the handler threw, rejected or timed out (W4)', () => {
  it.each([
    {
      thrown: new TypeError("Cannot read properties of undefined (reading 'id')"),
      says: "TypeError: Cannot read properties of undefined (reading 'id')",
    },
    { thrown: Object.assign(new Error('boom'), { name: 'ValidationError' }), says: 'ValidationError: boom' },
    { thrown: new Error('first line\n    at stack-like second line'), says: 'Error: first line' },
    { thrown: new Error(''), says: 'the handler threw Error,' },
    { thrown: 'plain string', says: 'the string "plain string" (not an Error)' },
    { thrown: 42, says: '42 (not an Error)' },
    { thrown: null, says: 'null (not an Error)' },
    { thrown: undefined, says: 'undefined (not an Error)' },
    { thrown: 10n, says: '10n (not an Error)' },
    { thrown: Symbol('s'), says: 'Symbol(s) (not an Error)' },
    {
      thrown: { errorType: 'Sandbox.Timedout', errorMessage: 'Task timed out after 3.00 seconds' },
      says: 'Sandbox.Timedout: Task timed out after 3.00 seconds',
    },
    // RF-7: a plain object is not an Error (this row said 'the handler threw Error,' before)
    { thrown: { code: 'E_NOPE' }, says: 'the handler threw an object (not an Error),' },
    { thrown: hostileError, says: 'the handler threw Error,' },
    { thrown: revoked.proxy, says: 'the handler threw Error,' },
  ])('W4: names what was thrown: $says', ({ thrown, says }) => {
    for (const integration of INTEGRATIONS) {
      const outcome = inspectProxyError(thrown, { integration });
      expect(isProxyOutcome(outcome)).toBe(true);
      expect(outcome).toMatchObject({ integration, accepted: false, functionError: true });
      expect(outcome.problems).toHaveLength(1);
      expect(outcome.problems[0]).toMatchObject({ severity: 'error', path: '', rule: 'W4' });
      expect(outcome.problems[0]?.message).toContain(says);
    }
  });

  it('W4: the problem carries the hint to catch the error', () => {
    const [problem] = inspectProxyError(new Error('boom')).problems;
    expect(problem).toEqual({
      severity: 'error',
      path: '',
      message: 'the handler threw Error: boom, so Lambda reported a function error instead of a result',
      hint: 'catch it in the handler and return { statusCode: 500, body } if the client should see why',
      rule: 'W4',
    });
  });

  it('W4: each front end adds a note saying how it answers a function error', () => {
    const rules = INTEGRATIONS.map((integration) =>
      inspectProxyError(new Error('x'), { integration }).notes.map((n) => n.rule),
    );
    expect(rules).toEqual([['R-E2'], ['H1-5'], ['H2-12'], ['A-E'], ['A-E'], ['F-7'], ['L-R10']]);
  });

  it('W4: a very long message is cut to one short line', () => {
    const [problem] = inspectProxyError(new Error('x'.repeat(5000))).problems;
    expect(problem?.message.length).toBeLessThan(300);
  });
});
