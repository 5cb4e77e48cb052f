// The review findings (docs/proxy-rules.md RF-1 … RF-7) through toBeValidProxyResponse, failing side with and
// without .not.
import { describe, expect, it } from 'vitest';
import { toBeValidProxyResponse } from '../../../src/matchers/toBeValidProxyResponse.js';
import { failureOf } from './support.js';

expect.extend({ toBeValidProxyResponse });

const png = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

describe('toBeValidProxyResponse and what no client can receive', () => {
  it.each([
    [
      'RF-1',
      { statusCode: 200, headers: { 'Bad Name': 'v' } },
      /headers\["Bad Name"\] is not a valid header name/,
    ],
    ['RF-2', { statusCode: 200, headers: { 'X-A': 'a\r\nb' } }, /headers\.X-A holds a carriage return/],
    ['RF-3', { statusCode: 101 }, /statusCode 101 is informational/],
  ])('%s: fails, and .not passes', (_rule, result, reason) => {
    expect(result).not.toBeValidProxyResponse();
    expect(failureOf(() => expect(result).toBeValidProxyResponse())).toMatch(reason);
    expect(failureOf(() => expect(result).toBeValidProxyResponse({ integration: 'function-url' }))).toMatch(
      reason,
    );
  });

  it('RF-1, RF-2: a clean header passes, and .not fails', () => {
    const clean = { statusCode: 200, headers: { 'X-Request-Id': 'abc' }, body: 'ok' };
    expect(clean).toBeValidProxyResponse();
    expect(failureOf(() => expect(clean).not.toBeValidProxyResponse())).toMatch(/not to be a valid/);
  });

  it('RF-4: a mirrored ALB result passes under strict; a lost header fails under strict only', () => {
    const mirrored = {
      statusCode: 200,
      headers: { 'x-a': '1' },
      multiValueHeaders: { 'x-a': ['1'] },
      body: 'ok',
    };
    expect(mirrored).toBeValidProxyResponse({ integration: 'alb', strict: true });
    const lost = { ...mirrored, multiValueHeaders: { 'x-a': ['1'], 'set-cookie': ['a=1', 'b=2'] } };
    expect(lost).toBeValidProxyResponse({ integration: 'alb' });
    expect(lost).not.toBeValidProxyResponse({ integration: 'alb', strict: true });
    expect(
      failureOf(() => expect(lost).toBeValidProxyResponse({ integration: 'alb', strict: true })),
    ).toMatch(/'set-cookie', missing from or different in headers, never reach the client/);
    // The rejection is strict's, not ALB's: ALB would accept this result.
    const message = failureOf(() =>
      expect(lost).toBeValidProxyResponse({ integration: 'alb', strict: true }),
    );
    expect(message).toMatch(/strict counts this warning as an error \(ALB itself would accept the result\)/);
    expect(message).not.toMatch(/would answer 502/);
  });

  it('RF-5, RF-6: the warnings fail only under strict', () => {
    const base64 = {
      statusCode: 200,
      headers: { 'Content-Type': 'image/png' },
      body: png.toString('base64'),
    };
    expect(base64).toBeValidProxyResponse({ integration: 'http-2.0' });
    expect(base64).not.toBeValidProxyResponse({ integration: 'http-2.0', strict: true });
    expect(
      failureOf(() => expect(base64).toBeValidProxyResponse({ integration: 'http-2.0', strict: true })),
    ).toMatch(/the client gets the base64 text itself labelled as image\/png: set isBase64Encoded: true/);
    const response = new Response('hi');
    expect(response).not.toBeValidProxyResponse({ integration: 'http-2.0', strict: true });
    expect(
      failureOf(() => expect(response).toBeValidProxyResponse({ integration: 'http-2.0', strict: true })),
    ).toMatch(/the result is a Response, .* use your framework's Lambda adapter/);
  });
});
