// Problems whose fix depends on what the handler meant: bytes sent as a body, an error returned instead of
// thrown, a response returned as JSON text. Each names its rule; the hint is the fix for that mistake.
import { describe, expect, it } from 'vitest';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import type { Integration } from '../../../src/contract/types.js';

const BUFFER_HINT =
  "send bytes as base64: body: buf.toString('base64') with isBase64Encoded: true (or buf.toString() for text)";
const BYTES_HINT =
  "send bytes as base64: body: Buffer.from(bytes).toString('base64') with isBase64Encoded: true (or new TextDecoder().decode(bytes) for text)";
const RETURNED_ERROR_HINT =
  'throw the error, or return { statusCode: 500, body: JSON.stringify({ message }) }';
const STRINGIFIED_HINT =
  'return the response object itself: Lambda serialises it, so JSON.stringify(response) arrives as a string';

function bodyProblem(integration: Integration, body: unknown) {
  const { problems } = inspectProxyResult({ statusCode: 200, body }, { integration });
  return problems.find((p) => p.path === 'body');
}

describe('a Buffer or Uint8Array body', () => {
  it.each<[string, Integration, 'error' | 'warning']>([
    ['R-B2', 'rest', 'error'],
    ['H1-6', 'http-1.0', 'error'],
    ['H2-5', 'http-2.0', 'error'],
    ['A-4', 'alb', 'error'],
    ['A-4', 'alb-multi-value', 'error'],
    ['F-6', 'function-url', 'warning'],
  ])('%s: a Buffer body (%s) is named a Buffer, and the fix is base64', (rule, integration, severity) => {
    const problem = bodyProblem(integration, Buffer.from('png!'));
    expect(problem).toMatchObject({ severity, rule, hint: BUFFER_HINT });
    expect(problem?.message).toContain('a Buffer, which JSON sends as {"type":"Buffer","data":[…]}');
  });

  it.each<[string, Integration]>([
    ['R-B2', 'rest'],
    ['H1-6', 'http-1.0'],
    ['H2-5', 'http-2.0'],
    ['A-4', 'alb'],
    ['F-6', 'function-url'],
  ])('%s: a Uint8Array body (%s) is recognised by its serialised shape', (rule, integration) => {
    const problem = bodyProblem(integration, new Uint8Array([137, 80, 78, 71]));
    expect(problem).toMatchObject({ rule, hint: BYTES_HINT });
    expect(problem?.message).toContain('a Uint8Array by its shape');
  });

  it.each<[string, unknown]>([
    ['an ordinary object', { message: 'hi' }],
    ['an empty object (nothing to tell it from {})', {}],
    ['index keys with a gap', { '0': 1, '2': 2 }],
    ['values that are not bytes', { '0': 256 }],
    ['a Buffer-like object with more keys', { type: 'Buffer', data: [1], extra: true }],
    ['a Buffer-like object whose data are not bytes', { type: 'Buffer', data: ['a'] }],
  ])('R-B2: %s keeps the JSON.stringify advice', (_name, body) => {
    expect(bodyProblem('rest', body)).toMatchObject({
      message: 'body must be a string, but it is an object',
      hint: 'JSON.stringify it',
    });
  });
});

describe('a returned { errorMessage, errorType, stackTrace }', () => {
  const returned = { errorMessage: 'boom', errorType: 'Error', stackTrace: ['at handler'] };

  it.each<[string, Integration]>([
    ['R-E3', 'rest'],
    ['H1-1', 'http-1.0'],
    ['A-2', 'alb'],
    ['A-2', 'alb-multi-value'],
  ])('%s: on %s the fix is to throw it, or to return a 500', (rule, integration) => {
    const outcome = inspectProxyResult(returned, { integration });
    expect(outcome.accepted).toBe(false);
    expect(outcome.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: '',
        rule,
        message: expect.stringContaining('returned, not thrown'),
        hint: RETURNED_ERROR_HINT,
      }),
    ]);
  });

  it('H1-1: a data object without statusCode still gets the wrap-it-in-a-body advice', () => {
    const { problems } = inspectProxyResult({ message: 'hi' }, { integration: 'http-1.0' });
    expect(problems[0]?.hint).toBe('return { statusCode: 200, body: JSON.stringify({ message }) }');
  });
});

describe('W1: a handler that returns JSON.stringify(response)', () => {
  const stringified = JSON.stringify({ statusCode: 200, body: 'x' });

  it.each<Integration>(['http-2.0', 'function-url'])(
    'W1: %s sends the JSON text as a 200 body, with a warning',
    (integration) => {
      const outcome = inspectProxyResult(stringified, { integration });
      expect(outcome.accepted).toBe(true);
      expect(outcome.response.body).toBe(stringified);
      expect(outcome.problems).toEqual([
        expect.objectContaining({ severity: 'warning', path: '', rule: 'W1', hint: STRINGIFIED_HINT }),
      ]);
    },
  );

  it.each<Integration>(['rest', 'http-1.0', 'alb'])(
    'W1: %s rejects it, with the same hint',
    (integration) => {
      const { problems } = inspectProxyResult(stringified, { integration });
      expect(problems).toEqual([expect.objectContaining({ severity: 'error', hint: STRINGIFIED_HINT })]);
    },
  );

  it.each<[string, string]>([
    ['JSON data without statusCode', '{"message":"hi"}'],
    ['plain text', 'hello'],
    ['JSON that does not parse', '{"statusCode":'],
    ['a JSON array', '[{"statusCode":200}]'],
  ])('W1: no warning on 2.0 for a string of %s', (_name, text) => {
    expect(inspectProxyResult(text, { integration: 'http-2.0' }).problems).toEqual([]);
  });
});
