// proxy-rules.md §4: Application Load Balancer, Lambda targets, in both target-group modes.
import { describe, expect, it } from 'vitest';
import { inspectProxyError } from '../../../../src/contract/inspectProxyError.js';
import { inspectProxyResult } from '../../../../src/contract/inspectProxyResult.js';
import { ALB_ERROR_BODY, checkRow, OCTET_TYPE, type RuleRow } from '../support.js';

const alb = (row: RuleRow): void => {
  checkRow('alb', row);
};
const albMulti = (row: RuleRow): void => {
  checkRow('alb-multi-value', row);
};
const ERROR = {
  status: 502,
  body: ALB_ERROR_BODY,
  headers: { 'content-type': ['text/html'], server: ['awselb/2.0'] },
};

describe('ALB, multi-value headers off', () => {
  it.each<RuleRow>([
    {
      rule: 'A-1',
      does: '{"statusCode":200} alone → 200, empty body',
      result: { statusCode: 200 },
      status: 200,
      body: '',
      headers: OCTET_TYPE,
    },
    {
      rule: 'A-1',
      does: 'body "" is the same as no body',
      result: { statusCode: 200, body: '' },
      status: 200,
      body: '',
    },
    {
      rule: 'A-2',
      does: 'a data object is a 502: no inference',
      result: { message: 'hi' },
      ...ERROR,
      problems: ['error A-2'],
      notes: ['A-E'],
    },
    { rule: 'A-2', does: '{} is a 502', result: {}, ...ERROR, problems: ['error A-2'] },
    {
      rule: 'A-2',
      does: '{ body } without statusCode is a 502',
      result: { body: 'x' },
      ...ERROR,
      problems: ['error A-2'],
    },
    { rule: 'A-2', does: 'null is a 502', result: null, ...ERROR, problems: ['error A-2'] },
    { rule: 'A-2', does: 'a string is a 502', result: 'hello', ...ERROR, problems: ['error A-2'] },
    {
      rule: 'A-3',
      does: 'statusCode "200" is a 502: it must be a JSON number',
      result: { statusCode: '200' },
      ...ERROR,
      problems: ['error A-3'],
    },
    {
      rule: 'A-3',
      does: 'statusCode null is a 502',
      result: { statusCode: null },
      ...ERROR,
      problems: ['error A-3'],
    },
    {
      rule: 'A-3',
      does: 'a fractional statusCode is a 502',
      result: { statusCode: 200.5 },
      ...ERROR,
      problems: ['error A-3'],
    },
    {
      rule: 'A-3',
      does: 'a status outside 100–599 is judged a 502 (low)',
      result: { statusCode: 1000 },
      ...ERROR,
      problems: ['error A-3'],
    },
    {
      rule: 'A-4',
      does: 'body null is a 502',
      result: { statusCode: 200, body: null },
      ...ERROR,
      problems: ['error A-4'],
    },
    {
      rule: 'A-4',
      does: 'an object body is a 502',
      result: { statusCode: 200, body: { a: 1 } },
      ...ERROR,
      problems: ['error A-4'],
    },
    {
      rule: 'A-4',
      does: 'a number body is a 502: no coercion',
      result: { statusCode: 200, body: 1 },
      ...ERROR,
      problems: ['error A-4'],
    },
    {
      rule: 'A-H1',
      does: 'a number header value is a 502 (content-length: 3)',
      result: { statusCode: 200, headers: { 'content-length': 3 } },
      ...ERROR,
      problems: ['error A-H1'],
    },
    {
      rule: 'A-H1',
      does: 'a boolean header value is a 502',
      result: { statusCode: 200, headers: { 'Access-Control-Allow-Credentials': true } },
      ...ERROR,
      problems: ['error A-H1'],
    },
    {
      rule: 'A-H1',
      does: 'an array header value is a 502',
      result: { statusCode: 200, headers: { a: ['1'] } },
      ...ERROR,
      problems: ['error A-H1'],
    },
    {
      rule: 'A-H1',
      does: 'a null header value is judged a 502 (low)',
      result: { statusCode: 200, headers: { a: null } },
      ...ERROR,
      problems: ['error A-H1'],
    },
    {
      rule: 'A-H1',
      does: 'string header values pass',
      result: { statusCode: 200, headers: { 'Content-Type': 'text/html', 'X-A': '1' } },
      status: 200,
      headers: { 'content-type': ['text/html'], 'x-a': ['1'] },
    },
    {
      rule: 'A-H2',
      does: 'headers: null is a 502',
      result: { statusCode: 200, headers: null },
      ...ERROR,
      problems: ['error A-H2'],
    },
    {
      rule: 'A-H3',
      does: 'multiValueHeaders is ignored in this mode, so its Content-Type is lost',
      result: { statusCode: 200, multiValueHeaders: { 'Content-Type': ['text/html'] } },
      status: 200,
      headers: OCTET_TYPE,
      problems: ['warning A-H3'],
    },
    {
      rule: 'A-C1',
      does: 'no Content-Type → application/octet-stream',
      result: { statusCode: 200, body: 'x' },
      status: 200,
      headers: OCTET_TYPE,
      notes: ['A-C1'],
    },
    {
      rule: 'A-D1',
      does: 'statusDescription is optional and may be a string',
      result: { statusCode: 200, statusDescription: '200 OK' },
      status: 200,
    },
    {
      rule: 'A-D1',
      does: 'statusDescription null is a 502',
      result: { statusCode: 200, statusDescription: null },
      ...ERROR,
      problems: ['error A-D1'],
    },
    {
      rule: 'A-64',
      does: 'isBase64Encoded may be omitted',
      result: { statusCode: 200, body: 'aGk=' },
      status: 200,
      body: 'aGk=',
    },
    {
      rule: 'A-64',
      does: 'isBase64Encoded: true → decoded',
      result: { statusCode: 200, body: 'aGk=', isBase64Encoded: true },
      status: 200,
      body: 'hi',
      notes: ['A-64'],
    },
    {
      rule: 'A-64',
      does: 'MIME-style base64 with line breaks is judged a 502 (low)',
      result: { statusCode: 200, body: 'aGVs\nbG8=', isBase64Encoded: true },
      ...ERROR,
      problems: ['error A-64'],
    },
    {
      rule: 'A-64',
      does: 'isBase64Encoded: "true" is a 502: no coercion (low)',
      result: { statusCode: 200, isBase64Encoded: 'true' },
      ...ERROR,
      problems: ['error A-64'],
    },
    {
      rule: 'A-K',
      does: 'unknown keys are judged ignored (low)',
      result: { statusCode: 200, extra: 1 },
      status: 200,
      notes: ['A-K'],
    },
    {
      rule: 'A-K',
      does: 'cookies is judged ignored, with a warning (low)',
      result: { statusCode: 200, cookies: ['a=1'] },
      status: 200,
      headers: OCTET_TYPE,
      problems: ['warning A-K'],
    },
    {
      rule: 'A-E',
      does: "an invalid response is ALB's 502 HTML page",
      result: { statusCode: '200' },
      ...ERROR,
      problems: ['error A-3'],
      notes: ['A-E'],
    },
  ])('$rule: $does', alb);

  it('A-E: a result over 1 MB is a 502 (LambdaResponseTooLarge), not a function error', () => {
    const outcome = inspectProxyResult(
      { statusCode: 200, body: 'x'.repeat(1_048_576) },
      { integration: 'alb' },
    );
    expect(outcome.response.status).toBe(502);
    expect(outcome.problems.map((p) => p.rule)).toEqual(['A-E']);
    expect(outcome.functionError).toBe(false);
    // The problem and the note name the same access-log reason.
    expect(outcome.problems[0]?.message).toContain('LambdaResponseTooLarge');
    const logged = outcome.notes.filter((n) => n.rule === 'A-E').map((n) => n.message);
    expect(logged).toEqual([expect.stringContaining('LambdaResponseTooLarge')]);
    expect(logged[0]).not.toContain('LambdaInvalidResponse');
    const justUnder = 1_048_576 - JSON.stringify({ statusCode: 200, body: '' }).length;
    expect(
      inspectProxyResult({ statusCode: 200, body: 'x'.repeat(justUnder) }, { integration: 'alb' }).accepted,
    ).toBe(true);
    expect(
      inspectProxyResult({ statusCode: 200, body: 'x'.repeat(justUnder + 1) }, { integration: 'alb' })
        .accepted,
    ).toBe(false);
  });

  it.each(['alb', 'alb-multi-value'] as const)(
    'A-E: a function error on %s is the 502 HTML page',
    (integration) => {
      const { response, notes } = inspectProxyError(new Error('boom'), { integration });
      expect(response).toMatchObject(ERROR);
      expect(notes.map((n) => n.rule)).toContain('A-E');
    },
  );
});

describe('ALB, multi-value headers on', () => {
  it.each<RuleRow>([
    {
      rule: 'AM-1',
      does: 'headers go in multiValueHeaders',
      result: { statusCode: 200, multiValueHeaders: { 'Content-Type': ['text/html'] } },
      status: 200,
      headers: { 'content-type': ['text/html'] },
    },
    {
      rule: 'AM-1',
      does: 'the headers map is ignored',
      result: { statusCode: 200, headers: { 'Content-Type': 'text/html' } },
      status: 200,
      headers: OCTET_TYPE,
      problems: ['warning AM-1'],
    },
    {
      rule: 'AM-1',
      does: 'headers: null is ignored (Go sends it)',
      result: { statusCode: 200, headers: null, multiValueHeaders: {} },
      status: 200,
    },
    {
      rule: 'AM-2',
      does: 'several Set-Cookie values → one header line each',
      result: { statusCode: 200, multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] } },
      status: 200,
      headers: { 'set-cookie': ['a=1', 'b=2'], ...OCTET_TYPE },
    },
    {
      rule: 'AM-3',
      does: 'a string entry is judged a 502 (low)',
      result: { statusCode: 200, multiValueHeaders: { a: '1' } },
      ...ERROR,
      problems: ['error AM-3'],
    },
    {
      rule: 'AM-3',
      does: 'a number item is a 502',
      result: { statusCode: 200, multiValueHeaders: { 'content-length': [3] } },
      ...ERROR,
      problems: ['error AM-3'],
    },
    {
      rule: 'AM-3',
      does: 'multiValueHeaders: null is judged a 502 (low)',
      result: { statusCode: 200, multiValueHeaders: null },
      ...ERROR,
      problems: ['error AM-3'],
    },
    {
      rule: 'AM-3',
      does: 'A-2 applies unchanged: no statusCode is a 502',
      result: { body: 'x' },
      ...ERROR,
      problems: ['error A-2'],
    },
    {
      rule: 'AM-3',
      does: 'A-3 applies unchanged: a string statusCode is a 502',
      result: { statusCode: '200' },
      ...ERROR,
      problems: ['error A-3'],
    },
    {
      rule: 'AM-3',
      does: 'A-4 applies unchanged: body null is a 502',
      result: { statusCode: 200, body: null },
      ...ERROR,
      problems: ['error A-4'],
    },
  ])('$rule: $does', albMulti);
});
