import { createRequire } from 'node:module';
import * as lib from 'lambda-proxy-matchers';

const require = createRequire(import.meta.url);
const { results } = require('../../shared/fixtures.cjs');

describe('matchers from the CommonJS copy, configure() from the ESM copy', () => {
  it('loaded the two copies as separate modules', () => {
    expect(require('lambda-proxy-matchers').configure).not.toBe(lib.configure);
  });

  it("judges by the ESM setup file's alb: a bare object, valid for HTTP API 2.0, fails", () => {
    // ALB needs a statusCode; under the default REST rules the verdict would name API Gateway instead.
    expect(() => expect(results.bareObject).toBeValidProxyResponse()).toThrow(
      /ALB would answer 502: there is no statusCode/,
    );
    expect(results.bareObject).not.toBeValidProxyResponse();
  });

  it('still passes the bare object when a call asks for http-2.0', () => {
    expect(results.bareObject).toBeValidProxyResponse({ integration: 'http-2.0' });
  });

  it('passes a result ALB accepts, and fails .not on it', () => {
    expect(results.text).toBeValidProxyResponse();
    expect(() => expect(results.text).not.toBeValidProxyResponse()).toThrow(/toBeValidProxyResponse/);
  });

  it('fails an isBase64Encoded ALB cannot read, with its verdict', () => {
    const invalid = { statusCode: 200, isBase64Encoded: 'no', body: '' };
    expect(() => expect(invalid).toBeValidProxyResponse()).toThrow(/ALB would answer 502: isBase64Encoded/);
  });
});
