import { createRequire } from 'node:module';
import * as lib from 'lambda-proxy-matchers';

const require = createRequire(import.meta.url);
const { defineCases } = require('../../shared/cases.cjs');
const { hello, results } = require('../../shared/fixtures.cjs');

describe('two copies of the library, one setting', () => {
  it('loaded the ESM and the CommonJS copy as separate modules', () => {
    // Were they one module, this suite would prove nothing about sharing between copies.
    expect(require('lambda-proxy-matchers').configure).not.toBe(lib.configure);
  });

  it("judges by the CommonJS setup file's http-2.0: a bare object passes", () => {
    expect(results.bareObject).toBeValidProxyResponse();
    expect(results.bareObject).toHaveStatusCode(200);
    expect(results.bareObject).toHaveJsonBody(hello);
  });

  it('fails .not on the bare object, which HTTP API 2.0 accepts', () => {
    expect(() => expect(results.bareObject).not.toBeValidProxyResponse()).toThrow(/toBeValidProxyResponse/);
  });

  it('fails a result HTTP API 2.0 rejects, with its verdict', () => {
    const invalid = { statusCode: 200, isBase64Encoded: 'no', body: '' };
    expect(() => expect(invalid).toBeValidProxyResponse()).toThrow(
      /HTTP API, payload 2\.0\) would answer 500: isBase64Encoded/,
    );
    expect(invalid).not.toBeValidProxyResponse();
  });
});

defineCases({ describe, it, expect, beforeAll, afterAll, lib, setupIntegration: 'http-2.0' });
