import { describe, expect, it } from 'vitest';
import { mergeHeaderMaps } from '../../../../src/contract/fields/mergeHeaderMaps.js';
import type { SingleHeaders } from '../../../../src/contract/fields/readHeaders.js';
import { Judgement } from '../../../../src/contract/outcome/Judgement.js';

function merge(single: SingleHeaders, multi: [string, string[]][], verified?: boolean) {
  const j = new Judgement();
  const { lines, contentTypeNulled } = mergeHeaderMaps(single, multi, 'REST', 'R-M3', j, verified);
  return { lines: Object.fromEntries(lines), contentTypeNulled, notes: j.notes, problems: j.problems };
}

describe('mergeHeaderMaps: headers and multiValueHeaders as one set of lines (R-M3)', () => {
  it('sends a pair set in both maps once, with a note under the headers entry', () => {
    const merged = merge({ entries: [['X-A', 'a']], contentTypeNulled: false }, [['x-a', ['a']]]);
    expect(merged.lines).toEqual({ 'x-a': ['a'] });
    expect(merged.notes).toEqual([
      {
        path: 'headers.X-A',
        message: 'headers and multiValueHeaders both set X-A: a, so REST sent it once',
        rule: 'R-M3',
      },
    ]);
    expect(merged.problems).toEqual([]);
  });

  it('sends both values when they differ, multiValueHeaders first, with a note under the headers entry', () => {
    const merged = merge({ entries: [['X-A', 'b']], contentTypeNulled: false }, [['X-A', ['a']]]);
    expect(merged.lines).toEqual({ 'x-a': ['a', 'b'] });
    expect(merged.notes).toEqual([
      {
        path: 'headers.X-A',
        message:
          'headers and multiValueHeaders both set X-A, so REST sent both, the multiValueHeaders values first',
        rule: 'R-M3',
      },
    ]);
  });

  it('says when the merge itself is unverified', () => {
    const merged = merge({ entries: [['X-A', 'a']], contentTypeNulled: false }, [['X-A', ['a']]], false);
    expect(merged.notes.map((note) => note.message)).toEqual([
      'headers and multiValueHeaders both set X-A: a, so REST sent it once (AWS behaviour unverified)',
    ]);
  });

  it('sends the same name twice in headers as two lines, without a note', () => {
    const merged = merge(
      {
        entries: [
          ['X-A', 'a'],
          ['x-a', 'b'],
        ],
        contentTypeNulled: false,
      },
      [],
    );
    expect(merged.lines).toEqual({ 'x-a': ['a', 'b'] });
    expect(merged.notes).toEqual([]);
  });

  it.each([
    ['no multiValueHeaders', [], true],
    ['a multiValueHeaders without Content-Type', [['X-A', ['a']]], true],
    ['a Content-Type in multiValueHeaders', [['Content-Type', ['text/plain']]], false],
  ] as [string, [string, string[]][], boolean][])(
    'a nulled Content-Type stays nulled with %s: %s',
    (_with, multi, nulled) => {
      expect(merge({ entries: [], contentTypeNulled: true }, multi).contentTypeNulled).toBe(nulled);
      expect(merge({ entries: [], contentTypeNulled: false }, multi).contentTypeNulled).toBe(false);
    },
  );
});
