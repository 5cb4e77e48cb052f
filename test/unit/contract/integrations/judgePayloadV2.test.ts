// The payload 2.0 judge that HTTP API 2.0 and function URLs share (proxy-rules.md §3, §5): the exact problems
// and notes it records, which the rule tables (httpApiV2.test.ts, functionUrl.test.ts) check only by rule id.
import { describe, expect, it } from 'vitest';
import { inspectProxyResult } from '../../../../src/contract/inspectProxyResult.js';
import type { Integration, ProxyOutcome } from '../../../../src/contract/types.js';
import { TEXT_TYPE } from '../support.js';

const judge = (result: unknown, integration: Integration = 'http-2.0'): ProxyOutcome =>
  inspectProxyResult(result, { integration });

const INFERRED_NOTE = {
  path: '',
  message: 'HTTP API 2.0 found no statusCode, so it answered 200 with the whole result as a JSON body',
  rule: 'H2-1',
};
const TEXT_TYPE_NOTE = {
  path: 'headers.content-type',
  message: 'no Content-Type was set, so HTTP API 2.0 added content-type: text/plain; charset=utf-8',
  rule: 'H2-9',
};
const REJECTED_NOTE = {
  path: '',
  message:
    'API Gateway (HTTP API) answered 500 {"message":"Internal Server Error"}; its access log says MALFORMED_PROXY_RESPONSE',
  rule: 'H2-12',
};
const URL_REJECTED_NOTE = {
  path: '',
  message: 'the function URL answered 502 Internal Server Error (AWS behaviour unverified)',
  rule: 'F-8',
};

describe('payload 2.0 without statusCode: what the judge says', () => {
  it('H2-4: a null result is an error on the whole result, with the fix', () => {
    const outcome = judge(null);
    expect(outcome.problems).toEqual([
      {
        severity: 'error',
        path: '',
        message:
          'the result is null, which HTTP API 2.0 cannot turn into a response (AWS behaviour unverified)',
        hint: "return { statusCode: 204 } for no content, or { statusCode: 200, body: '…' }",
        rule: 'H2-4',
      },
    ]);
  });

  it('H2-2: a string result is noted as sent without quotes', () => {
    const outcome = judge('Hello');
    expect(outcome.problems).toEqual([]);
    expect(outcome.notes).toEqual([
      {
        path: '',
        message:
          'the result is a string, so HTTP API 2.0 answered 200 with the string itself as the body (no JSON quotes) and content-type: application/json',
        rule: 'H2-2',
      },
    ]);
  });

  it('W1: a string holding a response with a statusCode is sent as text, with a warning', () => {
    const outcome = judge('{"statusCode":201}');
    expect(outcome.response.status).toBe(200);
    expect(outcome.response.body).toBe('{"statusCode":201}');
    expect(outcome.problems).toEqual([
      {
        severity: 'warning',
        path: '',
        message:
          'the result is a string holding a JSON response with a statusCode, so HTTP API 2.0 sent that JSON text as the body of a 200, not as the response it describes',
        hint: 'return the response object itself: Lambda serialises it, so JSON.stringify(response) arrives as a string',
        rule: 'W1',
      },
    ]);
  });

  it('W1: a string holding JSON with a body but no statusCode is data, not a stringified response', () => {
    // A JSON text body is a common, deliberate string result; only a statusCode shows a stringified response.
    expect(judge('{"body":"x"}').problems).toEqual([]);
  });

  it('H2-3: a number result is noted as sent as its JSON text', () => {
    expect(judge(42).notes).toEqual([
      {
        path: '',
        message:
          'the result is a number, so HTTP API 2.0 answered 200 with its JSON text as the body and content-type: application/json',
        rule: 'H2-3',
      },
    ]);
  });

  it('H2-1: a misspelt statusCode gets a warning on that key, with the rename', () => {
    const outcome = judge({ statuscode: 404 });
    expect(outcome.problems).toEqual([
      {
        severity: 'warning',
        path: 'statuscode',
        message:
          "'statuscode' is not 'statusCode' (keys are case-sensitive), so HTTP API 2.0 took the result for data and sent the whole object as the body",
        hint: 'rename statuscode to statusCode',
        rule: 'H2-1',
      },
    ]);
    expect(outcome.notes).toEqual([INFERRED_NOTE]);
  });

  it('H2-1: status_code counts as a misspelling too', () => {
    expect(judge({ status_code: 404 }).problems.map((p) => p.path)).toEqual(['status_code']);
  });

  it.each([{ httpStatusCode: 404 }, { statusCodeText: 'Not Found' }])(
    'H2-1: a key that only contains statusCode (%o) is data, not a misspelling',
    (result) => {
      expect(judge(result).problems).toEqual([]);
    },
  );

  it('H2-1: response keys without statusCode get a warning that lists them and says headers were ignored', () => {
    expect(judge({ body: 'x', headers: {} }).problems).toEqual([
      {
        severity: 'warning',
        path: 'statusCode',
        message:
          'the result has body and headers but no statusCode, so HTTP API 2.0 sent the whole object as the JSON body and ignored its headers',
        hint: 'add statusCode: 200',
        rule: 'H2-1',
      },
    ]);
  });

  it('H2-1: without headers the warning says nothing about ignoring them', () => {
    expect(judge({ body: 'x' }).problems.map((p) => p.message)).toEqual([
      'the result has body but no statusCode, so HTTP API 2.0 sent the whole object as the JSON body',
    ]);
  });

  it.each(['headers', 'cookies', 'isBase64Encoded', 'multiValueHeaders'])(
    'H2-1: %s alone shows a response was meant',
    (key) => {
      const { problems } = judge({ [key]: key === 'cookies' ? [] : {} });
      expect(problems.map((p) => `${p.severity} ${p.path} ${p.rule}`)).toEqual(['warning statusCode H2-1']);
      expect(problems[0]?.message).toContain(`the result has ${key} but no statusCode`);
    },
  );

  it('H2-1: an HTTP status next to other data gets a warning on status, with the fix', () => {
    expect(judge({ status: 404, error: 'x' }).problems).toEqual([
      {
        severity: 'warning',
        path: 'status',
        message:
          'the result has status 404 but no statusCode, so HTTP API 2.0 answered 200 with the whole object as the body',
        hint: 'use statusCode: 404 if status was meant for the client',
        rule: 'H2-1',
      },
    ]);
  });

  it.each([{ status: 404 }, { status: 700, error: 'x' }, { status: '404', error: 'x' }])(
    'H2-1: %o is data: no warning (status alone, or not an HTTP status)',
    (result) => {
      expect(judge(result).problems).toEqual([]);
    },
  );

  it('H2-8: a returned error gets a warning with the fix', () => {
    expect(judge({ errorMessage: 'boom' }).problems).toEqual([
      {
        severity: 'warning',
        path: '',
        message:
          'the result looks like an error but was returned, not thrown, so HTTP API 2.0 answered 200 with it as data',
        hint: 'throw the error so Lambda reports a function error, or return { statusCode: 500, body }',
        rule: 'H2-8',
      },
    ]);
  });
});

describe('payload 2.0 with statusCode: what the judge says', () => {
  it('H2-6: every documented key is read, none is noted as unknown', () => {
    const outcome = judge({
      statusCode: 200,
      headers: { 'x-a': '1' },
      cookies: ['c=1'],
      body: 'x',
      isBase64Encoded: false,
    });
    expect(outcome.problems).toEqual([]);
    expect(outcome.response.headers).toEqual({ 'x-a': ['1'], 'set-cookie': ['c=1'], ...TEXT_TYPE });
    expect(outcome.notes).toEqual([
      {
        path: 'cookies',
        message: 'HTTP API 2.0 sent each of the 1 cookies as its own set-cookie header',
        rule: 'H2-6',
      },
      TEXT_TYPE_NOTE,
    ]);
  });

  it('H2-6: an empty cookies list adds no header and no note', () => {
    const outcome = judge({ statusCode: 200, cookies: [] });
    expect(outcome.response.headers).toEqual(TEXT_TYPE);
    expect(outcome.notes).toEqual([TEXT_TYPE_NOTE]);
  });

  it('H2-7: multiValueHeaders gets its own warning, not an unknown-key note', () => {
    const outcome = judge({ statusCode: 200, multiValueHeaders: { 'x-a': ['1'] } });
    expect(outcome.problems).toEqual([
      {
        severity: 'warning',
        path: 'multiValueHeaders',
        message: 'HTTP API 2.0 ignores multiValueHeaders, so none of its headers reach the client',
        hint: "move them to headers, joining several values with ', ', and Set-Cookie values to cookies",
        rule: 'H2-7',
      },
    ]);
    expect(outcome.notes).toEqual([TEXT_TYPE_NOTE]);
    expect(outcome.response.headers).toEqual(TEXT_TYPE);
  });

  it('H2-7: an empty multiValueHeaders loses nothing: no warning', () => {
    expect(judge({ statusCode: 200, multiValueHeaders: {} }).problems).toEqual([]);
  });

  it('H2-10: isBase64Encoded: null reads as false', () => {
    const outcome = judge({ statusCode: 200, body: 'aGk=', isBase64Encoded: null });
    expect(outcome.problems).toEqual([]);
    expect(outcome.accepted).toBe(true);
    expect(outcome.response.body).toBe('aGk=');
  });

  it('H2-10: the string "true" is not a flag on payload 2.0 (REST alone reads it)', () => {
    const outcome = judge({ statusCode: 200, body: 'aGk=', isBase64Encoded: 'true' });
    expect(outcome.problems).toEqual([
      {
        severity: 'error',
        path: 'isBase64Encoded',
        message: 'isBase64Encoded must be true or false, but it is a string (AWS behaviour unverified)',
        hint: 'use the boolean true',
        rule: 'H2-10',
      },
    ]);
  });

  it('H2-10: a decoded body is noted on body', () => {
    const outcome = judge({ statusCode: 200, body: 'aGk=', isBase64Encoded: true });
    expect(outcome.notes).toEqual([
      { path: 'body', message: 'HTTP API 2.0 decoded the base64 body', rule: 'H2-10' },
      TEXT_TYPE_NOTE,
    ]);
  });

  it('H2-5: a headers string is an error on headers (its shape is verified, so no caveat)', () => {
    expect(judge({ statusCode: 200, headers: 'x' }).problems).toEqual([
      {
        severity: 'error',
        path: 'headers',
        message: 'headers must be an object of header names to strings, but it is a string',
        hint: "use headers: { 'Content-Type': 'application/json' }",
        rule: 'H2-5',
      },
    ]);
  });

  it('H2-6: a cookies string is an error with the fix to wrap it; nothing about a response never built', () => {
    const outcome = judge({ statusCode: 200, cookies: 'a=1' });
    expect(outcome.problems).toEqual([
      {
        severity: 'error',
        path: 'cookies',
        message:
          'cookies must be an array of Set-Cookie strings, but it is a string (AWS behaviour unverified)',
        hint: 'wrap it in an array: cookies: [cookie]',
        rule: 'H2-6',
      },
    ]);
    // No default Content-Type note: the status and body were fine, but an error means no response is built.
    expect(outcome.notes).toEqual([REJECTED_NOTE]);
  });

  it('H2-6: cookies of another type is an error with an example list', () => {
    expect(judge({ statusCode: 200, cookies: 5 }).problems).toEqual([
      {
        severity: 'error',
        path: 'cookies',
        message:
          'cookies must be an array of Set-Cookie strings, but it is a number (AWS behaviour unverified)',
        hint: "use cookies: ['a=1; Path=/']",
        rule: 'H2-6',
      },
    ]);
  });

  it('H2-6: a cookie that is not a string is an error on its index', () => {
    expect(judge({ statusCode: 200, cookies: ['a=1', 5] }).problems).toEqual([
      {
        severity: 'error',
        path: 'cookies[1]',
        message: 'cookies[1] must be a string, but it is a number (AWS behaviour unverified)',
        hint: "send each cookie as a Set-Cookie string: 'name=value; Path=/'",
        rule: 'H2-6',
      },
    ]);
  });

  it('H2-11: a fractional statusCode is an error with the whole number to use', () => {
    const outcome = judge({ statusCode: 200.5 });
    expect(outcome.accepted).toBe(false);
    expect(outcome.problems).toEqual([
      {
        severity: 'error',
        path: 'statusCode',
        message: 'statusCode 200.5 is not a whole number (AWS behaviour unverified)',
        hint: 'use statusCode: 200',
        rule: 'H2-11',
      },
    ]);
  });

  it('H2-11: a status outside 100–599 is judged malformed', () => {
    expect(judge({ statusCode: 99 }).problems).toEqual([
      {
        severity: 'error',
        path: 'statusCode',
        message:
          'statusCode 99 is not an HTTP status (100–599), so we judge it malformed (AWS behaviour unverified)',
        hint: 'use a status between 100 and 599',
        rule: 'H2-11',
      },
    ]);
  });

  // HTTP API's "Invalid status code" is recorded (medium) for a wrong type, not for null; function URLs' is not.
  it.each<[Integration, unknown, string]>([
    [
      'http-2.0',
      'OK',
      'statusCode must be a number, but it is the string "OK": HTTP API 2.0 answers "Invalid status code"',
    ],
    [
      'http-2.0',
      true,
      'statusCode must be a number, but it is a boolean: HTTP API 2.0 answers "Invalid status code"',
    ],
    ['http-2.0', null, 'statusCode must be a number, but it is null (AWS behaviour unverified)'],
    [
      'function-url',
      'OK',
      'statusCode must be a number, but it is the string "OK" (AWS behaviour unverified)',
    ],
    ['function-url', { a: 1 }, 'statusCode must be a number, but it is an object (AWS behaviour unverified)'],
    ['function-url', null, 'statusCode must be a number, but it is null (AWS behaviour unverified)'],
  ])('H2-11, F-8: %s, statusCode %o', (integration, statusCode, message) => {
    const outcome = judge({ statusCode }, integration);
    expect(outcome.problems).toEqual([
      {
        severity: 'error',
        path: 'statusCode',
        message,
        hint: 'use statusCode: 200',
        rule: integration === 'http-2.0' ? 'H2-11' : 'F-8',
      },
    ]);
    expect(outcome.notes).toEqual([integration === 'http-2.0' ? REJECTED_NOTE : URL_REJECTED_NOTE]);
  });
});
