import { describe, expect, it } from 'vitest';
import { describeLost, lostHeaders } from '../../../../src/contract/fields/lostHeaders.js';

describe('lostHeaders: the headers of the map ALB ignores that the map it reads does not mirror', () => {
  it.each([
    ['the same value in both maps', { 'X-A': 'a' }, { 'x-a': ['a'] }, []],
    ['a list that joins to the single value', { 'X-A': 'a, b' }, { 'X-A': ['a', 'b'] }, []],
    ['the same number in both maps', { 'X-A': 5 }, { 'X-A': [5] }, []],
    ['a header missing from the read map', { 'X-A': 'a' }, { 'X-B': ['a'] }, ['X-A']],
    ['another value', { 'X-A': 'a' }, { 'X-A': ['b'] }, ['X-A']],
    ['a list that joins to something else', { 'X-A': 'a, b' }, { 'X-A': ['a', 'c'] }, ['X-A']],
    ['an empty list against an empty value', { 'X-A': '' }, { 'X-A': [] }, ['X-A']],
    ['a list where headers holds one value', { 'X-A': ['a'] }, { 'X-A': ['a'] }, ['X-A']],
    ['a read map that is not an object', { 0: 'a' }, 'a', ['0']],
  ])('headers unread (multi-value on): %s', (_what, unread, read, lost) => {
    expect(lostHeaders(unread, read, false)).toEqual(lost);
  });

  it.each([
    ['the same value in both maps', { 'X-A': ['a'] }, { 'x-a': 'a' }, []],
    ['a list that joins to the single value', { 'X-A': ['a', 'b'] }, { 'X-A': 'a, b' }, []],
    ['the same number in both maps', { 'X-A': [5] }, { 'X-A': 5 }, []],
    ['an empty list', { 'X-A': [] }, { 'X-A': 'x' }, ['X-A']],
    ['an empty list against an empty value', { 'X-A': [] }, { 'X-A': '' }, ['X-A']],
    ['a list of two against one of them', { 'X-A': ['a', 'b'] }, { 'X-A': 'a' }, ['X-A']],
    ['a value that is not a list', { 'X-A': 'a' }, { 'X-A': 'a' }, ['X-A']],
    // A string's characters must not pass for headers: the for-in over 'a' sees '0'.
    ['a read map that is not an object', { 0: ['a'] }, 'a', ['0']],
  ])('multiValueHeaders unread (multi-value off): %s', (_what, unread, read, lost) => {
    expect(lostHeaders(unread, read, true)).toEqual(lost);
  });

  it.each([undefined, null, 'ab', 5])('loses nothing when the unread map is %j (not an object)', (unread) => {
    expect(lostHeaders(unread, {}, false)).toEqual([]);
    expect(lostHeaders(unread, {}, true)).toEqual([]);
  });
});

describe('describeLost: the lost headers in the warning', () => {
  it.each([
    [['A'], "'A', missing from or different in headers,"],
    [['A', 'B', 'C', 'D'], "'A', 'B', 'C' and 'D', missing from or different in headers,"],
    [['A', 'B', 'C', 'D', 'E'], "'A', 'B', 'C' and '2 more', missing from or different in headers,"],
  ])('names %j as %s', (lost, text) => {
    expect(describeLost(lost, 'headers')).toBe(text);
  });
});
