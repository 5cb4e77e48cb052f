const { afterAll, beforeAll, describe, expect, it } = require('@jest/globals');
const lib = require('lambda-proxy-matchers');
const { defineCases } = require('../../shared/cases.cjs');

describe('injectGlobals: false', () => {
  it('leaves no expect on globalThis, so registration went through @jest/globals', () => {
    expect(typeof globalThis.expect).toBe('undefined');
  });
});

defineCases({ describe, it, expect, beforeAll, afterAll, lib, setupIntegration: 'http-2.0' });
