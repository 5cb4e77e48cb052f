import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isPlainObject } from '../../../../src/internal/isPlainObject.js';
import type { MatcherContext } from '../../../../src/matchers/internal/context.js';
import {
  aligned,
  diff,
  hint,
  pickSubset,
  printText,
  printTextList,
} from '../../../../src/matchers/internal/messages.js';
import { isRegExp } from '../../../../src/matchers/internal/textMatch.js';
import { vitestContext } from '../bunLikeContext.js';
import { plain, taggedContext } from '../support.js';

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

  describe('edges', () => {
    /** `levels` arrays around `inner`. */
    const nest = (levels: number, inner: unknown): unknown => {
      let value = inner;
      for (let i = 0; i < levels; i++) value = [value];
      return value;
    };
    const bottom = (value: unknown, levels: number): unknown => {
      let at = value;
      for (let i = 0; i < levels; i++) at = (at as unknown[])[0];
      return at;
    };
    const diffed = (expected: unknown, received: unknown): unknown => {
      const ctx = taggedContext();
      let seen: unknown;
      ctx.utils.diff = (e) => {
        seen = e;
        return 'diff';
      };
      diff(ctx, expected, received);
      return seen;
    };

    it('replaces matched matchers inside arrays, keeps one that throws, and stops below depth 50', () => {
      const any = expect.any(Number);
      expect((diffed([any, 'x'], [1, 'y']) as unknown[])[0]).toBe(1);
      const throwing = {
        asymmetricMatch() {
          throw new Error('boom');
        },
      };
      expect((diffed([throwing], [1]) as unknown[])[0]).toBe(throwing);
      expect(bottom(diffed(nest(50, any), nest(50, 1)), 50)).toBe(1);
      expect(bottom(diffed(nest(51, any), nest(51, 1)), 51)).toBe(any);
    });

    it('picks a subset of arrays only at the same length, of objects only, down to depth 50', () => {
      const leaf0 = { x: 1, y: 2 };
      expect(pickSubset([{ a: 1, b: 2 }], [{ a: 0 }])).toEqual([{ a: 1 }]);
      expect(pickSubset([{ a: 1, b: 2 }], [{ a: 0 }, { a: 0 }])).toEqual([{ a: 1, b: 2 }]);
      expect(pickSubset([{ a: 1, b: 2 }], { 0: { a: 0 } })).toEqual([{ a: 1, b: 2 }]);
      expect(Object.keys(pickSubset({ a: 1 }, { b: 0 }) as object)).toEqual([]);
      expect(pickSubset('a', ['x'])).toBe('a');
      const deep = (levels: number, inner: unknown): unknown => {
        let value = inner;
        for (let i = 0; i < levels; i++) value = { k: value };
        return value;
      };
      const under = (value: unknown, levels: number): unknown => {
        let at = value;
        for (let i = 0; i < levels; i++) at = (at as { k: unknown }).k;
        return at;
      };
      expect(under(pickSubset(deep(51, leaf0), deep(51, { x: 0 })), 51)).toEqual(leaf0);
      const leaf = { x: 1, y: 2 };
      expect(bottom(pickSubset(nest(50, leaf), nest(50, { x: 0 })), 50)).toEqual({ x: 1 });
      expect(bottom(pickSubset(nest(51, leaf), nest(51, { x: 0 })), 51)).toEqual(leaf);
    });

    it('prints a text of exactly 200 characters whole, and lists one text or none', () => {
      const ctx = taggedContext();
      expect(printText(ctx, 'x'.repeat(200))).toBe(`<r>"${'x'.repeat(200)}"</r>`);
      expect(printTextList(ctx, ['a'])).toBe('<r>"a"</r>');
      expect(printTextList(ctx, [])).toBe('');
      expect(printTextList(ctx, ['a', 'b', 'c'])).toBe('<r>"a"</r>, <r>"b"</r> and <r>"c"</r>');
    });

    it('writes no promise modifier when the runner gives none', () => {
      const ctx = { ...vitestContext(), promise: undefined } as unknown as MatcherContext;
      expect(plain(hint(ctx, 'toX'))).toMatch(/^expect\(received\)\.toX\(/);
    });
  });
});
