// What ALB's judge tells the user, field by field: the path, the rule, the message and the fix of each
// problem, and the notes of an accepted result. alb.test.ts checks the verdicts and the responses; these
// check that each refusal names the right field and says how to fix it, and that known keys stay quiet.
import { describe, expect, it } from 'vitest';
import { inspectProxyResult } from '../../../../src/contract/inspectProxyResult.js';
import type { Integration } from '../../../../src/contract/types.js';

const UNVERIFIED = ' (AWS behaviour unverified)';
const judge = (result: unknown, integration: Integration = 'alb', strict = false) =>
  inspectProxyResult(result, { integration, strict });
const problemsOf = (result: unknown) =>
  judge(result).problems.map(({ severity, path, rule, message, hint }) => ({
    severity,
    path,
    rule,
    message,
    hint,
  }));

describe('ALB: each problem names its field, rule and fix', () => {
  it.each<[string, unknown, string, string, string, string]>([
    [
      'a data object',
      { message: 'hi' },
      'statusCode',
      'A-2',
      'there is no statusCode, and ALB requires one: it does not default to 200 or infer a response',
      'return { statusCode: 200, body: JSON.stringify({ message }) }',
    ],
    [
      'a numeric string statusCode',
      { statusCode: '201' },
      'statusCode',
      'A-3',
      'statusCode must be a JSON number for ALB, but it is the string "201"',
      'use statusCode: 201',
    ],
    [
      'a fraction',
      { statusCode: 200.5 },
      'statusCode',
      'A-3',
      'statusCode 200.5 is not a whole number',
      'use statusCode: 200',
    ],
    [
      'a null statusCode',
      { statusCode: null },
      'statusCode',
      'A-3',
      'statusCode must be a JSON number for ALB, but it is null',
      'use statusCode: 200',
    ],
    [
      'a text statusCode',
      { statusCode: 'OK' },
      'statusCode',
      'A-3',
      'statusCode must be a JSON number for ALB, but it is the string "OK"',
      'use statusCode: 200',
    ],
    [
      'a boolean statusCode',
      { statusCode: true },
      'statusCode',
      'A-3',
      'statusCode must be a JSON number for ALB, but it is a boolean',
      'use statusCode: 200',
    ],
    [
      'a status out of range',
      { statusCode: 99 },
      'statusCode',
      'A-3',
      `statusCode 99 is not an HTTP status (100–599), so we judge it a 502${UNVERIFIED}`,
      'use a status between 100 and 599',
    ],
    [
      'a null statusDescription',
      { statusCode: 200, statusDescription: null },
      'statusDescription',
      'A-D1',
      'statusDescription must be a string such as "200 OK", but it is null',
      'omit statusDescription, or set it to a string',
    ],
    [
      'a number statusDescription',
      { statusCode: 200, statusDescription: 5 },
      'statusDescription',
      'A-D1',
      `statusDescription must be a string such as "200 OK", but it is a number${UNVERIFIED}`,
      'omit statusDescription, or set it to a string',
    ],
    [
      'a null body',
      { statusCode: 200, body: null },
      'body',
      'A-4',
      'body is null, which ALB rejects (API Gateway and function URLs accept it)',
      "omit body, or use body: ''",
    ],
    [
      'an object body',
      { statusCode: 200, body: { a: 1 } },
      'body',
      'A-4',
      'body must be a string, but it is an object',
      'JSON.stringify it',
    ],
    [
      'a number body',
      { statusCode: 200, body: 5 },
      'body',
      'A-4',
      'body must be a string, but it is a number',
      'String() it',
    ],
    [
      'headers that are text',
      { statusCode: 200, headers: 'x' },
      'headers',
      'A-H1',
      'headers must be an object of header names to strings, but it is a string',
      "use headers: { 'Content-Type': 'application/json' }",
    ],
    [
      'a boolean header',
      { statusCode: 200, headers: { a: true } },
      'headers.a',
      'A-H1',
      'headers.a must be a string, but it is a boolean',
      "send it as text: 'true'",
    ],
    [
      'a number header',
      { statusCode: 200, headers: { a: 5 } },
      'headers.a',
      'A-H1',
      'headers.a must be a string, but it is a number',
      "send it as text: '5'",
    ],
    [
      'a nested header',
      { statusCode: 200, headers: { a: { b: 1 } } },
      'headers.a',
      'A-H1',
      'headers.a must be a string, but it is an object',
      "join the values with ', ', or turn on multi-value headers and use multiValueHeaders",
    ],
    [
      'a null header',
      { statusCode: 200, headers: { a: null } },
      'headers.a',
      'A-H1',
      `headers.a is null, which ALB rejects${UNVERIFIED}`,
      'omit a',
    ],
  ])('%s', (_, result, path, rule, message, hint) => {
    expect(problemsOf(result)).toEqual([{ severity: 'error', path, rule, message, hint }]);
    expect(judge(result).response.status).toBe(502);
  });

  it('stops at the first refusal: a body it would not decode adds no second problem', () => {
    const result = { statusCode: 200, statusDescription: null, body: '***', isBase64Encoded: true };
    expect(judge(result).problems.map((p) => p.rule)).toEqual(['A-D1']);
  });

  it('a result over 1 MB is a problem of the whole result (path "")', () => {
    const [problem] = judge({ statusCode: 200, body: 'x'.repeat(1_048_576) }).problems;
    expect(problem).toMatchObject({ path: '', rule: 'A-E', severity: 'error' });
  });
});

describe('ALB: known keys, unknown keys and notes', () => {
  it('takes every one of its six keys without a word about unknown keys', () => {
    const outcome = judge({
      statusCode: 200,
      statusDescription: '200 OK',
      headers: { 'content-type': 'text/plain' },
      multiValueHeaders: { 'content-type': ['text/plain'] },
      body: 'aGk=',
      isBase64Encoded: true,
    });
    expect(outcome.accepted).toBe(true);
    expect(outcome.problems).toEqual([]);
    expect(outcome.notes).toEqual([{ path: 'body', message: 'ALB decoded the base64 body', rule: 'A-64' }]);
    expect(outcome.response.body).toBe('hi');
  });

  it('notes only its default Content-Type on a plain result: no unknown key is invented', () => {
    expect(judge({ statusCode: 200, body: 'ok' }).notes.map((n) => n.rule)).toEqual(['A-C1']);
  });

  it('explains a data object by A-2 alone, with no note about its unknown keys', () => {
    const outcome = judge({ message: 'hi' });
    expect(outcome.problems.map((p) => p.rule)).toEqual(['A-2']);
    expect(outcome.notes.map((n) => n.rule)).toEqual(['A-E']);
  });

  it('warns that cookies never reach the client, unverified, with the fix for its mode', () => {
    expect(problemsOf({ statusCode: 200, cookies: ['a=1'] })).toEqual([
      {
        severity: 'warning',
        path: 'cookies',
        rule: 'A-K',
        message: `ALB ignores 'cookies', so it never reaches the client${UNVERIFIED}`,
        hint: "send one as headers: { 'Set-Cookie': 'a=1' }, or turn on multi-value headers for several",
      },
    ]);
  });

  it.each(['alb', 'alb-multi-value'] as const)(
    'accepts multiValueHeaders: {} under strict on %s: nothing in it is lost',
    (integration) => {
      const result = {
        statusCode: 200,
        headers: { 'content-type': 'text/plain' },
        multiValueHeaders: {},
        body: 'ok',
      };
      const outcome = judge(integration === 'alb' ? result : { ...result, headers: {} }, integration, true);
      expect(outcome.problems).toEqual([]);
      expect(outcome.accepted).toBe(true);
      expect(outcome.response.status).toBe(200);
    },
  );

  it('still rejects under strict a multiValueHeaders entry that headers lacks', () => {
    const outcome = judge({ statusCode: 200, multiValueHeaders: { 'x-id': ['1'] }, body: 'ok' }, 'alb', true);
    expect(outcome.accepted).toBe(false);
    expect(outcome.problems.map((p) => `${p.severity} ${p.rule}`)).toEqual(['error A-H3']);
  });
});
