import { expect as jestExpect } from 'expect';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatcherContext } from '../../../../src/matchers/internal/context.js';
import { matchesSubset } from '../../../../src/matchers/internal/matchesSubset.js';
import { runs } from '../../propertyRuns.js';
import { bunLikeContext, vitestContext } from '../bunLikeContext.js';

/** Whether a real toMatchObject passes. */
function toMatchObjectPasses(assert: (value: unknown) => { toMatchObject(subset: object): void }) {
  return (value: unknown, subset: object): boolean => {
    try {
      assert(value).toMatchObject(subset);
      return true;
    } catch {
      return false;
    }
  };
}
const vitestMatches = toMatchObjectPasses((value) => expect(value));
const jestMatches = toMatchObjectPasses((value) => jestExpect(value));

// JSON as a body parses to: no -0 (JSON.parse('-0') is -0, but JSON.stringify never writes it), no undefined.
const json = fc
  .jsonValue({ maxDepth: 3 })
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown)
  .filter((value) => typeof value === 'object' && value !== null);

/** A subset drawn from `value`: some keys kept (recursively), some values replaced, some keys invented. */
function subsetOf(value: unknown): fc.Arbitrary<unknown> {
  if (Array.isArray(value)) {
    return fc.oneof(
      fc.tuple(...value.map(subsetOf)).map((items) => items as unknown[]),
      fc.constant(value.slice(1)),
      fc.constant(expect.any(Array)),
    );
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    return fc
      .tuple(
        fc.subarray(entries),
        fc.option(fc.tuple(fc.string({ maxLength: 3 }), fc.jsonValue({ maxDepth: 1 })), { nil: undefined }),
      )
      .chain(([kept, extra]) =>
        fc
          .tuple(...kept.map(([key, item]) => subsetOf(item).map((sub) => [key, sub] as const)))
          .map((pairs) => {
            const subset: Record<string, unknown> = {};
            for (const [key, sub] of pairs) subset[key] = sub;
            if (extra) subset[extra[0]] = extra[1];
            return subset;
          }),
      );
  }
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(value) },
    fc.jsonValue({ maxDepth: 1 }),
    fc.constant(expect.anything()),
    fc.constant(typeof value === 'string' ? expect.stringContaining(value.slice(0, 1)) : expect.any(Number)),
  );
}

const cases = json.chain((value) =>
  fc.tuple(
    fc.constant(value),
    fc
      .oneof({ weight: 3, arbitrary: subsetOf(value) }, json)
      .filter((subset) => typeof subset === 'object' && subset !== null),
  ),
);

describe('matchesSubset', () => {
  it("uses the runner's testers where its utils have them, after the user's", () => {
    const seen: unknown[][] = [];
    const iterableEquality = () => undefined;
    const subsetEquality = () => undefined;
    const ctx: MatcherContext = {
      customTesters: ['mine'],
      equals: (_a, _b, testers) => {
        seen.push(testers ?? []);
        return true;
      },
      utils: { ...vitestContext().utils, iterableEquality, subsetEquality },
    };
    expect(matchesSubset(ctx, { a: 1 }, { a: 2 })).toBe(true);
    expect(seen).toEqual([['mine', iterableEquality, subsetEquality]]);
  });

  it('walks the subset itself unless both testers are there, and needs no custom testers', () => {
    const utils = vitestContext().utils;
    // equals as bun's: no testers taken, so only the walk can match a subset of a larger object.
    const bun = bunLikeContext();
    const strict = (extra: object): MatcherContext => ({
      equals: (a, b) => bun.equals(a, b),
      utils: { ...utils, ...extra },
    });
    const noop = () => undefined;
    const onlyIterable = strict({ iterableEquality: noop, subsetEquality: undefined });
    const onlySubset = strict({ iterableEquality: undefined, subsetEquality: noop });
    expect(matchesSubset(onlyIterable, { a: 1, b: 2 }, { a: 1 })).toBe(true);
    expect(matchesSubset(onlySubset, { a: 1, b: 2 }, { a: 1 })).toBe(true);
    const seen: unknown[][] = [];
    const ctx: MatcherContext = {
      equals: (_a, _b, testers) => {
        seen.push(testers ?? []);
        return true;
      },
      utils: { ...utils, iterableEquality: noop, subsetEquality: noop },
    };
    expect(matchesSubset(ctx, { a: 1 }, { a: 2 })).toBe(true);
    expect(seen).toEqual([[noop, noop]]);
  });

  describe('on bun (no subsetEquality; equals ignores custom testers)', () => {
    it('matches enumerable symbol keys, and skips the others', () => {
      const ctx = bunLikeContext();
      const s = Symbol('s');
      expect(matchesSubset(ctx, { [s]: 1, a: 1 }, { [s]: 1 })).toBe(true);
      expect(matchesSubset(ctx, { [s]: 1 }, { [s]: 2 })).toBe(false);
      expect(matchesSubset(ctx, { a: 1 }, { [s]: 1 })).toBe(false);
      const hidden = Object.defineProperty({ a: 1 }, s, { value: 1, enumerable: false });
      expect(matchesSubset(ctx, { a: 1 }, hidden)).toBe(true);
    });

    it('finds no keys on null or a primitive', () => {
      const ctx = bunLikeContext();
      expect(matchesSubset(ctx, null, { a: 1 })).toBe(false);
      expect(matchesSubset(ctx, 'ab', { length: 2 })).toBe(false);
      expect(matchesSubset(ctx, { x: 'ab' }, { x: { length: 2 } })).toBe(false);
    });

    it('matches the properties the subset names, recursively', () => {
      const ctx = bunLikeContext();
      const value = { id: 'o1', customer: { name: 'Ada', email: 'a@b.c' }, lines: [{ sku: 'a', n: 1 }] };
      expect(matchesSubset(ctx, value, { customer: { name: 'Ada' } })).toBe(true);
      expect(matchesSubset(ctx, value, { lines: [{ sku: 'a' }], id: expect.any(String) })).toBe(true);
      expect(matchesSubset(ctx, value, { customer: { name: 'Grace' } })).toBe(false);
      expect(matchesSubset(ctx, value, { missing: undefined })).toBe(false);
      expect(matchesSubset(ctx, value, { lines: [] })).toBe(false);
      expect(matchesSubset(ctx, value, { lines: {} })).toBe(true);
      expect(matchesSubset(ctx, [1, 2], { 0: 1, length: 2 })).toBe(true);
      expect(matchesSubset(ctx, {}, { constructor: expect.anything() })).toBe(false);
      expect(matchesSubset(ctx, { a: 1 }, { [Symbol('s')]: 1 })).toBe(false);
    });

    it('compares dates, errors, maps and sets whole, as toMatchObject does, not by their (no) keys', () => {
      const ctx = bunLikeContext();
      const value = { at: '1970-01-01T00:00:00.000Z', error: {}, map: {}, set: {} };
      for (const subset of [
        { at: new Date(0) },
        { error: new Error('x') },
        { map: new Map() },
        { set: new Set() },
      ]) {
        expect(vitestMatches(value, subset)).toBe(false);
        expect(matchesSubset(ctx, value, subset)).toBe(false);
      }
    });

    it('ends on a subset that contains itself', () => {
      const cyclic: Record<string, unknown> = {};
      cyclic.a = cyclic;
      expect(matchesSubset(bunLikeContext(), { a: { a: { a: 1 } } }, cyclic)).toBe(false);
      const list: unknown[] = [];
      list.push(list);
      expect(matchesSubset(bunLikeContext(), [[[]]], list)).toBe(false);
    });

    it('agrees with toMatchObject in vitest and jest on parsed JSON', () => {
      const ctx = bunLikeContext();
      fc.assert(
        fc.property(cases, ([value, subset]) => {
          const expected = vitestMatches(value, subset as object);
          expect(jestMatches(value, subset as object)).toBe(expected);
          expect(matchesSubset(ctx, value, subset)).toBe(expected);
        }),
        { numRuns: runs(500) },
      );
    });
  });
});
