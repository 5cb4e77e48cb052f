// proxy-rules.md §0 and §7: what the runtime puts on the wire before any front end sees it, and the limits.
import { describe, expect, it } from 'vitest';
import { inspectProxyError } from '../../../src/contract/inspectProxyError.js';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import { INTEGRATIONS } from '../../../src/contract/integrations/integrationNames.js';
import type { Integration } from '../../../src/contract/types.js';
import {
  checkRow,
  HTTP_API_ERROR_BODY,
  JSON_TYPE,
  REST_ERROR_BODY,
  type RuleRow,
  TEXT_TYPE,
} from './support.js';

const LIMIT = 6_291_556;

describe('§0: the JSON serialisation is what the front end sees', () => {
  it.each<RuleRow & { integration: Integration }>([
    {
      rule: 'W1',
      does: 'JSON.stringify(response) arrives as a string: REST 502',
      integration: 'rest',
      result: JSON.stringify({ statusCode: 200, body: 'x' }),
      status: 502,
      problems: ['error R-T1'],
    },
    {
      rule: 'W1',
      does: 'JSON.stringify(response) arrives as a string: 2.0 sends the JSON text as the body',
      integration: 'http-2.0',
      result: JSON.stringify({ statusCode: 201, body: 'x' }),
      status: 200,
      body: '{"statusCode":201,"body":"x"}',
      problems: ['warning W1'],
    },
    {
      rule: 'W1',
      does: 'JSON.stringify(response) arrives as a string: a function URL sends the JSON text, with a warning',
      integration: 'function-url',
      result: JSON.stringify({ statusCode: 404 }),
      status: 200,
      body: '{"statusCode":404}',
      problems: ['warning W1'],
    },
    {
      rule: 'W1',
      does: 'toJSON is honoured',
      integration: 'rest',
      result: { toJSON: () => ({ statusCode: 201, body: 'from toJSON' }) },
      status: 201,
      body: 'from toJSON',
      notes: ['W1'],
    },
    {
      rule: 'W1',
      does: 'a Date in the result is its ISO string',
      integration: 'http-2.0',
      result: { at: new Date(0) },
      status: 200,
      body: '{"at":"1970-01-01T00:00:00.000Z"}',
    },
    {
      rule: 'W1',
      does: 'a Map serialises to {} and a class instance to its own fields',
      integration: 'function-url',
      result: {
        map: new Map([['a', 1]]),
        point: new (class {
          x = 1;
        })(),
      },
      status: 200,
      body: '{"map":{},"point":{"x":1}}',
    },
    {
      rule: 'W2',
      does: 'undefined is the payload null',
      integration: 'rest',
      result: undefined,
      status: 502,
      problems: ['error R-T2'],
      notes: ['W2'],
    },
    {
      rule: 'W2',
      does: 'a function is the payload null',
      integration: 'http-2.0',
      result: () => 1,
      status: 500,
      problems: ['error H2-4'],
      notes: ['W2'],
    },
    {
      rule: 'W2',
      does: 'a symbol is the payload null',
      integration: 'alb',
      result: Symbol('x'),
      status: 502,
      problems: ['error A-2'],
      notes: ['W2'],
    },
    {
      rule: 'W3',
      does: '{ statusCode: 200, body: undefined } is exactly { statusCode: 200 }',
      integration: 'alb',
      result: { statusCode: 200, body: undefined },
      status: 200,
      body: '',
      notes: ['W3'],
    },
    {
      rule: 'W3',
      does: '{ statusCode: undefined } has no statusCode: HTTP API 1.0 500',
      integration: 'http-1.0',
      result: { statusCode: undefined, body: 'x' },
      status: 500,
      problems: ['error H1-1'],
      notes: ['W3'],
    },
    {
      rule: 'W3',
      does: '{ statusCode: undefined } has no statusCode: 2.0 infers',
      integration: 'http-2.0',
      result: { statusCode: undefined, message: 'hi' },
      status: 200,
      body: '{"message":"hi"}',
      notes: ['W3', 'H2-1'],
    },
    {
      rule: 'W3',
      does: 'statusCode NaN arrives as null: REST answers 200, and a note says why',
      integration: 'rest',
      result: { statusCode: Number.NaN, body: 'x' },
      status: 200,
      problems: ['warning R-S3'],
      notes: ['W3'],
    },
    {
      rule: 'W3',
      does: 'body NaN arrives as null: an empty body, and a note says why',
      integration: 'http-1.0',
      result: { statusCode: 200, body: Number.NaN },
      status: 200,
      body: '',
      notes: ['W3'],
    },
    {
      rule: 'W3',
      does: 'statusCode Infinity arrives as null: ALB 502',
      integration: 'alb',
      result: { statusCode: Number.POSITIVE_INFINITY },
      status: 502,
      problems: ['error A-3'],
      notes: ['W3'],
    },
    {
      rule: 'W3',
      does: 'a header set to undefined is never sent, and a note says so',
      integration: 'rest',
      result: { statusCode: 200, headers: { 'X-Request-Id': undefined, 'X-Kept': 'k' }, body: 'x' },
      status: 200,
      headers: { 'x-kept': ['k'], 'content-type': ['application/json'] },
      notes: ['W3'],
    },
    {
      rule: 'W3',
      does: 'a multiValueHeaders entry set to undefined is never sent either',
      integration: 'alb-multi-value',
      result: { statusCode: 200, multiValueHeaders: { 'Set-Cookie': undefined } },
      status: 200,
      notes: ['W3'],
    },
    {
      rule: 'W3',
      does: 'function and symbol values vanish too',
      integration: 'rest',
      result: { statusCode: 200, body: 'x', helper: () => 1, tag: Symbol('t') },
      status: 200,
      body: 'x',
      notes: ['W3'],
    },
    {
      rule: 'W6',
      does: "Go's REST response with null maps is accepted",
      integration: 'rest',
      result: { statusCode: 200, headers: null, multiValueHeaders: null, body: 'go', isBase64Encoded: false },
      status: 200,
      body: 'go',
    },
    {
      rule: 'W6',
      does: "Go's HTTP API 1.0 response with null maps is accepted",
      integration: 'http-1.0',
      result: { statusCode: 200, headers: null, multiValueHeaders: null, body: 'go', isBase64Encoded: false },
      status: 200,
      body: 'go',
    },
    {
      rule: 'W6',
      does: "Go's 2.0 response with null headers, multiValueHeaders and cookies is accepted",
      integration: 'http-2.0',
      result: {
        statusCode: 200,
        headers: null,
        multiValueHeaders: null,
        cookies: null,
        body: 'go',
        isBase64Encoded: false,
      },
      status: 200,
      body: 'go',
      headers: TEXT_TYPE,
    },
    {
      rule: 'W6',
      does: "Go's function URL response with null maps is accepted",
      integration: 'function-url',
      result: { statusCode: 200, headers: null, cookies: null, body: 'go', isBase64Encoded: false },
      status: 200,
      headers: JSON_TYPE,
    },
    {
      rule: 'W6',
      does: 'Go\'s ALB response (statusDescription "", multiValueHeaders null, headers {}) is accepted',
      integration: 'alb',
      result: {
        statusCode: 200,
        statusDescription: '',
        headers: {},
        multiValueHeaders: null,
        body: 'go',
        isBase64Encoded: false,
      },
      status: 200,
      body: 'go',
    },
    {
      rule: 'W6',
      does: "Go's ALB response with a nil Headers map is a 502 (A-H2)",
      integration: 'alb',
      result: {
        statusCode: 200,
        statusDescription: '',
        headers: null,
        multiValueHeaders: null,
        body: 'go',
        isBase64Encoded: false,
      },
      status: 502,
      problems: ['error A-H2'],
    },
  ])('$rule: $does ($integration)', ({ integration, ...row }) => {
    checkRow(integration, row);
  });

  it.each([
    [
      'circular',
      (() => {
        const result: Record<string, unknown> = { statusCode: 200 };
        result.self = result;
        return result;
      })(),
      'remove the circular reference: return plain data',
    ],
    [
      'BigInt',
      { statusCode: 200, body: 10n },
      'convert BigInt values with String() or Number() before returning them',
    ],
    [
      'toJSON that throws',
      {
        toJSON: () => {
          throw new Error('no');
        },
      },
      'return plain data that JSON.stringify can serialise',
    ],
  ])('W1: a result that cannot be serialised (%s) is a function error', (_name, result, hint) => {
    for (const integration of INTEGRATIONS) {
      const outcome = inspectProxyResult(result, { integration });
      expect(outcome).toMatchObject({ accepted: false, functionError: true });
      expect(outcome.problems).toEqual([expect.objectContaining({ severity: 'error', rule: 'W1', hint })]);
      expect(outcome.response).toEqual(inspectProxyError(new Error('x'), { integration }).response);
    }
  });

  it.each([
    ['statusCode', { statusCode: Number.NaN, body: 'x' }, 'statusCode is NaN, which JSON sends as null'],
    [
      'body',
      { statusCode: 200, body: Number.NEGATIVE_INFINITY },
      'body is -Infinity, which JSON sends as null',
    ],
    [
      'headers.X-Trace',
      { statusCode: 200, headers: { 'X-Trace': undefined } },
      'headers.X-Trace is undefined, which JSON leaves out, so the X-Trace header was never sent',
    ],
    [
      'headers["x trace"]',
      { statusCode: 200, headers: { 'x trace': Number.NaN } },
      'headers["x trace"] is NaN, which JSON sends as null',
    ],
  ])('W3: the note at %s says what JSON did', (path, result, message) => {
    const { notes } = inspectProxyResult(result, { integration: 'rest' });
    expect(notes).toContainEqual({ path, message: expect.stringContaining(message), rule: 'W3' });
  });

  it('W3: headers that arrive as they were sent get no note', () => {
    const { notes } = inspectProxyResult(
      { statusCode: 200, headers: { a: 'b', c: null }, body: 'x' },
      { integration: 'rest' },
    );
    expect(notes.filter((n) => n.rule === 'W3')).toEqual([]);
  });

  it.each([
    ['rest', 502, REST_ERROR_BODY],
    ['http-1.0', 500, HTTP_API_ERROR_BODY],
    ['http-2.0', 500, HTTP_API_ERROR_BODY],
    ['function-url', 502, 'Internal Server Error'],
  ] as const)('W4: a thrown error is a function error: %s answers %i', (integration, status, body) => {
    const outcome = inspectProxyError(new TypeError('boom'), { integration });
    expect(outcome).toMatchObject({ accepted: false, functionError: true, response: { status, body } });
    expect(outcome.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'W4',
        message: expect.stringContaining('TypeError: boom'),
      }),
    ]);
  });
});

describe('W7: the runtime awaits a returned promise', () => {
  // Computed when a test asks, not while the file loads (Stryker counts load-time code as static).
  const errorResponse = (integration: Integration) =>
    inspectProxyError(new Error('x'), { integration }).response;

  it.each(INTEGRATIONS)(
    'W7: a Promise passed as the result is an error on %s, shown with the error response',
    (integration) => {
      const outcome = inspectProxyResult(Promise.resolve({ statusCode: 200, body: 'ok' }), { integration });
      expect(outcome).toMatchObject({ accepted: false, functionError: false });
      expect(outcome.problems).toEqual([
        {
          severity: 'error',
          path: '',
          message: expect.stringContaining('the result is a Promise, not what it resolves to'),
          hint: 'await it (or use invokeHttp, which does)',
          rule: 'W7',
        },
      ]);
      expect(outcome.response).toEqual(errorResponse(integration));
      // Nothing reached the front end, so its "malformed" note would be wrong.
      expect(outcome.notes).toEqual([expect.objectContaining({ rule: 'W7' })]);
    },
  );

  it('W7: any thenable counts, as the runtime checks only that then is a function', () => {
    const thenable = {
      statusCode: 200,
      body: 'x',
      // biome-ignore lint/suspicious/noThenProperty: a hand-made thenable is the case under test
      then: (resolve: (v: unknown) => void) => resolve(1),
    };
    const outcome = inspectProxyResult(thenable, { integration: 'http-2.0' });
    expect(outcome.problems).toEqual([
      expect.objectContaining({ rule: 'W7', message: expect.stringContaining('a thenable') }),
    ]);
  });

  it('W7: a then property that is data is not a thenable', () => {
    // biome-ignore lint/suspicious/noThenProperty: a then key that is data is the case under test
    const outcome = inspectProxyResult({ then: 'later', at: 1 }, { integration: 'http-2.0' });
    expect(outcome.accepted).toBe(true);
    expect(outcome.response.body).toBe('{"then":"later","at":1}');
  });

  it('W7: a then getter that throws is a function error, as in the runtime', () => {
    const result = {
      statusCode: 200,
      // biome-ignore lint/suspicious/noThenProperty: a then getter that throws is the case under test
      get then() {
        throw new Error('no then');
      },
    };
    const outcome = inspectProxyResult(result, { integration: 'rest' });
    expect(outcome).toMatchObject({ accepted: false, functionError: true, response: errorResponse('rest') });
    expect(outcome.problems).toEqual([
      expect.objectContaining({ rule: 'W7', message: expect.stringContaining('Error: no then') }),
    ]);
  });

  it('W7: a promise nested in the result is serialised as {} (it is not awaited)', () => {
    const outcome = inspectProxyResult(
      { statusCode: 200, body: Promise.resolve('x') },
      { integration: 'function-url' },
    );
    expect(outcome.problems.map((p) => p.rule)).toEqual(['F-6']);
  });
});

describe('W5 and §7: size limits', () => {
  // `{"statusCode":200,"body":"…"}` around a body of n ASCII characters.
  const overhead = JSON.stringify({ statusCode: 200, body: '' }).length;

  it('W5: a payload of exactly 6,291,556 bytes passes', () => {
    const outcome = inspectProxyResult(
      { statusCode: 200, body: 'a'.repeat(LIMIT - overhead) },
      { integration: 'rest' },
    );
    expect(outcome.accepted).toBe(true);
    expect(outcome.response.bodyBytes.length).toBe(LIMIT - overhead);
  });

  it.each(INTEGRATIONS.filter((i) => !i.startsWith('alb')))(
    'W5: one byte more is a function error on %s',
    (integration) => {
      const outcome = inspectProxyResult(
        { statusCode: 200, body: 'a'.repeat(LIMIT - overhead + 1) },
        { integration },
      );
      expect(outcome).toMatchObject({ accepted: false, functionError: true });
      expect(outcome.problems.map((p) => p.rule)).toEqual(['W5']);
      expect(outcome.response).toEqual(inspectProxyError(new Error('x'), { integration }).response);
    },
  );

  it('W5: the limit is measured in UTF-8 bytes, not characters', () => {
    // 'é' is one UTF-16 unit but two UTF-8 bytes: 3.2 M of them are 6.4 MB.
    const outcome = inspectProxyResult(
      { statusCode: 200, body: 'é'.repeat(3_200_000) },
      { integration: 'rest' },
    );
    expect(outcome.problems.map((p) => p.rule)).toEqual(['W5']);
    expect(outcome.problems[0]?.message).toContain('6,400,028 bytes');
    const under = inspectProxyResult(
      { statusCode: 200, body: 'é'.repeat(3_100_000) },
      { integration: 'rest' },
    );
    expect(under.accepted).toBe(true);
  });

  it('§7: REST past its 29 s integration timeout answers 504', () => {
    const outcome = inspectProxyResult(
      { statusCode: 200, body: 'late' },
      { integration: 'rest', durationMs: 29_001 },
    );
    expect(outcome.accepted).toBe(false);
    expect(outcome.functionError).toBe(false);
    expect(outcome.response).toMatchObject({
      status: 504,
      body: '{"message": "Endpoint request timed out"}',
    });
    expect(outcome.problems.map((p) => p.rule)).toEqual(['§7']);
    expect(
      inspectProxyResult({ statusCode: 200 }, { integration: 'rest', durationMs: 29_000 }).accepted,
    ).toBe(true);
  });

  it('§7: past the timeout, notes about the response REST never built are dropped', () => {
    const outcome = inspectProxyResult(
      { statusCode: 200, body: 'late', isBase64Encoded: false },
      { integration: 'rest', durationMs: 30_000 },
    );
    // On time, REST would have noted its default Content-Type (R-C1).
    expect(outcome.notes).toEqual([]);
    expect(outcome.problems.map((p) => p.rule)).toEqual(['§7']);
    const late2 = inspectProxyResult(
      { statusCode: 200, cookies: ['a=1'] },
      { integration: 'http-2.0', durationMs: 31_000 },
    );
    expect(late2.notes).toEqual([]);
  });

  it('§7: past the timeout, what JSON did to the result still explains its problems', () => {
    const outcome = inspectProxyResult(
      { statusCode: undefined, body: 'late' },
      { integration: 'http-1.0', durationMs: 31_000 },
    );
    expect(outcome.problems.map((p) => p.rule)).toEqual(['H1-1', '§7']);
    expect(outcome.notes.map((n) => n.rule)).toEqual(['W3']);
  });

  it('§7: REST with a raised integration timeout does not time out at 29 s', () => {
    const options = { integration: 'rest', durationMs: 40_000, integrationTimeoutMs: 60_000 } as const;
    expect(inspectProxyResult({ statusCode: 200 }, options).accepted).toBe(true);
  });

  it.each(['http-1.0', 'http-2.0'] as const)('§7: %s past 30 s answers 503 (low)', (integration) => {
    const outcome = inspectProxyResult({ statusCode: 200 }, { integration, durationMs: 30_001 });
    expect(outcome.response).toMatchObject({ status: 503, body: '{"message":"Service Unavailable"}' });
  });

  it.each(['alb', 'function-url'] as const)('§7: %s has no gateway timeout of its own', (integration) => {
    expect(inspectProxyResult({ statusCode: 200 }, { integration, durationMs: 600_000 }).accepted).toBe(true);
  });

  it('§7: a function error that also ran past the gateway timeout reaches the client as the timeout', () => {
    const outcome = inspectProxyError(new Error('Task timed out after 31.00 seconds'), {
      integration: 'rest',
      durationMs: 31_000,
    });
    expect(outcome.response.status).toBe(504);
    expect(outcome.functionError).toBe(true);
  });
});
