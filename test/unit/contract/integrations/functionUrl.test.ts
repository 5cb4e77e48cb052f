// proxy-rules.md §5: Lambda function URLs.
import { describe, expect, it } from 'vitest';
import { inspectProxyError } from '../../../../src/contract/inspectProxyError.js';
import { inspectProxyResult } from '../../../../src/contract/inspectProxyResult.js';
import { checkRow, FUNCTION_URL_ERROR_BODY, JSON_TYPE, type RuleRow } from '../support.js';

const url = (row: RuleRow): void => {
  checkRow('function-url', row);
};
const ERROR = { status: 502, body: FUNCTION_URL_ERROR_BODY, headers: {} };

describe('function URL', () => {
  it.each<RuleRow>([
    {
      rule: 'F-1',
      does: 'Content-Type defaults to application/json even with statusCode',
      result: { statusCode: 200, body: 'body123' },
      status: 200,
      body: 'body123',
      headers: JSON_TYPE,
      notes: ['F-1'],
    },
    {
      rule: 'F-2',
      does: '{"hello":"world"} is re-serialised compactly',
      result: { hello: 'world' },
      status: 200,
      body: '{"hello":"world"}',
      headers: JSON_TYPE,
      notes: ['F-2'],
    },
    {
      rule: 'F-2',
      does: 'a mixed list is its JSON text',
      result: ['hello', 3, true],
      status: 200,
      body: '["hello",3,true]',
      headers: JSON_TYPE,
    },
    { rule: 'F-2', does: '3 → 3', result: 3, status: 200, body: '3' },
    { rule: 'F-2', does: '3.1 → 3.1', result: 3.1, status: 200, body: '3.1' },
    { rule: 'F-2', does: 'true → true', result: true, status: 200, body: 'true' },
    { rule: 'F-2', does: '{} → 200 body {} (assumed)', result: {}, status: 200, body: '{}' },
    {
      rule: 'F-2',
      does: 'a body without statusCode is sent as the whole object',
      result: { body: 'x' },
      status: 200,
      body: '{"body":"x"}',
      problems: ['warning F-2'],
    },
    {
      rule: 'F-2',
      does: 'a returned {errorMessage} is data: inferred 200, with a warning',
      result: { errorMessage: 'boom' },
      status: 200,
      body: '{"errorMessage":"boom"}',
      problems: ['warning F-2'],
    },
    {
      rule: 'F-3',
      does: 'a string result is sent without quotes (the docs are wrong)',
      result: 'hello',
      status: 200,
      body: 'hello',
      headers: JSON_TYPE,
      notes: ['F-3'],
    },
    {
      rule: 'F-4',
      does: 'a numeric-string statusCode works: "418" → 418',
      result: { statusCode: '418' },
      status: 418,
      problems: ['warning F-4'],
    },
    {
      rule: 'F-4',
      does: 'custom headers pass through',
      result: { statusCode: 201, headers: { 'X-Custom': 'yes' } },
      status: 201,
      headers: { 'x-custom': ['yes'], ...JSON_TYPE },
    },
    {
      rule: 'F-5',
      does: 'cookies → set-cookie headers',
      result: { statusCode: 200, cookies: ['a=1', 'b=2'] },
      status: 200,
      headers: { 'set-cookie': ['a=1', 'b=2'], ...JSON_TYPE },
      notes: ['F-5'],
    },
    {
      rule: 'F-5',
      does: 'isBase64Encoded: true → decoded',
      result: { statusCode: 200, body: 'aGk=', isBase64Encoded: true },
      status: 200,
      body: 'hi',
      notes: ['F-5'],
    },
    {
      rule: 'F-6',
      does: 'an object body next to statusCode is reportedly accepted (low)',
      result: { statusCode: '302', body: {}, headers: { Location: '/x' } },
      status: 302,
      body: '{}',
      problems: ['warning F-4', 'warning F-6'],
    },
    { rule: 'F-8', does: 'null is judged a 502 (low)', result: null, ...ERROR, problems: ['error F-8'] },
    {
      rule: 'F-8',
      does: 'a bad statusCode is judged a 502 (low)',
      result: { statusCode: 'teapot' },
      ...ERROR,
      problems: ['error F-8'],
    },
    {
      rule: 'F-8',
      does: 'undecodable base64 is judged a 502 (low)',
      result: { statusCode: 200, body: '%%%', isBase64Encoded: true },
      ...ERROR,
      problems: ['error F-8'],
    },
    {
      rule: 'F-8',
      does: 'multiValueHeaders is judged ignored (low)',
      result: { statusCode: 200, multiValueHeaders: { a: ['1'] } },
      status: 200,
      headers: JSON_TYPE,
      problems: ['warning H2-7'],
    },
    {
      rule: 'F-8',
      does: 'unknown keys are judged ignored (low)',
      result: { statusCode: 200, extra: 1 },
      status: 200,
      notes: ['H2-8'],
    },
    {
      rule: 'F-9',
      does: 'a non-200 status works: 201',
      result: { statusCode: 201, body: 'created' },
      status: 201,
      body: 'created',
    },
    { rule: 'F-9', does: 'a non-200 status works: 418', result: { statusCode: 418 }, status: 418 },
  ])('$rule: $does', url);

  it('F-4: a numeric-string statusCode is accepted, and that is verified', () => {
    const { problems } = inspectProxyResult({ statusCode: '418' }, { integration: 'function-url' });
    expect(problems.map((p) => p.message)).toEqual([
      'statusCode is the string "418"; the function URL accepts it, but ALB answers 502 for a string',
    ]);
  });

  it('F-4, F-8: header and unknown-key notes name the function URL; ignoring an unknown key is unverified', () => {
    const { notes } = inspectProxyResult(
      { statusCode: 200, headers: { 'x-n': 1 }, extra: true },
      { integration: 'function-url' },
    );
    expect(notes).toEqual([
      {
        path: 'extra',
        message:
          "the function URL ignored 'extra', which is not a key of its responses (AWS behaviour unverified)",
        rule: 'H2-8',
      },
      {
        path: 'headers.x-n',
        message:
          'headers.x-n is a number, so the function URL sent it as the text "1" (AWS behaviour unverified)',
        rule: 'F-4',
      },
      {
        path: 'headers.content-type',
        message: 'no Content-Type was set, so the function URL added content-type: application/json',
        rule: 'F-1',
      },
    ]);
  });

  it('F-7: a function error is 502 Internal Server Error, as plain text', () => {
    const { response, notes } = inspectProxyError(new Error('boom'), { integration: 'function-url' });
    expect(response).toEqual({
      status: 502,
      headers: {},
      body: 'Internal Server Error',
      bodyBytes: new TextEncoder().encode('Internal Server Error'),
    });
    expect(notes.map((n) => n.rule)).toContain('F-7');
  });
});
