import { beforeEach, describe, expect, it } from 'vitest';
import { inspectProxyError } from '../../../../src/contract/inspectProxyError.js';
import { inspectProxyResult } from '../../../../src/contract/inspectProxyResult.js';
import { isProxyOutcome, PROXY_OUTCOME_BRAND } from '../../../../src/contract/outcome/isProxyOutcome.js';

describe('isProxyOutcome', () => {
  // Built in each test, not while the file loads (Stryker counts load-time code as static).
  let outcome: ReturnType<typeof inspectProxyResult>;
  beforeEach(() => {
    outcome = inspectProxyResult({ statusCode: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' });
  });

  it('recognises outcomes of inspectProxyResult and inspectProxyError', () => {
    expect(isProxyOutcome(outcome)).toBe(true);
    expect(isProxyOutcome(inspectProxyError(new Error('x')))).toBe(true);
  });

  it('does not take a look-alike plain object, a copy or a spread for an outcome', () => {
    expect(isProxyOutcome({ ...outcome })).toBe(false);
    expect(isProxyOutcome(structuredClone(outcome))).toBe(false);
    expect(isProxyOutcome(JSON.parse(JSON.stringify(outcome)))).toBe(false);
  });

  it.each([null, undefined, 0, 'outcome', [], () => 1, { accepted: true, response: {} }])(
    'rejects %j',
    (value) => {
      expect(isProxyOutcome(value)).toBe(false);
    },
  );

  it('never throws, even for a Proxy whose traps throw', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    expect(isProxyOutcome(hostile)).toBe(false);
  });

  it('uses a Symbol.for brand, so other copies of the package recognise the outcome', () => {
    expect(PROXY_OUTCOME_BRAND).toBe(Symbol.for('lambda-proxy-matchers.ProxyOutcome'));
  });

  it('the brand is non-enumerable: an outcome equals a plain object with toEqual and toStrictEqual', () => {
    const plain = {
      integration: 'rest',
      accepted: true,
      problems: [],
      notes: [],
      response: {
        status: 200,
        headers: { 'content-type': ['text/plain'] },
        body: 'ok',
        bodyBytes: new TextEncoder().encode('ok'),
      },
      functionError: false,
    };
    expect(outcome).toEqual(plain);
    expect(outcome).toStrictEqual(plain);
    expect(Object.keys(outcome)).not.toContain(PROXY_OUTCOME_BRAND);
    expect(JSON.stringify(outcome)).not.toContain('ProxyOutcome');
  });

  it('is false for anything but an object, even a function carrying the brand', () => {
    const branded = Object.defineProperty(() => undefined, PROXY_OUTCOME_BRAND, { value: true });
    expect(isProxyOutcome(branded)).toBe(false);
    for (const value of [null, undefined, 0, 'outcome', true]) expect(isProxyOutcome(value)).toBe(false);
  });
});
