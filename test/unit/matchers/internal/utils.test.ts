import { describe, expect, it } from 'vitest';
import {
  bold,
  dim,
  matcherHint,
  printDiff,
  printExpected,
  printReceived,
  printWithType,
} from '../../../../src/matchers/internal/utils.js';
import { bunLikeContext, vitest30Context, vitestContext } from '../bunLikeContext.js';
import { plain, taggedContext } from '../support.js';

describe('portable matcher utils', () => {
  describe('on bun (reduced utils whose methods need their object)', () => {
    it('prints values through the runner, called on its utils object', () => {
      const ctx = bunLikeContext();
      expect(printExpected(ctx, 'a')).toBe('<e>"a"</e>');
      expect(printReceived(ctx, 200)).toBe('<r>200</r>');
    });

    it('proves the fake is strict: a detached method throws ERR_INVALID_THIS', () => {
      const { printExpected: detached } = bunLikeContext().utils;
      expect(() => detached('a')).toThrow(expect.objectContaining({ code: 'ERR_INVALID_THIS' }));
      const { equals } = bunLikeContext();
      expect(() => equals(1, 1)).toThrow(/ExpectMatcherContext/);
    });

    it('leaves text plain where there is no bold or dim', () => {
      const ctx = bunLikeContext();
      expect(bold(ctx, 'Matcher error')).toBe('Matcher error');
      expect(dim(ctx, '(R-E1)')).toBe('(R-E1)');
    });

    it('builds the one-line hint itself, since bun prints values under its own and ignores promise', () => {
      const hint = (state: Parameters<typeof bunLikeContext>[0], expected: string, second?: string) => {
        const ctx = bunLikeContext(state);
        const options = { isNot: ctx.isNot === true, promise: ctx.promise ?? '' };
        return matcherHint(
          ctx,
          'toHaveHeader',
          expected,
          second === undefined ? options : { ...options, secondArgument: second },
        );
      };
      expect(hint({}, 'expected')).toBe('expect(received).toHaveHeader(expected)');
      expect(hint({}, '')).toBe('expect(received).toHaveHeader()');
      expect(hint({ isNot: true }, 'name', 'value')).toBe('expect(received).not.toHaveHeader(name, value)');
      expect(hint({ isNot: true, promise: 'resolves' }, 'name')).toBe(
        'expect(received).resolves.not.toHaveHeader(name)',
      );
      expect(hint({ promise: 'rejects' }, 'expected')).toBe(
        'expect(received).rejects.toHaveHeader(expected)',
      );
    });

    it('prints the type and value of a misused argument as jest does', () => {
      const ctx = bunLikeContext();
      expect(printWithType(ctx, 'Expected', '200')).toBe(
        'Expected has type:  string\nExpected has value: <e>"200"</e>',
      );
      expect(printWithType(ctx, 'Received', undefined)).toBe('Received has value: <r>undefined</r>');
      expect(printWithType(ctx, 'Received', null)).toBe('Received has value: <r>null</r>');
      const types = [[1], /a/, new Date(0), new Map(), new Set(), { a: 1 }, new Error('e'), () => 1, 1n].map(
        (value) => printWithType(ctx, 'Received', value).split('\n')[0],
      );
      expect(types).toEqual(
        ['array', 'regexp', 'date', 'map', 'set', 'object', 'object', 'function', 'bigint'].map(
          (type) => `Received has type:  ${type}`,
        ),
      );
    });

    it('diffs structures line by line from their uncoloured print', () => {
      const ctx = bunLikeContext();
      expect(printDiff(ctx, { ok: true, path: '/b' }, { ok: true, path: '/a' })).toBe(
        [
          '- Expected',
          '+ Received',
          '',
          '  {',
          '    ok: true,',
          "-   path: '/b'",
          "+   path: '/a'",
          '  }',
        ].join('\n'),
      );
    });

    it('shows both values when their prints do not differ', () => {
      const ctx = bunLikeContext();
      const same = { a: 1 };
      expect(printDiff(ctx, same, { a: 1 })).toBe(
        'Expected: <e>{\n  a: 1\n}</e>\nReceived: <r>{\n  a: 1\n}</r>',
      );
    });

    it('diffs through printReceived when the runner has no stringify either', () => {
      const ctx = taggedContext();
      delete ctx.utils.diff;
      expect(printDiff(ctx, 'a', 'b')).toBe('- Expected\n+ Received\n\n- <r>"a"</r>\n+ <r>"b"</r>');
    });
  });

  describe('on vitest 3.0 (no printWithType)', () => {
    it('prints a misused value as jest words it, in vitest colours', () => {
      const ctx = vitest30Context();
      expect(ctx.utils.printWithType).toBeUndefined();
      expect(plain(printWithType(ctx, 'Expected', '200'))).toBe(
        'Expected has type:  string\nExpected has value: "200"',
      );
    });
  });

  describe('on jest and vitest (full utils)', () => {
    it("uses the runner's own helpers, unchanged", () => {
      const ctx = taggedContext();
      ctx.utils.diff = (expected, received) => `diff(${String(expected)}, ${String(received)})`;
      expect(bold(ctx, 'x')).toBe('<b>x</b>');
      expect(dim(ctx, 'x')).toBe('<d>x</d>');
      expect(printWithType(ctx, 'Received', 'x')).toBe('Received has value: <r>"x"</r>');
      expect(printDiff(ctx, 1, 2)).toBe('diff(1, 2)');
      expect(matcherHint(ctx, 'toX', '', { isNot: true, promise: 'rejects' })).toBe(
        'expect(received).rejects.not.toX()',
      );
    });

    it("keeps vitest's own hint, diff and printWithType", () => {
      const ctx = vitestContext({ isNot: true, promise: 'resolves' });
      const options = { isNot: true, promise: 'resolves', secondArgument: 'value' };
      expect(matcherHint(ctx, 'toX', 'name', options)).toBe(
        ctx.utils.matcherHint('toX', undefined, 'name', options),
      );
      expect(printDiff(ctx, { a: 1 }, { a: 2 })).toBe(ctx.utils.diff!({ a: 1 }, { a: 2 }));
      const print = (value: unknown) => ctx.utils.printReceived(value);
      expect(printWithType(ctx, 'Received', 42)).toBe(ctx.utils.printWithType!('Received', 42, print));
    });

    it('turns a diff the runner declines (null) into no text', () => {
      const ctx = taggedContext();
      ctx.utils.diff = () => null;
      expect(printDiff(ctx, 1, 2)).toBe('');
    });
  });
});
