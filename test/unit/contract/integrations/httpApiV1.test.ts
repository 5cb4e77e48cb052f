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

// The policy's wording: which cases are unverified, what HTTP API says, each rule id. The table above checks
// rule ids only; these check each message exactly.
describe('HTTP API 1.0: the messages its policy words', () => {
  const CONTENT_TYPE_NOTE = {
    path: 'headers.content-type',
    message:
      'no Content-Type was set, so HTTP API 1.0 added content-type: text/plain; charset=utf-8 (AWS behaviour unverified)',
    rule: 'H1-7',
  };
  const REJECTED_NOTE = {
    path: '',
    message:
      'API Gateway (HTTP API) answered 500 {"message":"Internal Server Error"}; its access log says MALFORMED_PROXY_RESPONSE',
    rule: 'H1-5',
  };
  const error = (path: string, message: string, hint: string, rule = 'H1-6') => ({
    severity: 'error',
    path,
    message,
    hint,
    rule,
  });

  it.each<{ does: string; result: unknown; problems: unknown[]; notes: unknown[] }>([
    {
      does: 'H1-6: a null header value is left out',
      result: { statusCode: 200, headers: { a: null } },
      problems: [],
      notes: [
        {
          path: 'headers.a',
          message: 'headers.a is null, so HTTP API 1.0 left the header out (AWS behaviour unverified)',
          rule: 'H1-6',
        },
        CONTENT_TYPE_NOTE,
      ],
    },
    {
      does: 'H1-6: an array header value is an error, with the fix',
      result: { statusCode: 200, headers: { a: ['1'] } },
      problems: [
        error(
          'headers.a',
          'headers.a must be a string, but it is an array (AWS behaviour unverified)',
          "join the values with ', ', or send them as multiValueHeaders: { name: ['a', 'b'] }",
        ),
      ],
      notes: [REJECTED_NOTE],
    },
    {
      does: 'H1-3: a number in multiValueHeaders is sent as text',
      result: { statusCode: 200, multiValueHeaders: { a: [1] } },
      problems: [],
      notes: [
        {
          path: 'multiValueHeaders.a[0]',
          message:
            'multiValueHeaders.a[0] is a number, so HTTP API 1.0 sent it as the text "1" (AWS behaviour unverified)',
          rule: 'H1-3',
        },
        CONTENT_TYPE_NOTE,
      ],
    },
    {
      does: 'H1-3: a multiValueHeaders string is an error',
      result: { statusCode: 200, multiValueHeaders: 'x' },
      problems: [
        error(
          'multiValueHeaders',
          'multiValueHeaders must be an object of header names to arrays of strings, but it is a string (AWS behaviour unverified)',
          "use multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] }",
          'H1-3',
        ),
      ],
      notes: [REJECTED_NOTE],
    },
    {
      does: 'H1-3: an object in a multiValueHeaders list is an error',
      result: { statusCode: 200, multiValueHeaders: { a: [{}] } },
      problems: [
        error(
          'multiValueHeaders.a[0]',
          'multiValueHeaders.a[0] must be a string, but it is an object (AWS behaviour unverified)',
          'send each value as a string',
          'H1-3',
        ),
      ],
      notes: [REJECTED_NOTE],
    },
    {
      does: 'H1-2: ignoring an unknown key is verified',
      result: { statusCode: 200, extra: 1 },
      problems: [],
      notes: [
        {
          path: 'extra',
          message: "HTTP API 1.0 ignored 'extra', which is not a key of its responses",
          rule: 'H1-2',
        },
        CONTENT_TYPE_NOTE,
      ],
    },
    {
      does: 'H1-2: ignoring cookies is not, and the fix is multiValueHeaders',
      result: { statusCode: 200, cookies: ['a=1'] },
      problems: [
        {
          severity: 'warning',
          path: 'cookies',
          message:
            "HTTP API 1.0 ignores 'cookies', so it never reaches the client (AWS behaviour unverified)",
          hint: "send them as multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] }",
          rule: 'H1-2',
        },
      ],
      notes: [CONTENT_TYPE_NOTE],
    },
    {
      does: 'H1-1: a missing statusCode says HTTP API, unlike REST, has no default',
      result: { body: 'x' },
      problems: [
        error(
          'statusCode',
          'there is no statusCode, and HTTP API 1.0 requires one: unlike REST it does not default to 200',
          'add statusCode: 200',
          'H1-1',
        ),
      ],
      notes: [REJECTED_NOTE],
    },
    {
      does: 'H1-6: a numeric-string statusCode is probably accepted',
      result: { statusCode: '201' },
      problems: [
        {
          severity: 'warning',
          path: 'statusCode',
          message:
            'statusCode is the string "201"; HTTP API 1.0 probably accepts it (AWS behaviour unverified), but ALB answers 502 for a string',
          hint: 'use the number: statusCode: 201',
          rule: 'H1-6',
        },
      ],
      notes: [CONTENT_TYPE_NOTE],
    },
    {
      does: 'H1-6: a fractional statusCode is an error (unverified)',
      result: { statusCode: 200.5 },
      problems: [
        error(
          'statusCode',
          'statusCode 200.5 is not a whole number (AWS behaviour unverified)',
          'use statusCode: 200',
        ),
      ],
      notes: [REJECTED_NOTE],
    },
    {
      does: 'H1-6: a status outside 100–599 is judged a 500',
      result: { statusCode: 99 },
      problems: [
        error(
          'statusCode',
          'statusCode 99 is not an HTTP status (100–599), so we judge it a 500 (AWS behaviour unverified)',
          'use a status between 100 and 599',
        ),
      ],
      notes: [REJECTED_NOTE],
    },
    {
      does: 'H1-6: a non-numeric statusCode gets HTTP API\'s "Invalid status code"',
      result: { statusCode: 'OK' },
      problems: [
        error(
          'statusCode',
          'statusCode must be a number, but it is the string "OK": HTTP API says "Invalid status code"',
          'use statusCode: 200',
        ),
      ],
      notes: [REJECTED_NOTE],
    },
    {
      does: 'H1-6: an object body is an error that says HTTP API answers 500',
      result: { statusCode: 200, body: { a: 1 } },
      problems: [
        error(
          'body',
          'body must be a string, but it is an object (HTTP API 1.0 answers 500, AWS behaviour unverified)',
          'JSON.stringify it',
        ),
      ],
      notes: [REJECTED_NOTE],
    },
    {
      does: 'H1-4: the decoded-body note says HTTP API always decodes',
      result: { statusCode: 200, body: 'aGk=', isBase64Encoded: true },
      problems: [],
      notes: [
        { path: 'body', message: 'HTTP API 1.0 decoded the base64 body (it always does)', rule: 'H1-4' },
        CONTENT_TYPE_NOTE,
      ],
    },
    {
      does: 'H1-3: the two maps are merged, with a note, only for a response it builds',
      result: { statusCode: 'x', headers: { a: '1' }, multiValueHeaders: { a: ['2'] } },
      problems: [
        error(
          'statusCode',
          'statusCode must be a number, but it is the string "x": HTTP API says "Invalid status code"',
          'use statusCode: 200',
        ),
      ],
      notes: [REJECTED_NOTE],
    },
  ])('$does', ({ result, problems, notes }) => {
    const outcome = inspectProxyResult(result, { integration: 'http-1.0' });
    expect(outcome.problems).toEqual(problems);
    expect(outcome.notes).toEqual(notes);
  });
});
