// toBeValidProxyResponse's binaryMediaTypes and accept, given valid: REST decodes a base64 body only when the
// API lists the Content-Type and the request accepts it (R-64a). Without the options the same result draws a
// warning, which strict turns into a failure, so an option that always threw or was dropped fails here.
import { describe, expect, it } from 'vitest';
import { toBeValidProxyResponse } from '../../../src/matchers/toBeValidProxyResponse.js';
import type { ProxyResponseOptions } from '../../../src/matchers/types.js';
import { failureOf } from './support.js';

expect.extend({ toBeValidProxyResponse });

const bytes = [137, 80, 78, 71];
const png = {
  statusCode: 200,
  headers: { 'Content-Type': 'image/png' },
  body: Buffer.from(bytes).toString('base64'),
  isBase64Encoded: true,
};
const configured: ProxyResponseOptions = {
  integration: 'rest',
  binaryMediaTypes: ['image/png'],
  accept: 'image/png',
};

describe('toBeValidProxyResponse with binaryMediaTypes and accept (R-64a)', () => {
  it('passes under strict when the API lists the type and the request accepts it', () => {
    expect(png).toBeValidProxyResponse({ ...configured, strict: true });
    expect(png).toBeValidProxyResponse(configured);
  });

  it('fails .not on that result, which REST delivers as the PNG bytes', () => {
    expect(failureOf(() => expect(png).not.toBeValidProxyResponse({ ...configured, strict: true }))).toMatch(
      /Expected result not to be a valid proxy response, but API Gateway \(REST\) builds a 200 response/,
    );
  });

  it('fails under strict without the options, saying REST passes the base64 text through', () => {
    const message = failureOf(() =>
      expect(png).toBeValidProxyResponse({ integration: 'rest', strict: true }),
    );
    expect(message).toMatch(/strict counts this warning as an error/);
    expect(message).toMatch(/passes the base64 text through undecoded/);
    expect(png).not.toBeValidProxyResponse({ integration: 'rest', strict: true });
  });

  it('fails under strict when only binaryMediaTypes is given: the request must accept the type too', () => {
    const options: ProxyResponseOptions = {
      integration: 'rest',
      strict: true,
      binaryMediaTypes: ['image/png'],
    };
    expect(failureOf(() => expect(png).toBeValidProxyResponse(options))).toMatch(
      /because the request has no Accept header \(options\.accept\)/,
    );
    expect(png).not.toBeValidProxyResponse({ ...options, accept: 'text/html' });
  });

  it('fails under strict when the listed type is another one', () => {
    expect(png).not.toBeValidProxyResponse({ ...configured, strict: true, binaryMediaTypes: ['image/gif'] });
  });
});

describe('toBeValidProxyResponse refuses binaryMediaTypes with a non-string entry', () => {
  it.each([
    ['a number among strings', ['image/png', 5]],
    ['only a number', [5]],
  ])('%s: a Matcher error, with or without .not', (_, binaryMediaTypes) => {
    const options = { ...configured, binaryMediaTypes } as unknown as ProxyResponseOptions;
    const said = /options\.binaryMediaTypes must be an array of media types such as \['image\/png'\]/;
    expect(failureOf(() => expect(png).toBeValidProxyResponse(options))).toMatch(said);
    expect(failureOf(() => expect(png).not.toBeValidProxyResponse(options))).toMatch(said);
  });
});

describe('toBeValidProxyResponse(undefined)', () => {
  it('is the call without options: it passes, and its message title names no options', () => {
    expect(png).toBeValidProxyResponse(undefined);
    expect(failureOf(() => expect(png).not.toBeValidProxyResponse(undefined))).toMatch(
      /^expect\(received\)\.not\.toBeValidProxyResponse\(\)\n/,
    );
  });
});
