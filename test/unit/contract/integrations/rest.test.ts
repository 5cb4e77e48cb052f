// proxy-rules.md §1: API Gateway REST API, Lambda proxy integration. Each row is one rule, by its id.
import { describe, expect, it } from 'vitest';
import { inspectProxyResult } from '../../../../src/contract/inspectProxyResult.js';
import { checkRow, JSON_TYPE, REST_ERROR_BODY, type RuleRow } from '../support.js';

const rest = (row: RuleRow): void => {
  checkRow('rest', row);
};
const ERROR = { status: 502, body: REST_ERROR_BODY, headers: JSON_TYPE };
const b64 = (text: string) => Buffer.from(text).toString('base64');
const PNG = { 'content-type': 'image/png' };

describe('REST: top level and keys', () => {
  it.each<RuleRow>([
    { rule: 'R-T1', does: 'a string result is a 502', result: 'hello', ...ERROR, problems: ['error R-T1'] },
    {
      rule: 'R-T1',
      does: 'a handler returning JSON.stringify(response) sends a string: 502',
      result: JSON.stringify({ statusCode: 200, body: 'ok' }),
      ...ERROR,
      problems: ['error R-T1'],
    },
    { rule: 'R-T2', does: 'null is a 502', result: null, ...ERROR, problems: ['error R-T2'] },
    {
      rule: 'R-T2',
      does: 'undefined is sent as null: 502',
      result: undefined,
      ...ERROR,
      problems: ['error R-T2'],
      notes: ['W2', 'R-E1'],
    },
    { rule: 'R-T3', does: 'a number is a 502', result: 42, ...ERROR, problems: ['error R-T3'] },
    { rule: 'R-T3', does: 'a boolean is a 502', result: true, ...ERROR, problems: ['error R-T3'] },
    {
      rule: 'R-T3',
      does: 'an array is a 502',
      result: [{ statusCode: 200 }],
      ...ERROR,
      problems: ['error R-T3'],
    },
    {
      rule: 'R-K1',
      does: 'an unknown key next to statusCode is a 502',
      result: { statusCode: 200, wrongValue: 1 },
      ...ERROR,
      problems: ['error R-K1'],
    },
    {
      rule: 'R-K1',
      does: 'cookies (a 2.0 key) is a 502',
      result: { statusCode: 200, cookies: ['a=1'] },
      ...ERROR,
      problems: ['error R-K1'],
    },
    {
      rule: 'R-K1',
      does: 'a data object is a 502',
      result: { Hello: 'World' },
      ...ERROR,
      problems: ['error R-K1'],
    },
    {
      rule: 'R-K1',
      does: 'a misspelt statusCode is an unknown key: 502',
      result: { StatusCode: 200, body: 'x' },
      ...ERROR,
      problems: ['error R-K1'],
    },
    {
      rule: 'R-K2',
      does: '{} is 200 with an empty body and application/json',
      result: {},
      status: 200,
      body: '',
      headers: JSON_TYPE,
      problems: ['warning R-K2'],
    },
    {
      rule: 'R-K2',
      does: 'headers alone is 200: statusCode defaults to 200',
      result: { headers: { 'x-a': '1' } },
      status: 200,
      body: '',
      headers: { 'x-a': ['1'], ...JSON_TYPE },
      notes: ['R-K2'],
    },
    {
      rule: 'R-K2',
      does: 'body without statusCode is 200',
      result: { body: 'hi' },
      status: 200,
      body: 'hi',
      notes: ['R-K2'],
    },
    {
      rule: 'R-K3',
      does: 'base64Encoded is tolerated as an alias of isBase64Encoded (low)',
      result: { statusCode: 200, headers: PNG, body: b64('png'), base64Encoded: true },
      options: { binaryMediaTypes: ['image/png'], accept: 'image/png' },
      status: 200,
      body: 'png',
      problems: ['warning R-K3'],
    },
  ])('$rule: $does', rest);
});

describe('REST: statusCode', () => {
  it.each<RuleRow>([
    { rule: 'R-S1', does: 'a number is the status', result: { statusCode: 201, body: '' }, status: 201 },
    {
      rule: 'R-S1',
      does: 'a numeric string is accepted: "201" → 201',
      result: { statusCode: '201' },
      status: 201,
      problems: ['warning R-S1'],
    },
    {
      rule: 'R-S2',
      does: 'a non-numeric string is a 502',
      result: { statusCode: 'test' },
      ...ERROR,
      problems: ['error R-S2'],
    },
    {
      rule: 'R-S2',
      does: '"200 OK" is a 502',
      result: { statusCode: '200 OK' },
      ...ERROR,
      problems: ['error R-S2'],
    },
    {
      rule: 'R-S2',
      does: 'an object is a 502',
      result: { statusCode: { code: 200 } },
      ...ERROR,
      problems: ['error R-S2'],
    },
    {
      rule: 'R-S3',
      does: 'null is treated as missing: 200 (low)',
      result: { statusCode: null, body: 'x' },
      status: 200,
      body: 'x',
      problems: ['warning R-S3'],
    },
    {
      rule: 'R-S3',
      does: 'a float is truncated (low)',
      result: { statusCode: 201.9 },
      status: 201,
      problems: ['warning R-S3'],
    },
    {
      rule: 'R-S3',
      does: 'true is a 502 (low)',
      result: { statusCode: true },
      ...ERROR,
      problems: ['error R-S3'],
    },
    {
      rule: 'R-S4',
      does: '99 is judged a 502 (low)',
      result: { statusCode: 99 },
      ...ERROR,
      problems: ['error R-S4'],
    },
    {
      rule: 'R-S4',
      does: '600 is judged a 502 (low)',
      result: { statusCode: 600 },
      ...ERROR,
      problems: ['error R-S4'],
    },
    {
      rule: 'R-S4',
      does: '0 is judged a 502 (low)',
      result: { statusCode: 0 },
      ...ERROR,
      problems: ['error R-S4'],
    },
    {
      rule: 'R-S4',
      does: '-1 is judged a 502 (low)',
      result: { statusCode: -1 },
      ...ERROR,
      problems: ['error R-S4'],
    },
    {
      rule: 'R-S4',
      does: '1000 as a string is judged a 502 (low)',
      result: { statusCode: '1000' },
      ...ERROR,
      problems: ['warning R-S1', 'error R-S4'],
    },
    { rule: 'R-S4', does: '100 and 599 are the edges that pass', result: { statusCode: 599 }, status: 599 },
  ])('$rule: $does', rest);
});

describe('REST: body', () => {
  it.each<RuleRow>([
    {
      rule: 'R-B1',
      does: 'a string is returned verbatim',
      result: { statusCode: 200, body: ' {"a": 1}\n' },
      status: 200,
      body: ' {"a": 1}\n',
    },
    { rule: 'R-B1', does: 'a missing body is empty', result: { statusCode: 204 }, status: 204, body: '' },
    { rule: 'R-B1', does: '"" is empty', result: { statusCode: 200, body: '' }, status: 200, body: '' },
    { rule: 'R-B1', does: 'null is empty', result: { statusCode: 200, body: null }, status: 200, body: '' },
    {
      rule: 'R-B2',
      does: 'an object body is a 502',
      result: { statusCode: 200, body: { message: 'hi' } },
      ...ERROR,
      problems: ['error R-B2'],
    },
    {
      rule: 'R-B2',
      does: 'an array body is a 502',
      result: { statusCode: 200, body: [1, 2] },
      ...ERROR,
      problems: ['error R-B2'],
    },
    {
      rule: 'R-B3',
      does: 'a number body is probably sent as text (low)',
      result: { statusCode: 200, body: 42 },
      status: 200,
      body: '42',
      problems: ['warning R-B3'],
    },
    {
      rule: 'R-B3',
      does: 'a boolean body is probably sent as text (low)',
      result: { statusCode: 200, body: false },
      status: 200,
      body: 'false',
      problems: ['warning R-B3'],
    },
  ])('$rule: $does', rest);
});

describe('REST: headers and multiValueHeaders', () => {
  it.each<RuleRow>([
    {
      rule: 'R-H1',
      does: 'a boolean header value is sent as "true"',
      result: { statusCode: 200, headers: { 'header-bool': true } },
      status: 200,
      headers: { 'header-bool': ['true'], ...JSON_TYPE },
      notes: ['R-H1'],
    },
    {
      rule: 'R-H2',
      does: 'a number header value is sent as text (low)',
      result: { statusCode: 200, headers: { 'x-count': 5 } },
      status: 200,
      headers: { 'x-count': ['5'], ...JSON_TYPE },
      notes: ['R-H2'],
    },
    {
      rule: 'R-H3',
      does: 'headers: null and multiValueHeaders: null are accepted',
      result: { statusCode: 200, headers: null, multiValueHeaders: null, body: 'x' },
      status: 200,
      headers: JSON_TYPE,
    },
    {
      rule: 'R-H4',
      does: 'Content-Type: null suppresses the default application/json',
      result: { statusCode: 200, headers: { 'Content-Type': null }, body: 'x' },
      status: 200,
      headers: {},
      notes: ['R-H4'],
    },
    {
      rule: 'R-H4',
      does: 'another null header value is dropped (low)',
      result: { statusCode: 200, headers: { 'x-gone': null } },
      status: 200,
      headers: JSON_TYPE,
      notes: ['R-H4'],
    },
    {
      rule: 'R-H5',
      does: 'an array header value is a 502',
      result: { statusCode: 200, headers: { 'x-a': ['1', '2'] } },
      ...ERROR,
      problems: ['error R-H5'],
    },
    {
      rule: 'R-H5',
      does: 'an object header value is a 502',
      result: { statusCode: 200, headers: { 'x-a': { b: 1 } } },
      ...ERROR,
      problems: ['error R-H5'],
    },
    {
      rule: 'R-H5',
      does: 'headers being a string is a 502',
      result: { statusCode: 200, headers: 'x-a: 1' },
      ...ERROR,
      problems: ['error R-H5'],
    },
    {
      rule: 'R-M1',
      does: 'a string multiValueHeaders entry is a 502',
      result: { statusCode: 200, multiValueHeaders: { 'x-a': 'v' } },
      ...ERROR,
      problems: ['error R-M1'],
    },
    {
      rule: 'R-M1',
      does: 'multiValueHeaders being an array is a 502',
      result: { statusCode: 200, multiValueHeaders: [['x-a', 'v']] },
      ...ERROR,
      problems: ['error R-M1'],
    },
    {
      rule: 'R-M2',
      does: 'an entry sends the header with every value',
      result: { statusCode: 200, multiValueHeaders: { k: ['v1', 'v2'] } },
      status: 200,
      headers: { k: ['v1', 'v2'], ...JSON_TYPE },
    },
    {
      rule: 'R-M3',
      does: 'the same header in both maps with different values: both, multiValueHeaders first',
      result: {
        statusCode: 200,
        headers: { 'X-Test': 'value-solo' },
        multiValueHeaders: { 'x-test': ['value-multi'] },
      },
      status: 200,
      headers: { 'x-test': ['value-multi', 'value-solo'], ...JSON_TYPE },
      notes: ['R-M3'],
    },
    {
      rule: 'R-M3',
      does: 'the same key–value pair in both maps is sent once',
      result: { statusCode: 200, headers: { 'x-test': 'same' }, multiValueHeaders: { 'X-Test': ['same'] } },
      status: 200,
      headers: { 'x-test': ['same'], ...JSON_TYPE },
      notes: ['R-M3'],
    },
    {
      rule: 'R-M4',
      does: 'several Set-Cookie values go in multiValueHeaders, one line each',
      result: { statusCode: 200, multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] } },
      status: 200,
      headers: { 'set-cookie': ['a=1', 'b=2'], ...JSON_TYPE },
    },
  ])('$rule: $does', rest);
});

describe('REST: Content-Type, base64 and errors', () => {
  it.each<RuleRow>([
    {
      rule: 'R-C1',
      does: 'no Content-Type → application/json',
      result: { statusCode: 200, body: 'x' },
      status: 200,
      headers: JSON_TYPE,
      notes: ['R-C1'],
    },
    {
      rule: 'R-C1',
      does: "the function's Content-Type is kept",
      result: { statusCode: 200, headers: { 'Content-Type': 'text/html' } },
      status: 200,
      headers: { 'content-type': ['text/html'] },
    },
    {
      rule: 'R-64a',
      does: 'without binaryMediaTypes the base64 text is returned undecoded',
      result: { statusCode: 200, body: b64('test-data'), isBase64Encoded: true },
      status: 200,
      body: 'dGVzdC1kYXRh',
      problems: ['warning R-64a'],
    },
    {
      rule: 'R-64a',
      does: 'decoded when the first Accept value is one of binaryMediaTypes',
      result: { statusCode: 200, headers: PNG, body: b64('test-data'), isBase64Encoded: true },
      options: { binaryMediaTypes: ['image/png'], accept: 'image/png' },
      status: 200,
      body: 'test-data',
      notes: ['R-64a'],
    },
    {
      rule: 'R-64a',
      does: 'only the first Accept value counts',
      result: { statusCode: 200, headers: PNG, body: b64('x'), isBase64Encoded: true },
      options: { binaryMediaTypes: ['image/png'], accept: 'text/html, image/png' },
      status: 200,
      body: b64('x'),
      problems: ['warning R-64a'],
    },
    {
      rule: 'R-64a',
      does: 'a browser Accept whose first value matches decodes',
      result: { statusCode: 200, headers: PNG, body: b64('x'), isBase64Encoded: true },
      options: { binaryMediaTypes: ['image/png'], accept: 'image/png,image/*,*/*;q=0.8' },
      status: 200,
      body: 'x',
    },
    {
      rule: 'R-64a',
      does: 'the response Content-Type plays no part: text/plain with a matching Accept decodes',
      result: {
        statusCode: 200,
        headers: { 'content-type': 'text/plain' },
        body: b64('x'),
        isBase64Encoded: true,
      },
      options: { binaryMediaTypes: ['image/png'], accept: 'image/png' },
      status: 200,
      body: 'x',
      headers: { 'content-type': ['text/plain'] },
    },
    {
      rule: 'R-64a',
      does: 'the response Content-Type plays no part: none at all decodes too',
      result: { statusCode: 200, body: b64('x'), isBase64Encoded: true },
      options: { binaryMediaTypes: ['image/png'], accept: 'image/png' },
      status: 200,
      body: 'x',
      headers: JSON_TYPE,
    },
    {
      rule: 'R-64a',
      does: 'a matching Content-Type does not help a non-matching Accept',
      result: { statusCode: 200, headers: PNG, body: b64('x'), isBase64Encoded: true },
      options: { binaryMediaTypes: ['image/png'], accept: 'image/jpg' },
      status: 200,
      body: b64('x'),
      problems: ['warning R-64a'],
    },
    {
      rule: 'R-64a',
      does: "a binaryMediaTypes entry */* matches Accept */* (curl's default)",
      result: { statusCode: 200, headers: PNG, body: b64('x'), isBase64Encoded: true },
      options: { binaryMediaTypes: ['*/*'], accept: '*/*' },
      status: 200,
      body: 'x',
    },
    {
      rule: 'R-64a',
      does: 'a binaryMediaTypes entry */* matches any type, with parameters',
      result: { statusCode: 200, headers: PNG, body: b64('x'), isBase64Encoded: true },
      options: { binaryMediaTypes: ['*/*'], accept: 'text/html;q=0.9' },
      status: 200,
      body: 'x',
    },
    {
      rule: 'R-64a',
      does: 'a binaryMediaTypes entry application/* matches application/whatever',
      result: { statusCode: 200, body: b64('x'), isBase64Encoded: true },
      options: { binaryMediaTypes: ['image/png', 'application/*'], accept: 'application/whatever' },
      status: 200,
      body: 'x',
    },
    {
      rule: 'R-64a',
      does: 'a binaryMediaTypes entry image/* matches the literal Accept image/*',
      result: { statusCode: 200, headers: PNG, body: b64('x'), isBase64Encoded: true },
      options: { binaryMediaTypes: ['image/*'], accept: 'image/*' },
      status: 200,
      body: 'x',
    },
    {
      rule: 'R-64a',
      does: 'a binaryMediaTypes entry image/* does not match another type',
      result: { statusCode: 200, headers: PNG, body: b64('x'), isBase64Encoded: true },
      options: { binaryMediaTypes: ['image/*'], accept: 'imagex/png' },
      status: 200,
      body: b64('x'),
      problems: ['warning R-64a'],
    },
    {
      rule: 'R-64a',
      does: 'Accept */* against a literal list stays undecoded: no wildcard on the request side',
      result: { statusCode: 200, headers: PNG, body: b64('x'), isBase64Encoded: true },
      options: { binaryMediaTypes: ['image/png'], accept: '*/*' },
      status: 200,
      body: b64('x'),
      problems: ['warning R-64a'],
    },
    {
      rule: 'R-64a',
      does: 'Accept image/* against a literal list stays undecoded',
      result: { statusCode: 200, headers: PNG, body: b64('x'), isBase64Encoded: true },
      options: { binaryMediaTypes: ['image/png'], accept: 'image/*' },
      status: 200,
      body: b64('x'),
      problems: ['warning R-64a'],
    },
    {
      rule: 'R-64a',
      does: 'a wildcard on the left of an entry matches nothing, not even itself',
      result: { statusCode: 200, headers: PNG, body: b64('x'), isBase64Encoded: true },
      options: { binaryMediaTypes: ['*/test'], accept: '*/test' },
      status: 200,
      body: b64('x'),
      problems: ['warning R-64a'],
    },
    {
      rule: 'R-64a',
      does: 'a wildcard on the left of an entry does not match random/test',
      result: { statusCode: 200, headers: PNG, body: b64('x'), isBase64Encoded: true },
      options: { binaryMediaTypes: ['*/test'], accept: 'random/test' },
      status: 200,
      body: b64('x'),
      problems: ['warning R-64a'],
    },
    {
      rule: 'R-64a',
      does: 'an Accept value that is not type/subtype stays undecoded',
      result: { statusCode: 200, body: b64('x'), isBase64Encoded: true },
      options: { binaryMediaTypes: ['application/*'], accept: 'application' },
      status: 200,
      body: b64('x'),
      problems: ['warning R-64a'],
    },
    {
      rule: 'R-64a',
      does: 'no Accept header stays undecoded',
      result: { statusCode: 200, headers: PNG, body: b64('x'), isBase64Encoded: true },
      options: { binaryMediaTypes: ['image/png'] },
      status: 200,
      body: b64('x'),
      problems: ['warning R-64a'],
    },
    {
      rule: 'R-64a',
      does: 'media types match case-insensitively and without parameters (low)',
      result: { statusCode: 200, headers: PNG, body: b64('x'), isBase64Encoded: true },
      options: { binaryMediaTypes: ['Image/PNG'], accept: 'IMAGE/png; q=0.9, text/html' },
      status: 200,
      body: 'x',
    },
    {
      rule: 'R-64b',
      does: 'invalid base64 passes through when no binary type matches',
      result: { statusCode: 200, body: 'not base64!', isBase64Encoded: true },
      status: 200,
      body: 'not base64!',
      problems: ['warning R-64a'],
    },
    {
      rule: 'R-64b',
      does: 'invalid base64 when the types match is a 500 (body assumed)',
      result: { statusCode: 200, headers: PNG, body: 'èé+à)(', isBase64Encoded: true },
      options: { binaryMediaTypes: ['image/png'], accept: 'image/png' },
      status: 500,
      body: REST_ERROR_BODY,
      headers: JSON_TYPE,
      problems: ['error R-64b'],
      notes: ['R-64b'],
    },
    {
      rule: 'R-64c',
      does: 'isBase64Encoded "true" as a string is accepted (low)',
      result: { statusCode: 200, headers: PNG, body: b64('x'), isBase64Encoded: 'true' },
      options: { binaryMediaTypes: ['image/png'], accept: 'image/png' },
      status: 200,
      body: 'x',
      problems: ['warning R-64c'],
    },
    {
      rule: 'R-64c',
      does: 'isBase64Encoded "false" is accepted (low)',
      result: { statusCode: 200, body: 'x', isBase64Encoded: 'false' },
      status: 200,
      body: 'x',
      problems: ['warning R-64c'],
    },
    {
      rule: 'R-64c',
      does: 'other isBase64Encoded values are judged a 502 (low)',
      result: { statusCode: 200, body: 'x', isBase64Encoded: 1 },
      ...ERROR,
      problems: ['error R-64c'],
    },
    {
      rule: 'R-E1',
      does: 'a malformed response is 502 {"message": "Internal server error"}',
      result: { statusCode: 200, body: {} },
      ...ERROR,
      problems: ['error R-B2'],
      notes: ['R-E1'],
    },
    {
      rule: 'R-E3',
      does: 'a returned {errorMessage, errorType} is not a function error, but still a 502',
      result: { errorMessage: 'boom', errorType: 'Error' },
      ...ERROR,
      problems: ['error R-E3'],
    },
    {
      rule: 'R-E3',
      does: 'errorMessage next to statusCode is an unknown key',
      result: { statusCode: 500, errorMessage: 'boom' },
      ...ERROR,
      problems: ['error R-E3'],
    },
  ])('$rule: $does', rest);

  it('R-E2: an unhandled function error is a 502 with the same body (see inspectProxyError.test.ts)', async () => {
    const { inspectProxyError } = await import('../../../../src/contract/inspectProxyError.js');
    const outcome = inspectProxyError(new Error('boom'), { integration: 'rest' });
    expect(outcome.response).toMatchObject({ status: 502, body: REST_ERROR_BODY, headers: JSON_TYPE });
    expect(outcome.notes.map((n) => n.rule)).toContain('R-E2');
  });

  it.each([
    ['no binaryMediaTypes', {}, 'because the API has no binaryMediaTypes (options.binaryMediaTypes)'],
    [
      'no Accept',
      { binaryMediaTypes: ['image/png'] },
      'because the request has no Accept header (options.accept)',
    ],
    [
      'Accept */* against a literal list',
      { binaryMediaTypes: ['image/png'], accept: '*/*' },
      'the first Accept value */* is a wildcard, which REST compares as a literal type: only a binaryMediaTypes entry of */* matches it',
    ],
    [
      'Accept image/* against a literal list',
      { binaryMediaTypes: ['image/png'], accept: 'image/*' },
      'only a binaryMediaTypes entry of */* or image/* matches it',
    ],
    [
      'a second Accept value that would match',
      { binaryMediaTypes: ['image/png'], accept: 'text/html, image/png' },
      'the first Accept value text/html matches none of binaryMediaTypes (only the first Accept value counts)',
    ],
  ])(
    'R-64a: the warning says why the base64 was not decoded (%s), never blaming the Content-Type',
    (_name, options, reason) => {
      const { problems } = inspectProxyResult(
        { statusCode: 200, headers: { 'Content-Type': 'text/plain' }, body: b64('x'), isBase64Encoded: true },
        { integration: 'rest', ...options },
      );
      expect(problems).toHaveLength(1);
      expect(problems[0]?.message).toContain(reason);
      expect(problems[0]?.message).not.toMatch(/content-type/i);
    },
  );

  it('R-64a: the note names the entry the Accept value matched', () => {
    const { notes } = inspectProxyResult(
      { statusCode: 200, body: b64('x'), isBase64Encoded: true },
      { integration: 'rest', binaryMediaTypes: ['image/png', 'application/*'], accept: 'application/pdf' },
    );
    expect(notes).toContainEqual({
      path: 'body',
      message:
        'REST decoded the base64 body because the first Accept value application/pdf matches the binary media type application/*',
      rule: 'R-64a',
    });
  });

  it('R-64b: the 500 is stated as recorded, its body as assumed', () => {
    const outcome = inspectProxyResult(
      { statusCode: 200, body: 'not base64!', isBase64Encoded: true },
      { integration: 'rest', binaryMediaTypes: ['*/*'], accept: '*/*' },
    );
    expect(outcome.problems).toEqual([expect.objectContaining({ severity: 'error', rule: 'R-64b' })]);
    expect(outcome.problems[0]?.message).not.toContain('unverified');
    expect(outcome.notes).toEqual([
      expect.objectContaining({ rule: 'R-64b', message: expect.stringContaining('answered 500') }),
    ]);
    expect(outcome.notes[0]?.message).toContain('assumed');
    // Not the 502 of a malformed response.
    expect(outcome.notes.map((n) => n.rule)).not.toContain('R-E1');
  });

  it('R-E4: the error body is the documented JSON; compare it as JSON', () => {
    const { response } = inspectProxyResult('not a response', { integration: 'rest' });
    expect(JSON.parse(response.body)).toEqual({ message: 'Internal server error' });
    expect(response.body).toBe('{"message": "Internal server error"}');
  });
});

describe('REST: messages name the path and the fix', () => {
  it.each([
    {
      result: { statusCode: 200, body: { message: 'hi' } },
      problem: {
        path: 'body',
        message: 'body must be a string, but it is an object',
        hint: 'JSON.stringify it',
        rule: 'R-B2',
      },
    },
    {
      result: { message: 'Hello from your new Amplify Python lambda!' },
      problem: {
        path: 'message',
        message: "'message' is not a key of a proxy response: REST rejects unknown keys",
        hint: 'return { statusCode: 200, body: JSON.stringify({ message }) }',
        rule: 'R-K1',
      },
    },
    {
      result: { message: 'hi', count: 2 },
      problem: {
        path: '',
        message: "'message' and 'count' are not keys of a proxy response: REST rejects unknown keys",
        hint: 'return { statusCode: 200, body: JSON.stringify({ message, count }) }',
        rule: 'R-K1',
      },
    },
    {
      result: { statusCode: 200, headers: { 'X-Count': [1] } },
      problem: {
        path: 'headers.X-Count',
        message: 'headers.X-Count must be a string, but it is an array (AWS behaviour unverified)',
        rule: 'R-H5',
      },
    },
    {
      result: { statuscode: 200, body: 'x' },
      problem: { path: 'statuscode', hint: 'rename it to statusCode', rule: 'R-K1' },
    },
    {
      result: { statusCode: 200, cookies: ['a=1'] },
      problem: {
        path: 'cookies',
        hint: "send cookies as multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] }",
        rule: 'R-K1',
      },
    },
    {
      result: JSON.stringify({ statusCode: 200, body: 'x' }),
      problem: {
        path: '',
        message: 'the result is a string, but REST needs a response object',
        hint: 'return the response object itself: Lambda serialises it, so JSON.stringify(response) arrives as a string',
      },
    },
  ])('$problem.rule at "$problem.path"', ({ result, problem }) => {
    const { problems } = inspectProxyResult(result, { integration: 'rest' });
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', ...problem })]);
  });
});
