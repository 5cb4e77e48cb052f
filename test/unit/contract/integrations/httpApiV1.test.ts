// proxy-rules.md §2: API Gateway HTTP API, payload format 1.0.
import { describe, expect, it } from 'vitest';
import { inspectProxyError } from '../../../../src/contract/inspectProxyError.js';
import { inspectProxyResult } from '../../../../src/contract/inspectProxyResult.js';
import { checkRow, HTTP_API_ERROR_BODY, JSON_TYPE, type RuleRow, TEXT_TYPE } from '../support.js';

const v1 = (row: RuleRow): void => {
  checkRow('http-1.0', row);
};
const ERROR = { status: 500, body: HTTP_API_ERROR_BODY, headers: JSON_TYPE };

describe('HTTP API 1.0', () => {
  it.each<RuleRow>([
    {
      rule: 'H1-1',
      does: '{} is a 500: statusCode is required',
      result: {},
      ...ERROR,
      problems: ['error H1-1'],
    },
    {
      rule: 'H1-1',
      does: '{ body } without statusCode is a 500',
      result: { body: 'x' },
      ...ERROR,
      problems: ['error H1-1'],
    },
    {
      rule: 'H1-1',
      does: 'a data object is a 500',
      result: { message: 'hi' },
      ...ERROR,
      problems: ['error H1-1'],
      notes: ['H1-5'],
    },
    { rule: 'H1-1', does: 'a string is a 500', result: 'hello', ...ERROR, problems: ['error H1-1'] },
    { rule: 'H1-1', does: 'null is a 500', result: null, ...ERROR, problems: ['error H1-1'] },
    {
      rule: 'H1-1',
      does: 'statusCode: null is no statusCode: 500',
      result: { statusCode: null },
      ...ERROR,
      problems: ['error H1-1'],
    },
    {
      rule: 'H1-2',
      does: 'unknown keys are ignored',
      result: { statusCode: 200, body: 'x', extra: 1 },
      status: 200,
      body: 'x',
      notes: ['H1-2'],
    },
    {
      rule: 'H1-2',
      does: 'cookies is ignored, not turned into headers (low)',
      result: { statusCode: 200, cookies: ['a=1'] },
      status: 200,
      headers: TEXT_TYPE,
      problems: ['warning H1-2'],
    },
    {
      rule: 'H1-2',
      does: 'a misspelt key is ignored, with a warning',
      result: { statusCode: 200, Body: 'x' },
      status: 200,
      body: '',
      problems: ['warning H1-2'],
    },
    {
      rule: 'H1-3',
      does: 'multiValueHeaders is supported',
      result: { statusCode: 200, multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] } },
      status: 200,
      headers: { 'set-cookie': ['a=1', 'b=2'], ...TEXT_TYPE },
    },
    {
      rule: 'H1-3',
      does: 'the merge with headers follows REST (low)',
      result: { statusCode: 200, headers: { 'x-a': 'solo' }, multiValueHeaders: { 'X-A': ['multi'] } },
      status: 200,
      headers: { 'x-a': ['multi', 'solo'], ...TEXT_TYPE },
      notes: ['H1-3'],
    },
    {
      rule: 'H1-3',
      does: 'a string entry in multiValueHeaders is a 500 (low)',
      result: { statusCode: 200, multiValueHeaders: { a: 'b' } },
      ...ERROR,
      problems: ['error H1-3'],
    },
    {
      rule: 'H1-4',
      does: 'isBase64Encoded: true is always decoded',
      result: { statusCode: 200, body: 'aGk=', isBase64Encoded: true },
      status: 200,
      body: 'hi',
      notes: ['H1-4'],
    },
    {
      rule: 'H1-4',
      does: 'invalid base64 is judged a 500 (low)',
      result: { statusCode: 200, body: '***', isBase64Encoded: true },
      ...ERROR,
      problems: ['error H1-4'],
    },
    {
      rule: 'H1-4',
      does: 'a non-boolean flag is judged a 500 (low)',
      result: { statusCode: 200, isBase64Encoded: 'true' },
      ...ERROR,
      problems: ['error H1-4'],
    },
    {
      rule: 'H1-5',
      does: 'a malformed response is 500 {"message":"Internal Server Error"}',
      result: { body: 'x' },
      ...ERROR,
      problems: ['error H1-1'],
      notes: ['H1-5'],
    },
    {
      rule: 'H1-6',
      does: 'a non-numeric statusCode is a 500 "Invalid status code"',
      result: { statusCode: 'OK' },
      ...ERROR,
      problems: ['error H1-6'],
    },
    {
      rule: 'H1-6',
      does: 'a numeric-string statusCode is probably accepted (low)',
      result: { statusCode: '201' },
      status: 201,
      problems: ['warning H1-6'],
    },
    {
      rule: 'H1-6',
      does: 'a boolean header is probably sent as text (low)',
      result: { statusCode: 200, headers: { 'x-a': true } },
      status: 200,
      headers: { 'x-a': ['true'], ...TEXT_TYPE },
      notes: ['H1-6'],
    },
    {
      rule: 'H1-6',
      does: 'a number header is probably sent as text (low)',
      result: { statusCode: 200, headers: { 'x-a': 5 } },
      status: 200,
      headers: { 'x-a': ['5'], ...TEXT_TYPE },
      notes: ['H1-6'],
    },
    {
      rule: 'H1-6',
      does: 'an object body is judged a 500 (low)',
      result: { statusCode: 200, body: { a: 1 } },
      ...ERROR,
      problems: ['error H1-6'],
    },
    {
      rule: 'H1-6',
      does: 'a number body is probably sent as text (low)',
      result: { statusCode: 200, body: 7 },
      status: 200,
      body: '7',
      problems: ['warning H1-6'],
    },
    {
      rule: 'H1-6',
      does: 'a status outside 100–599 is judged a 500 (low)',
      result: { statusCode: 600 },
      ...ERROR,
      problems: ['error H1-6'],
    },
    {
      rule: 'H1-6',
      does: 'a fractional status is judged a 500 (low)',
      result: { statusCode: 200.5 },
      ...ERROR,
      problems: ['error H1-6'],
    },
    {
      rule: 'H1-7',
      does: 'no Content-Type → probably text/plain; charset=utf-8 (low)',
      result: { statusCode: 200, body: 'x' },
      status: 200,
      headers: TEXT_TYPE,
      notes: ['H1-7'],
    },
    {
      rule: 'H1-7',
      does: "the function's Content-Type is kept",
      result: { statusCode: 200, headers: { 'Content-Type': 'application/xml' } },
      status: 200,
      headers: { 'content-type': ['application/xml'] },
    },
  ])('$rule: $does', v1);

  it('H1-1: the hint for a data object wraps it in a response', () => {
    const { problems } = inspectProxyResult({ message: 'hi' }, { integration: 'http-1.0' });
    expect(problems[0]).toMatchObject({
      path: 'statusCode',
      hint: 'return { statusCode: 200, body: JSON.stringify({ message }) }',
    });
  });

  it('H1-1: a null statusCode is named as null, not as a missing one', () => {
    const { problems } = inspectProxyResult({ statusCode: null }, { integration: 'http-1.0' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'statusCode', rule: 'H1-1' });
    expect(problems[0]?.message).toMatch(/^statusCode is null, and HTTP API 1\.0 requires one: /);
  });

  it('H1-5: an unhandled function error is the same 500 (35 bytes)', () => {
    const { response, notes } = inspectProxyError(new Error('boom'), { integration: 'http-1.0' });
    expect(response).toMatchObject({ status: 500, body: HTTP_API_ERROR_BODY, headers: JSON_TYPE });
    expect(response.bodyBytes.length).toBe(35);
    expect(notes.map((n) => n.rule)).toContain('H1-5');
  });
});
