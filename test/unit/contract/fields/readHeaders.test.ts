// The header readers, driven with rules of our own so that each case can be verified or not: whether a message
// says "(AWS behaviour unverified)" is the reader's job, and the integrations only pick the cases.
import { describe, expect, it } from 'vitest';
import {
  type HeaderRules,
  type MultiValueRules,
  readHeaders,
  readMultiValueHeaders,
  UNVERIFIED,
} from '../../../../src/contract/fields/readHeaders.js';
import { inspectProxyResult } from '../../../../src/contract/inspectProxyResult.js';
import { Judgement } from '../../../../src/contract/outcome/Judgement.js';

// Lax accepts a null map (no nullMapRule), as API Gateway does (W6).
const LAX: HeaderRules = {
  name: 'Lax',
  coerce: true,
  shapeRule: 'S-1',
  booleanRule: 'S-2',
  numberRule: 'S-3',
  nullValueRule: 'S-4',
  nestedRule: 'S-5',
  nestedHint: 'join them',
  verified: new Set(['null']),
};
const STRICT: HeaderRules = { ...LAX, name: 'Strict', coerce: false, nullMapRule: 'S-0' };

const LAX_MULTI: MultiValueRules = {
  name: 'Lax',
  coerce: true,
  shapeRule: 'M-1',
  entryRule: 'M-2',
  itemRule: 'M-3',
  verified: new Set(),
};
const STRICT_MULTI: MultiValueRules = {
  ...LAX_MULTI,
  name: 'Strict',
  coerce: false,
  nullMapRule: 'M-0',
  verified: new Set(['shape', 'item']),
};

function single(raw: unknown, rules: HeaderRules) {
  const j = new Judgement();
  const read = readHeaders(raw, 'headers', j, rules);
  return { read, problems: j.problems, notes: j.notes };
}

function multi(raw: unknown, rules: MultiValueRules) {
  const j = new Judgement();
  const read = readMultiValueHeaders(raw, 'multiValueHeaders', j, rules);
  return { read, problems: j.problems, notes: j.notes };
}

describe('readHeaders', () => {
  it('rejects a null map where the front end does, saying to omit it or send {}', () => {
    expect(single(null, STRICT)).toEqual({
      read: { entries: [], contentTypeNulled: false },
      problems: [
        {
          severity: 'error',
          path: 'headers',
          message: 'headers is null, which Strict rejects',
          rule: 'S-0',
          hint: 'omit headers, or use headers: {}',
        },
      ],
      notes: [],
    });
    expect(single(null, LAX)).toEqual({
      read: { entries: [], contentTypeNulled: false },
      problems: [],
      notes: [],
    });
  });

  it('words a null value without the unverified caveat when the null case is verified', () => {
    expect(single({ 'X-A': null }, STRICT).problems).toEqual([
      {
        severity: 'error',
        path: 'headers.X-A',
        message: 'headers.X-A is null, which Strict rejects',
        rule: 'S-4',
        hint: 'omit X-A',
      },
    ]);
    expect(single({ 'X-A': null }, LAX)).toEqual({
      read: { entries: [], contentTypeNulled: false },
      problems: [],
      notes: [
        { path: 'headers.X-A', message: 'headers.X-A is null, so Lax left the header out', rule: 'S-4' },
      ],
    });
  });

  it('adds the caveat to a null value when the null case is not verified', () => {
    const rules = { ...LAX, verified: new Set<never>() };
    expect(single({ 'X-A': null }, rules).notes).toEqual([
      {
        path: 'headers.X-A',
        message: `headers.X-A is null, so Lax left the header out${UNVERIFIED}`,
        rule: 'S-4',
      },
    ]);
  });
});

describe('readMultiValueHeaders', () => {
  it('rejects a null map where the front end does, with the caveat only when the shape is unverified', () => {
    const error = (caveat: string) => ({
      severity: 'error',
      path: 'multiValueHeaders',
      message: `multiValueHeaders is null, which Strict rejects${caveat}`,
      rule: 'M-0',
      hint: 'omit multiValueHeaders, or use multiValueHeaders: {}',
    });
    expect(multi(null, STRICT_MULTI)).toEqual({ read: [], problems: [error('')], notes: [] });
    expect(multi(null, { ...STRICT_MULTI, verified: new Set() }).problems).toEqual([error(UNVERIFIED)]);
    expect(multi(null, LAX_MULTI)).toEqual({ read: [], problems: [], notes: [] });
  });

  it.each([
    ['a string', 'abc', 'a string'],
    ['an array', [['a']], 'an array'],
  ])('rejects %s as the map and reads nothing from it', (_name, raw, kind) => {
    const error = (caveat: string) => ({
      severity: 'error',
      path: 'multiValueHeaders',
      message: `multiValueHeaders must be an object of header names to arrays of strings, but it is ${kind}${caveat}`,
      rule: 'M-1',
      hint: "use multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] }",
    });
    expect(multi(raw, STRICT_MULTI)).toEqual({ read: [], problems: [error('')], notes: [] });
    expect(multi(raw, LAX_MULTI)).toEqual({ read: [], problems: [error(UNVERIFIED)], notes: [] });
  });

  it('leaves out a null entry with a note where the front end coerces, and rejects it elsewhere', () => {
    expect(multi({ 'X-A': null, 'X-B': ['b'] }, LAX_MULTI)).toEqual({
      read: [['X-B', ['b']]],
      problems: [],
      notes: [
        {
          path: 'multiValueHeaders.X-A',
          message: `multiValueHeaders.X-A is null, so Lax left the header out${UNVERIFIED}`,
          rule: 'M-2',
        },
      ],
    });
    expect(multi({ 'X-A': null }, STRICT_MULTI)).toEqual({
      read: [],
      problems: [
        {
          severity: 'error',
          path: 'multiValueHeaders.X-A',
          message: `multiValueHeaders.X-A must be an array of strings, but it is null${UNVERIFIED}`,
          rule: 'M-2',
          hint: "use multiValueHeaders.X-A: ['value']",
        },
      ],
      notes: [],
    });
  });

  it.each([
    ['a string of 30 characters', 'a'.repeat(30), `wrap it in an array: ['${'a'.repeat(30)}']`],
    ['a string of 31 characters', 'a'.repeat(31), "use multiValueHeaders.X-A: ['value']"],
    ['a number', 5, "use multiValueHeaders.X-A: ['value']"],
    ['an object with a length', { length: 1 }, "use multiValueHeaders.X-A: ['value']"],
  ])('hints for an entry that is %s', (_name, entry, hint) => {
    for (const rules of [STRICT_MULTI, LAX_MULTI]) {
      expect(multi({ 'X-A': entry }, rules).problems).toEqual([
        expect.objectContaining({ path: 'multiValueHeaders.X-A', rule: 'M-2', hint }),
      ]);
    }
  });

  it('sends number and boolean items as text, and leaves out null items, where the front end coerces', () => {
    expect(multi({ 'X-A': [5, true, null, 'x'] }, LAX_MULTI)).toEqual({
      read: [['X-A', ['5', 'true', 'x']]],
      problems: [],
      notes: [
        {
          path: 'multiValueHeaders.X-A[0]',
          message: `multiValueHeaders.X-A[0] is a number, so Lax sent it as the text "5"${UNVERIFIED}`,
          rule: 'M-3',
        },
        {
          path: 'multiValueHeaders.X-A[1]',
          message: `multiValueHeaders.X-A[1] is a boolean, so Lax sent it as the text "true"${UNVERIFIED}`,
          rule: 'M-3',
        },
        {
          path: 'multiValueHeaders.X-A[2]',
          message: `multiValueHeaders.X-A[2] is null, so Lax left that value out${UNVERIFIED}`,
          rule: 'M-3',
        },
      ],
    });
  });

  it('rejects every item that is not a string where the front end does not coerce', () => {
    const error = (i: number, kind: string) => ({
      severity: 'error',
      path: `multiValueHeaders.X-A[${i}]`,
      message: `multiValueHeaders.X-A[${i}] must be a string, but it is ${kind}`,
      rule: 'M-3',
      hint: 'send each value as a string',
    });
    expect(multi({ 'X-A': [5, true, null, 'x'] }, STRICT_MULTI)).toEqual({
      read: [['X-A', ['x']]],
      problems: [error(0, 'a number'), error(1, 'a boolean'), error(2, 'null')],
      notes: [],
    });
  });

  it('a REST client gets coerced items and none of the null ones', () => {
    const outcome = inspectProxyResult(
      { statusCode: 200, multiValueHeaders: { 'X-A': [5, null, 'x'], 'X-B': null }, body: '' },
      { integration: 'rest' },
    );
    expect(outcome.accepted).toBe(true);
    expect(outcome.response.headers['x-a']).toEqual(['5', 'x']);
    expect(outcome.response.headers['x-b']).toBeUndefined();
  });
});
