// Results a front end accepts but the handler almost certainly did not mean: warnings, and `strict`, which
// makes them count as errors.
import { describe, expect, it } from 'vitest';
import { inspectProxyError } from '../../../src/contract/inspectProxyError.js';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import type { Integration } from '../../../src/contract/types.js';

interface WarningRow {
  rule: string;
  does: string;
  integration: Integration;
  result: unknown;
  path: string;
  hint: string;
}

const WARNINGS: WarningRow[] = [
  {
    rule: 'R-K2',
    does: 'REST answers {} with an empty 200',
    integration: 'rest',
    result: {},
    path: '',
    hint: "return { statusCode: 200, body: '…' } if that is what you mean",
  },
  {
    rule: 'R-S1',
    does: 'a numeric-string statusCode',
    integration: 'rest',
    result: { statusCode: '404' },
    path: 'statusCode',
    hint: 'use the number: statusCode: 404',
  },
  {
    rule: 'F-4',
    does: 'a numeric-string statusCode on a function URL',
    integration: 'function-url',
    result: { statusCode: '418' },
    path: 'statusCode',
    hint: 'use the number: statusCode: 418',
  },
  {
    rule: 'R-64a',
    does: 'base64 that REST passes through undecoded',
    integration: 'rest',
    result: { statusCode: 200, body: 'aGk=', isBase64Encoded: true },
    path: 'isBase64Encoded',
    hint: "add the type to the API's binaryMediaTypes and pass { binaryMediaTypes, accept } here, or send the body as text",
  },
  {
    rule: 'H2-1',
    does: 'statuscode (lower-case c) on 2.0',
    integration: 'http-2.0',
    result: { statuscode: 404, body: 'x' },
    path: 'statuscode',
    hint: 'rename statuscode to statusCode',
  },
  {
    rule: 'H2-1',
    does: 'StatusCode on 2.0',
    integration: 'http-2.0',
    result: { StatusCode: 404 },
    path: 'StatusCode',
    hint: 'rename StatusCode to statusCode',
  },
  {
    rule: 'H2-1',
    does: 'body without statusCode on 2.0',
    integration: 'http-2.0',
    result: { body: 'x', headers: {} },
    path: 'statusCode',
    hint: 'add statusCode: 200',
  },
  {
    rule: 'H2-1',
    does: 'a numeric status without statusCode on 2.0',
    integration: 'http-2.0',
    result: { status: 404, error: 'Not Found' },
    path: 'status',
    hint: 'use statusCode: 404 if status was meant for the client',
  },
  {
    rule: 'F-2',
    does: 'status_code on a function URL',
    integration: 'function-url',
    result: { status_code: 201 },
    path: 'status_code',
    hint: 'rename status_code to statusCode',
  },
  {
    rule: 'H2-7',
    does: 'multiValueHeaders on 2.0',
    integration: 'http-2.0',
    result: { statusCode: 200, multiValueHeaders: { a: ['1'] } },
    path: 'multiValueHeaders',
    hint: "move them to headers, joining several values with ', ', and Set-Cookie values to cookies",
  },
  {
    rule: 'A-H3',
    does: 'multiValueHeaders with multi-value headers off',
    integration: 'alb',
    result: { statusCode: 200, multiValueHeaders: { a: ['1'] } },
    path: 'multiValueHeaders',
    hint: "put them in headers, or judge with { integration: 'alb-multi-value' } if the target group has multi-value headers on",
  },
  {
    rule: 'H1-2',
    does: 'a misspelt key that HTTP API 1.0 ignores',
    integration: 'http-1.0',
    result: { statusCode: 200, Headers: { a: '1' } },
    path: 'Headers',
    hint: 'rename it to headers',
  },
];

describe('warnings', () => {
  it.each(WARNINGS)(
    '$rule: $does is accepted, with a warning',
    ({ rule, integration, result, path, hint }) => {
      const outcome = inspectProxyResult(result, { integration });
      expect(outcome.accepted).toBe(true);
      expect(outcome.problems).toEqual([expect.objectContaining({ severity: 'warning', rule, path, hint })]);
    },
  );

  it.each(WARNINGS)(
    '$rule: under strict, $does is rejected with the error response',
    ({ rule, integration, result }) => {
      const outcome = inspectProxyResult(result, { integration, strict: true });
      expect(outcome.accepted).toBe(false);
      expect(outcome.problems).toEqual([expect.objectContaining({ severity: 'error', rule })]);
      expect(outcome.response).toEqual(inspectProxyError(new Error('x'), { integration }).response);
      expect(outcome.notes.at(-1)).toMatchObject({
        rule: 'strict',
        message: expect.stringContaining('strict: the warnings count as errors'),
      });
    },
  );

  it.each<[string, Integration, unknown]>([
    ['data with status and code fields on 2.0', 'http-2.0', { status: 'ok', code: 'E1', message: 'hi' }],
    ['a status field next to statusCode on HTTP API 1.0', 'http-1.0', { statusCode: 200, status: 'ok' }],
    ['a status field next to statusCode on ALB', 'alb', { statusCode: 200, status: 'ok' }],
    [
      'a clean REST response',
      'rest',
      { statusCode: 200, headers: { 'Content-Type': 'text/plain' }, body: 'x' },
    ],
  ])('no warning for %s', (_name, integration, result) => {
    expect(inspectProxyResult(result, { integration }).problems).toEqual([]);
  });

  it('strict leaves a clean result accepted', () => {
    expect(inspectProxyResult({ statusCode: 204 }, { integration: 'alb', strict: true }).accepted).toBe(true);
  });
});
