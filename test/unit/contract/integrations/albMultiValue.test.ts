// ALB with multi-value headers on (proxy-rules.md §4, AM-1 … AM-3): the messages its policy words, which the
// rule table in alb.test.ts checks by rule id only.
import { describe, expect, it } from 'vitest';
import { inspectProxyResult } from '../../../../src/contract/inspectProxyResult.js';

const judge = (result: unknown) => inspectProxyResult(result, { integration: 'alb-multi-value' });
const CONTENT_TYPE_NOTE = {
  path: 'headers.content-type',
  message:
    'no Content-Type was set, so ALB (multi-value headers) added content-type: application/octet-stream',
  rule: 'A-C1',
};

describe('ALB (multi-value headers): its messages', () => {
  it('AM-3: a number in a list is an error, and that rule is verified (no caveat)', () => {
    expect(judge({ statusCode: 200, multiValueHeaders: { a: [1] } }).problems).toEqual([
      {
        severity: 'error',
        path: 'multiValueHeaders.a[0]',
        message: 'multiValueHeaders.a[0] must be a string, but it is a number',
        hint: 'send each value as a string',
        rule: 'AM-3',
      },
    ]);
  });

  it('A-K: ignoring an unknown key is unverified', () => {
    expect(judge({ statusCode: 200, extra: 1 }).notes).toEqual([
      {
        path: 'extra',
        message:
          "ALB (multi-value headers) ignored 'extra', which is not a key of its responses (AWS behaviour unverified)",
        rule: 'A-K',
      },
      CONTENT_TYPE_NOTE,
    ]);
  });

  it('A-K: cookies is ignored, and the fix is multiValueHeaders, not headers', () => {
    expect(judge({ statusCode: 200, cookies: ['a=1'] }).problems).toEqual([
      {
        severity: 'warning',
        path: 'cookies',
        message:
          "ALB (multi-value headers) ignores 'cookies', so it never reaches the client (AWS behaviour unverified)",
        hint: "send them as multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] }",
        rule: 'A-K',
      },
    ]);
  });

  it('AM-1: headers is ignored, whatever else the result holds', () => {
    expect(judge({ statusCode: 200, headers: { a: '1' } }).problems).toEqual([
      {
        severity: 'warning',
        path: 'headers',
        message:
          "ALB (multi-value headers) ignores headers, so 'a', missing from or different in multiValueHeaders, never reach the client",
        hint: "move them to multiValueHeaders: { 'Content-Type': ['application/json'] }",
        rule: 'AM-1',
      },
    ]);
  });
});
