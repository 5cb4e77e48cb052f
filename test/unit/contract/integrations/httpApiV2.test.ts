// proxy-rules.md §3: API Gateway HTTP API, payload format 2.0.
import { describe, expect, it } from 'vitest';
import { inspectProxyError } from '../../../../src/contract/inspectProxyError.js';
import { inspectProxyResult } from '../../../../src/contract/inspectProxyResult.js';
import { checkRow, HTTP_API_ERROR_BODY, JSON_TYPE, type RuleRow, TEXT_TYPE } from '../support.js';

const v2 = (row: RuleRow): void => {
  checkRow('http-2.0', row);
};
const ERROR = { status: 500, body: HTTP_API_ERROR_BODY, headers: JSON_TYPE };

describe('HTTP API 2.0: inference without statusCode', () => {
  it.each<RuleRow>([
    {
      rule: 'H2-1',
      does: '{"message":"hi"} → 200 with a JSON body',
      result: { message: 'hi' },
      status: 200,
      body: '{"message":"hi"}',
      headers: JSON_TYPE,
      notes: ['H2-1'],
    },
    {
      rule: 'H2-1',
      does: '{} → 200 body {}',
      result: {},
      status: 200,
      body: '{}',
      headers: JSON_TYPE,
      notes: ['H2-1'],
    },
    {
      rule: 'H2-1',
      does: '{"body":"x"} → the body is {"body":"x"}, not x',
      result: { body: 'x' },
      status: 200,
      body: '{"body":"x"}',
      problems: ['warning H2-1'],
    },
    {
      rule: 'H2-1',
      does: 'headers without statusCode are not applied',
      result: { headers: { 'x-a': '1' }, body: 'x' },
      status: 200,
      headers: JSON_TYPE,
      body: '{"headers":{"x-a":"1"},"body":"x"}',
      problems: ['warning H2-1'],
    },
    {
      rule: 'H2-1',
      does: 'a misspelt statusCode makes the whole object the body',
      result: { statuscode: 404, body: 'x' },
      status: 200,
      problems: ['warning H2-1'],
    },
    {
      rule: 'H2-1',
      does: 'StatusCode (capital S) too',
      result: { StatusCode: 404 },
      status: 200,
      body: '{"StatusCode":404}',
      problems: ['warning H2-1'],
    },
    {
      rule: 'H2-1',
      does: 'an inferred object is re-serialised compactly',
      result: { a: [1, { b: 'c' }] },
      status: 200,
      body: '{"a":[1,{"b":"c"}]}',
    },
    {
      rule: 'H2-2',
      does: 'a string result is the body without JSON quotes',
      result: 'Hello',
      status: 200,
      body: 'Hello',
      headers: JSON_TYPE,
      notes: ['H2-2'],
    },
    {
      rule: 'H2-3',
      does: 'a number result is its JSON text',
      result: 42,
      status: 200,
      body: '42',
      headers: JSON_TYPE,
      notes: ['H2-3'],
    },
    {
      rule: 'H2-3',
      does: 'a boolean result is its JSON text',
      result: true,
      status: 200,
      body: 'true',
      notes: ['H2-3'],
    },
    {
      rule: 'H2-3',
      does: 'an array result is its JSON text',
      result: ['a', 1],
      status: 200,
      body: '["a",1]',
      notes: ['H2-3'],
    },
    {
      rule: 'H2-4',
      does: 'null is not inferred: 500 (low)',
      result: null,
      ...ERROR,
      problems: ['error H2-4'],
    },
    {
      rule: 'H2-4',
      does: 'undefined is the payload null: 500 (low)',
      result: undefined,
      ...ERROR,
      problems: ['error H2-4'],
      notes: ['W2'],
    },
  ])('$rule: $does', v2);
});

describe('HTTP API 2.0: with statusCode', () => {
  it.each<RuleRow>([
    {
      rule: 'H2-5',
      does: 'a string body is sent as is',
      result: { statusCode: 200, body: 'x' },
      status: 200,
      body: 'x',
    },
    { rule: 'H2-5', does: 'a missing body is empty', result: { statusCode: 204 }, status: 204, body: '' },
    {
      rule: 'H2-5',
      does: 'a null body is empty',
      result: { statusCode: 200, body: null },
      status: 200,
      body: '',
    },
    {
      rule: 'H2-5',
      does: 'an object body is judged a 500 (low)',
      result: { statusCode: 200, body: { a: 1 } },
      ...ERROR,
      problems: ['error H2-5'],
    },
    {
      rule: 'H2-5',
      does: 'an array header value is judged a 500 (low)',
      result: { statusCode: 200, headers: { a: ['1'] } },
      ...ERROR,
      problems: ['error H2-5'],
    },
    {
      rule: 'H2-6',
      does: 'cookies → one set-cookie header each',
      result: { statusCode: 200, cookies: ['a=1', 'b=2'] },
      status: 200,
      headers: { 'set-cookie': ['a=1', 'b=2'], ...TEXT_TYPE },
      notes: ['H2-6'],
    },
    {
      rule: 'H2-6',
      does: 'cookies: [] is fine',
      result: { statusCode: 200, cookies: [] },
      status: 200,
      headers: TEXT_TYPE,
    },
    {
      rule: 'H2-6',
      does: 'cookies: null is fine',
      result: { statusCode: 200, cookies: null },
      status: 200,
      headers: TEXT_TYPE,
    },
    {
      rule: 'H2-6',
      does: 'a non-array cookies is judged a 500 (low)',
      result: { statusCode: 200, cookies: 'a=1' },
      ...ERROR,
      problems: ['error H2-6'],
    },
    {
      rule: 'H2-6',
      does: 'a non-string cookie is judged a 500 (low)',
      result: { statusCode: 200, cookies: [{ a: 1 }] },
      ...ERROR,
      problems: ['error H2-6'],
    },
    {
      rule: 'H2-7',
      does: 'multiValueHeaders is ignored, so its Content-Type is lost',
      result: { statusCode: 200, multiValueHeaders: { 'Content-Type': ['application/json'] }, body: '{}' },
      status: 200,
      headers: TEXT_TYPE,
      problems: ['warning H2-7'],
    },
    {
      rule: 'H2-7',
      does: 'several values go comma-joined in headers',
      result: { statusCode: 200, headers: { vary: 'a, b' } },
      status: 200,
      headers: { vary: ['a, b'], ...TEXT_TYPE },
    },
    {
      rule: 'H2-8',
      does: 'unknown keys next to statusCode are ignored',
      result: { statusCode: 200, extra: true },
      status: 200,
      notes: ['H2-8'],
    },
    {
      rule: 'H2-8',
      does: 'a returned {errorMessage, errorType} is data: inferred 200',
      result: { errorMessage: 'boom', errorType: 'Error' },
      status: 200,
      body: '{"errorMessage":"boom","errorType":"Error"}',
      problems: ['warning H2-8'],
    },
    {
      rule: 'H2-9',
      does: 'with statusCode and no Content-Type: text/plain; charset=utf-8',
      result: { statusCode: 200, body: '{}' },
      status: 200,
      headers: TEXT_TYPE,
      notes: ['H2-9'],
    },
    {
      rule: 'H2-9',
      does: 'Content-Type: null sends no Content-Type (low)',
      result: { statusCode: 200, headers: { 'content-type': null } },
      status: 200,
      headers: {},
    },
    {
      rule: 'H2-10',
      does: 'isBase64Encoded: true is always decoded',
      result: { statusCode: 200, body: 'aGk=', isBase64Encoded: true },
      status: 200,
      body: 'hi',
      notes: ['H2-10'],
    },
    {
      rule: 'H2-10',
      does: 'without statusCode the flag is not honoured (inference)',
      result: { body: 'aGk=', isBase64Encoded: true },
      status: 200,
      body: '{"body":"aGk=","isBase64Encoded":true}',
      problems: ['warning H2-1'],
    },
    {
      rule: 'H2-10',
      does: 'invalid base64 is judged a 500 (low)',
      result: { statusCode: 200, body: 'a', isBase64Encoded: true },
      ...ERROR,
      problems: ['error H2-10'],
    },
    {
      rule: 'H2-11',
      does: 'a non-numeric statusCode is a 500',
      result: { statusCode: 'OK' },
      ...ERROR,
      problems: ['error H2-11'],
    },
    {
      rule: 'H2-11',
      does: 'statusCode: null is judged invalid (low)',
      result: { statusCode: null },
      ...ERROR,
      problems: ['error H2-11'],
    },
    {
      rule: 'H2-11',
      does: 'a numeric-string statusCode is probably accepted (low)',
      result: { statusCode: '201' },
      status: 201,
      problems: ['warning H2-11'],
    },
    {
      rule: 'H2-11',
      does: 'a status outside 100–599 is judged a 500 (low)',
      result: { statusCode: 99 },
      ...ERROR,
      problems: ['error H2-11'],
    },
    {
      rule: 'H2-12',
      does: 'a malformed response is 500 {"message":"Internal Server Error"}',
      result: { statusCode: 'x' },
      ...ERROR,
      problems: ['error H2-11'],
      notes: ['H2-12'],
    },
  ])('$rule: $does', v2);

  it('H2-12: a function error is the same 500', () => {
    const { response, notes, functionError } = inspectProxyError(new RangeError('deep'), {
      integration: 'http-2.0',
    });
    expect(response).toMatchObject({ status: 500, body: HTTP_API_ERROR_BODY, headers: JSON_TYPE });
    expect(functionError).toBe(true);
    expect(notes.map((n) => n.rule)).toContain('H2-12');
  });

  it('H2-5, H2-8: header and unknown-key notes name HTTP API 2.0; ignoring an unknown key is verified', () => {
    const { notes } = inspectProxyResult(
      { statusCode: 200, headers: { 'x-n': 1 }, extra: true },
      { integration: 'http-2.0' },
    );
    expect(notes).toEqual([
      {
        path: 'extra',
        message: "HTTP API 2.0 ignored 'extra', which is not a key of its responses",
        rule: 'H2-8',
      },
      {
        path: 'headers.x-n',
        message:
          'headers.x-n is a number, so HTTP API 2.0 sent it as the text "1" (AWS behaviour unverified)',
        rule: 'H2-5',
      },
      {
        path: 'headers.content-type',
        message: 'no Content-Type was set, so HTTP API 2.0 added content-type: text/plain; charset=utf-8',
        rule: 'H2-9',
      },
    ]);
  });

  it('H2-1: the note says what the gateway inferred', () => {
    const { notes } = inspectProxyResult({ message: 'hi' }, { integration: 'http-2.0' });
    expect(notes).toContainEqual({
      path: '',
      message: 'HTTP API 2.0 found no statusCode, so it answered 200 with the whole result as a JSON body',
      rule: 'H2-1',
    });
  });
});
