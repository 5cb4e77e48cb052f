import { describe, expect, it } from 'vitest';
import { RETURNED_ERROR_HINT } from '../../../../src/contract/fields/keyAdvice.js';
import {
  bodyAdvice,
  defaultContentTypeNote,
  ignoreUnknownKeys,
  type KeyAdvice,
  rejectNotObject,
  rejectUnknownKeys,
  STRINGIFIED_RESPONSE_HINT,
  stringifiedResponse,
} from '../../../../src/contract/fields/responseParts.js';
import { Judgement } from '../../../../src/contract/outcome/Judgement.js';

const KNOWN: ReadonlySet<string> = new Set(['statusCode', 'headers', 'body']);
const BUFFER_KIND = 'a Buffer, which JSON sends as {"type":"Buffer","data":[…]}';
const BYTES_KIND = 'a Uint8Array by its shape, which JSON sends as {"0":…,"1":…}';

function problemsOf(run: (j: Judgement) => void) {
  const j = new Judgement();
  run(j);
  return { problems: j.problems, notes: j.notes };
}

describe('bodyAdvice: how a problem names a body that is not a string', () => {
  it.each([
    ['a serialised Buffer', { type: 'Buffer', data: [0, 255] }, BUFFER_KIND],
    ['a serialised Buffer with no bytes', { type: 'Buffer', data: [] }, BUFFER_KIND],
    ['a Uint8Array by its shape', { 0: 0, 1: 255 }, BYTES_KIND],
    ['a Buffer shape with another type', { type: 'Array', data: [1] }, 'an object'],
    ['a Buffer shape with one non-byte', { type: 'Buffer', data: [1, 'x'] }, 'an object'],
    ['a byte below 0', { type: 'Buffer', data: [-1] }, 'an object'],
    ['a byte above 255', { type: 'Buffer', data: [256] }, 'an object'],
    ['a fractional byte', { type: 'Buffer', data: [1.5] }, 'an object'],
    ['a byte that is a numeric string', { type: 'Buffer', data: ['1'] }, 'an object'],
    ['a Uint8Array shape with a numeric string', { 0: '1' }, 'an object'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a number', 5, 'a number'],
  ])('names %s as %s', (_what, raw, kind) => {
    const advice = bodyAdvice(raw, 'the hint');
    expect(advice.kind).toBe(kind);
    if (kind === BUFFER_KIND || kind === BYTES_KIND) expect(advice.hint).toMatch(/^send bytes as base64/);
    else expect(advice.hint).toBe('the hint');
  });
});

describe('stringifiedResponse: W1, a handler that returned JSON.stringify(response)', () => {
  const padded = (length: number) => {
    const head = '{"statusCode":200,"body":"';
    return `${head}${'x'.repeat(length - head.length - 2)}"}`;
  };

  it.each([
    ['a response with a statusCode', false, true, '{"statusCode":200}'],
    ['a response with only a body', false, true, '{"body":"hi"}'],
    ['a response with only a body, when a statusCode is required', true, false, '{"body":"hi"}'],
    ['a response with a statusCode, when a statusCode is required', true, true, '{"statusCode":200}'],
    ['an object with neither', false, false, '{"message":"hi"}'],
    ['JSON that does not start with {', false, false, ' {"statusCode":200}'],
    ['text that does not parse', false, false, '{statusCode: 200}'],
    ['a response of exactly 1,000,000 characters', false, true, padded(1_000_000)],
    ['a response over 1,000,000 characters', false, false, padded(1_000_001)],
  ])('%s (statusCodeOnly: %s): %s', (_what, statusCodeOnly, expected, text) => {
    expect(stringifiedResponse(text, statusCodeOnly)).toBe(expected);
  });

  it('reads a body-only response as a response by default', () => {
    expect(stringifiedResponse('{"body":"hi"}')).toBe(true);
  });
});

describe('rejectNotObject: a result that is not an object', () => {
  const RULES = { null: 'R-0n', string: 'R-0s', other: 'R-0o' };

  it.each([
    [null, 'R-0n', "return { statusCode: 200, body: '…' }"],
    ['{"statusCode":200}', 'R-0s', STRINGIFIED_RESPONSE_HINT],
    [5, 'R-0o', 'return { statusCode: 200, body: JSON.stringify(result) }'],
  ])('puts %j at the result itself, under %s', (value, rule, hint) => {
    const { problems } = problemsOf((j) => rejectNotObject(value, 'REST', RULES, j));
    expect(problems.map((p) => ({ path: p.path, rule: p.rule, hint: p.hint }))).toEqual([
      { path: '', rule, hint },
    ]);
  });
});

describe('rejectUnknownKeys: REST rejects keys it does not know (R-K1)', () => {
  it('takes an error object for a returned error, naming at most three of its keys', () => {
    const unknown = ['errorType', 'errorMessage', 'stackTrace', 'cause'];
    const { problems } = problemsOf((j) => rejectUnknownKeys({}, unknown, false, KNOWN, 'REST', j));
    expect(problems).toEqual([
      {
        severity: 'error',
        path: '',
        message:
          "the result looks like an error (errorType, errorMessage, stackTrace), but it was returned, not thrown, and 'errorType', 'errorMessage', 'stackTrace' and 'cause' are not keys of a proxy response: REST rejects unknown keys",
        rule: 'R-E3',
        hint: RETURNED_ERROR_HINT,
      },
    ]);
  });

  it.each(['errorMessage', 'errorType', 'stackTrace'])(
    'rejects %s next to response keys under R-E3',
    (key) => {
      const { problems } = problemsOf((j) =>
        rejectUnknownKeys({ statusCode: 500 }, [key], true, KNOWN, 'REST', j),
      );
      expect(problems).toEqual([
        {
          severity: 'error',
          path: key,
          message: `'${key}' is not a key of a proxy response (a returned error is not a function error): REST rejects unknown keys`,
          rule: 'R-E3',
          hint: 'throw the error, or return { statusCode: 500, body }',
        },
      ]);
    },
  );

  it('tells a misspelt key from a case-sensitive one, with the rename', () => {
    const { problems } = problemsOf((j) =>
      rejectUnknownKeys({ statusCode: 200 }, ['Body'], true, KNOWN, 'REST', j),
    );
    expect(problems).toEqual([
      {
        severity: 'error',
        path: 'Body',
        message:
          "'Body' is not a key of a proxy response (keys are case-sensitive): REST rejects unknown keys",
        rule: 'R-K1',
        hint: 'rename it to body',
      },
    ]);
  });
});

describe('ignoreUnknownKeys: front ends that ignore keys they do not know', () => {
  function ignore(
    result: Record<string, unknown>,
    unknown: string[],
    verified?: boolean,
    fixVerified = true,
  ) {
    const advice: Record<string, KeyAdvice> = { cookies: { hint: 'use Set-Cookie', verified: fixVerified } };
    // Left out rather than undefined, to reach the default.
    const how = {
      known: KNOWN,
      name: 'ALB',
      rule: 'A-K',
      advice,
      ...(verified === undefined ? {} : { verified }),
    };
    return problemsOf((j) => ignoreUnknownKeys(result, unknown, j, how));
  }

  it('warns, with the fix and no caveat, for a key with advice when both are verified (by default)', () => {
    expect(ignore({ statusCode: 200, cookies: [] }, ['cookies']).problems).toEqual([
      {
        severity: 'warning',
        path: 'cookies',
        message: "ALB ignores 'cookies', so it never reaches the client",
        rule: 'A-K',
        hint: 'use Set-Cookie',
      },
    ]);
  });

  it.each([
    ['the ignoring', false, true],
    ['the fix', true, false],
  ])('adds the caveat when %s is unverified', (_what, verified, fixVerified) => {
    const { problems } = ignore({ statusCode: 200, cookies: [] }, ['cookies'], verified, fixVerified);
    expect(problems.map((p) => p.message)).toEqual([
      "ALB ignores 'cookies', so it never reaches the client (AWS behaviour unverified)",
    ]);
  });

  it('notes a key without advice, and takes status next to a real statusCode for data', () => {
    const { problems, notes } = ignore({ statusCode: 200, status: 'ok' }, ['status']);
    expect(problems).toEqual([]);
    expect(notes).toEqual([
      { path: 'status', message: "ALB ignored 'status', which is not a key of its responses", rule: 'A-K' },
    ]);
  });
});

describe('defaultContentTypeNote', () => {
  it('says which Content-Type was added, with the caveat only when unverified', () => {
    expect(defaultContentTypeNote('application/json', 'REST')).toBe(
      'no Content-Type was set, so REST added content-type: application/json',
    );
    expect(defaultContentTypeNote('application/json', 'REST', false)).toBe(
      'no Content-Type was set, so REST added content-type: application/json (AWS behaviour unverified)',
    );
  });
});
