import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isPlainObject } from '../../../../src/internal/isPlainObject.js';
import { aligned, diff, pickSubset, printText } from '../../../../src/matchers/internal/messages.js';
import { isRegExp } from '../../../../src/matchers/internal/textMatch.js';
import { taggedContext } from '../support.js';

describe('message helpers', () => {
  it('aligns values after labels of different lengths', () => {
    expect(
      aligned([
        ['Expected', 'a'],
        ['Received status', 'b'],
      ]),
    ).toBe('Expected:        a\nReceived status: b');
  });

  it('prints short texts whole and long ones cut, with their length', () => {
    const ctx = taggedContext();
    expect(printText(ctx, 'short')).toBe('<r>"short"</r>');
    expect(printText(ctx, 'x'.repeat(201))).toBe(
      `<r>"${'x'.repeat(200)}…"</r> <d>(truncated, 201 characters)</d>`,
    );
  });

  it('keeps only the properties a subset names, recursively', () => {
    const received = { a: 1, b: { c: 2, d: 3 }, e: [{ f: 1, g: 2 }] };
    expect(pickSubset(received, { b: { c: 0 }, e: [{ f: 0 }] })).toEqual({ b: { c: 2 }, e: [{ f: 1 }] });
    expect(pickSubset('text', { a: 1 })).toBe('text');
  });

  it('replaces matched asymmetric matchers before diffing, and keeps unmatched ones', () => {
    const seen: unknown[] = [];
    const ctx = taggedContext();
    ctx.utils.diff = (expected) => {
      seen.push(expected);
      return 'diff';
    };
    expect(
      diff(
        ctx,
        { id: expect.any(Number), name: 'b', tags: [expect.any(String)] },
        { id: 1, name: 'a', tags: [2] },
      ),
    ).toBe('diff');
    expect(seen[0]).toEqual({ id: 1, name: 'b', tags: [expect.any(String)] });
    expect((seen[0] as { id: unknown }).id).toBe(1);
  });

  it('survives an asymmetric matcher that throws, and cycles', () => {
    const ctx = taggedContext();
    ctx.utils.diff = () => undefined;
    const throwing = {
      asymmetricMatch() {
        throw new Error('boom');
      },
    };
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(diff(ctx, { a: throwing, c: cyclic }, { a: 1, c: cyclic })).toBe('');
  });

  it('recognises plain objects and RegExps from another realm (jest runs tests in a vm context)', () => {
    expect(isPlainObject(runInNewContext('({ a: 1 })'))).toBe(true);
    expect(isPlainObject(runInNewContext('Object.create(null)'))).toBe(true);
    expect(isPlainObject(runInNewContext('new (class A {})()'))).toBe(false);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(new Date())).toBe(false);
    expect(isRegExp(runInNewContext('/a/'))).toBe(true);
    expect(isRegExp({ source: 'a' })).toBe(false);
  });
});
