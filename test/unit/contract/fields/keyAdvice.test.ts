import { describe, expect, it } from 'vitest';
import {
  dataBodyHint,
  looksLikeReturnedError,
  misspeltKey,
  RETURNED_ERROR_HINT,
  rejectMissingStatusCode,
  type StatusRequirement,
} from '../../../../src/contract/fields/keyAdvice.js';
import { Judgement } from '../../../../src/contract/outcome/Judgement.js';

const ALL_KEYS: ReadonlySet<string> = new Set([
  'statusCode',
  'headers',
  'multiValueHeaders',
  'body',
  'isBase64Encoded',
  'cookies',
  'statusDescription',
]);

const ALB: StatusRequirement = { name: 'ALB', rule: 'A-2', keys: ALL_KEYS };

function reject(unknown: string[], knownKeys: number, mayBeReturnedError?: boolean) {
  const j = new Judgement();
  rejectMissingStatusCode('there is no statusCode', unknown, knownKeys, j, ALB, mayBeReturnedError);
  return j.problems.map(({ path, rule, hint, message }) => ({ path, rule, hint, message }));
}

describe('misspeltKey: the rename a user is told for a misspelt response key', () => {
  // Every alias, spelt as a handler might (case, dashes, underscores, spaces): the hint names the real key.
  it.each([
    ['StatusCode', 'statusCode'],
    ['status_code', 'statusCode'],
    ['Status-Code', 'statusCode'],
    ['status code', 'statusCode'],
    ['status', 'statusCode'],
    ['Code', 'statusCode'],
    ['header', 'headers'],
    ['Headers', 'headers'],
    ['MultiValueHeaders', 'multiValueHeaders'],
    ['multi_value_headers', 'multiValueHeaders'],
    ['multiValueHeader', 'multiValueHeaders'],
    ['Body', 'body'],
    ['IsBase64Encoded', 'isBase64Encoded'],
    ['is_base64_encoded', 'isBase64Encoded'],
    ['isBase64', 'isBase64Encoded'],
    ['Cookies', 'cookies'],
    ['cookie', 'cookies'],
    ['StatusDescription', 'statusDescription'],
  ])('%s is taken for %s', (key, meant) => {
    expect(misspeltKey(key, ALL_KEYS)).toBe(meant);
  });

  it.each([
    ['a key spelt right', 'statusCode', ALL_KEYS],
    ['a key the front end does not know', 'Cookies', new Set(['statusCode', 'body'])],
    ['a key with no alias', 'message', ALL_KEYS],
    ['a key with no alias, even one the set holds', 'message', new Set(['message'])],
    ["a member of Object.prototype ('constructor')", 'constructor', ALL_KEYS],
    ['an alias only inside a longer word', 'xstatus', ALL_KEYS],
  ])('suggests nothing for %s', (_what, key, known) => {
    expect(misspeltKey(key, known)).toBeUndefined();
  });
});

describe('looksLikeReturnedError: the keys of a Lambda error object', () => {
  it.each([
    [['errorMessage'], true],
    [['errorType'], true],
    [['errorType', 'errorMessage', 'stackTrace'], true],
    [['message'], false],
    [['stackTrace'], false],
  ])('%j looks like a returned error: %s', (keys, expected) => {
    expect(looksLikeReturnedError(keys)).toBe(expected);
  });
});

describe('dataBodyHint: the response that wraps returned data', () => {
  it.each([
    [['message'], 'return { statusCode: 200, body: JSON.stringify({ message }) }'],
    [['a', 'b', 'c', 'd'], 'return { statusCode: 200, body: JSON.stringify({ a, b, c, d }) }'],
    [['a', 'b', 'c', 'd', 'e'], 'return { statusCode: 200, body: JSON.stringify(data) }'],
    [['a', 'b-c'], 'return { statusCode: 200, body: JSON.stringify(data) }'],
    [['b-c', 'a'], 'return { statusCode: 200, body: JSON.stringify(data) }'],
    // Not identifiers at the start or at the end: shorthand properties would not compile.
    [['1a'], 'return { statusCode: 200, body: JSON.stringify(data) }'],
    [['a-'], 'return { statusCode: 200, body: JSON.stringify(data) }'],
    [['_a$1'], 'return { statusCode: 200, body: JSON.stringify({ _a$1 }) }'],
  ])('for keys %j: %s', (keys, hint) => {
    expect(dataBodyHint(keys)).toBe(hint);
  });
});

describe('rejectMissingStatusCode: the fix for a result without statusCode', () => {
  it('takes an error object for a returned error by default, naming at most three of its keys', () => {
    expect(reject(['errorType', 'errorMessage', 'stackTrace', 'cause'], 0)).toEqual([
      {
        path: '',
        rule: 'A-2',
        hint: RETURNED_ERROR_HINT,
        message:
          'the result looks like an error (errorType, errorMessage, stackTrace), but it was returned, not thrown: it is data without a statusCode, which ALB requires',
      },
    ]);
  });

  it.each([
    ['when told it may not be a returned error', ['errorMessage'], 0, false],
    ['when it has response keys too', ['errorMessage'], 1, true],
  ])('does not take error keys for a returned error %s', (_when, unknown, knownKeys, may) => {
    const [problem] = reject(unknown, knownKeys, may);
    expect(problem?.path).toBe('statusCode');
    expect(problem?.message).toBe('there is no statusCode');
  });

  it.each([
    ['a misspelt statusCode, found among other keys', ['header', 'status'], 0, 'rename status to statusCode'],
    ['a misspelt statusCode next to response keys', ['statuscode'], 2, 'rename statuscode to statusCode'],
    ['plain data', ['message'], 0, 'return { statusCode: 200, body: JSON.stringify({ message }) }'],
    ['response keys and data', ['message'], 1, 'add statusCode: 200'],
    ['no keys at all', [], 0, 'add statusCode: 200'],
  ])('hints for %s', (_what, unknown, knownKeys, hint) => {
    expect(reject(unknown, knownKeys)).toEqual([
      { path: 'statusCode', rule: 'A-2', hint, message: 'there is no statusCode' },
    ]);
  });
});
