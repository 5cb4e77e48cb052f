// readStatusCode reads what a front end is given; a numeric string is read only when it is wholly digits, with
// an optional sign, so that "x200" or "200 OK" stay the wrong type (R-S2) rather than becoming a number.
import { describe, expect, it } from 'vitest';
import { readStatusCode } from '../../../../src/contract/fields/readStatusCode.js';
import { inspectProxyResult } from '../../../../src/contract/inspectProxyResult.js';

describe('readStatusCode', () => {
  it.each([
    ['201', { kind: 'numeric-string', value: 201 }],
    ['+201', { kind: 'numeric-string', value: 201 }],
    ['-5', { kind: 'numeric-string', value: -5 }],
    ['x201', { kind: 'invalid', value: 'x201' }],
    ['a1', { kind: 'invalid', value: 'a1' }],
    ['201x', { kind: 'invalid', value: '201x' }],
    ['++1', { kind: 'invalid', value: '++1' }],
    ['1234567890', { kind: 'invalid', value: '1234567890' }],
  ])('reads the string %j as %j', (raw, reading) => {
    expect(readStatusCode(raw)).toEqual(reading);
  });

  it.each([
    ['+201', 201, 'R-S1'],
    ['x201', 502, 'R-S2'],
    ['a1', 502, 'R-S2'],
  ])('REST answers statusCode %j with %i (%s)', (statusCode, status, rule) => {
    const outcome = inspectProxyResult({ statusCode, body: '' }, { integration: 'rest' });
    expect(outcome.response.status).toBe(status);
    expect(outcome.problems.map((p) => p.rule)).toEqual([rule]);
  });
});
