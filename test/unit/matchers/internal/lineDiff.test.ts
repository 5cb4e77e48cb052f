import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineDiff } from '../../../../src/matchers/internal/lineDiff.js';

const HEADER = '- Expected\n+ Received\n\n';

/** The two texts a diff was made from: kept and removed lines, kept and added lines. */
function sides(diff: string): { expected: string; received: string; kept: number } {
  expect(diff.startsWith(HEADER)).toBe(true);
  const expected: string[] = [];
  const received: string[] = [];
  let kept = 0;
  for (const line of diff.slice(HEADER.length).split('\n')) {
    const mark = line.slice(0, 2);
    const text = line.slice(2);
    if (mark === '  ') {
      expected.push(text);
      received.push(text);
      kept++;
    } else if (mark === '- ') expected.push(text);
    else if (mark === '+ ') received.push(text);
    else throw new Error(`line without a mark: ${JSON.stringify(line)}`);
  }
  return { expected: expected.join('\n'), received: received.join('\n'), kept };
}

/** Length of the longest common subsequence of two line lists, by the textbook recursion. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const memo = new Map<string, number>();
  const go = (i: number, j: number): number => {
    if (i === a.length || j === b.length) return 0;
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const value = a[i] === b[j] ? 1 + go(i + 1, j + 1) : Math.max(go(i + 1, j), go(i, j + 1));
    memo.set(key, value);
    return value;
  };
  return go(0, 0);
}

// Few distinct lines, so texts share many of them and the alignment matters.
const lines = fc.array(fc.constantFrom('{', '}', '  a: 1,', '  b: 2,', '  c: [', '  ],', ''), {
  maxLength: 14,
});

describe('lineDiff', () => {
  it('marks a changed line as removed then added, between unchanged ones', () => {
    expect(lineDiff('{\n  a: 1,\n  b: 2,\n}', '{\n  a: 1,\n  b: 3,\n}')).toBe(
      `${HEADER}  {\n    a: 1,\n-   b: 2,\n+   b: 3,\n  }`,
    );
  });

  it('shows lines only one side has', () => {
    expect(lineDiff('[\n  1,\n]', '[\n  1,\n  2,\n]')).toBe(`${HEADER}  [\n    1,\n+   2,\n  ]`);
    expect(lineDiff('a\nb', 'b')).toBe(`${HEADER}- a\n  b`);
  });

  it('gives back both texts, keeping as many lines as can be kept', () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const diff = sides(lineDiff(a.join('\n'), b.join('\n')));
        expect(diff.expected).toBe(a.join('\n'));
        expect(diff.received).toBe(b.join('\n'));
        expect(diff.kept).toBe(lcsLength(a.join('\n').split('\n'), b.join('\n').split('\n')));
      }),
    );
  });

  it('still gives back both texts when they are too large to align, in bounded time', () => {
    const a = Array.from({ length: 2000 }, (_, i) => `line ${i}`);
    const b = a.map((line, i) => (i % 7 === 0 ? `${line} changed` : line));
    const started = performance.now();
    const diff = sides(lineDiff(a.join('\n'), b.join('\n')));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(diff.expected).toBe(a.join('\n'));
    expect(diff.received).toBe(b.join('\n'));
    // Unchanged head and tail are kept even when the middle is not aligned.
    expect(lineDiff(a.join('\n'), b.join('\n')).split('\n').slice(3, 4)).toEqual(['- line 0']);
    const sameEnds = sides(lineDiff(`x\n${a.join('\n')}\ny`, `x\n${b.join('\n')}\ny`));
    expect(sameEnds.kept).toBeGreaterThanOrEqual(2);
  });

  it('keeps every line of equal texts, and a repeated line once', () => {
    expect(lineDiff('a', 'a')).toBe(`${HEADER}  a`);
    expect(lineDiff('a\nb', 'a\nb')).toBe(`${HEADER}  a\n  b`);
    expect(lineDiff('c\nc', 'c')).toBe(`${HEADER}  c\n- c`);
    expect(lineDiff('c', 'c\nc')).toBe(`${HEADER}  c\n+ c`);
  });

  it('aligns the middle on the longest run of kept lines', () => {
    expect(lineDiff('x\nc\nd', 'c\nd\ny')).toBe(`${HEADER}- x\n  c\n  d\n+ y`);
    expect(lineDiff('c\nd\ny', 'x\nc\nd')).toBe(`${HEADER}+ x\n  c\n  d\n- y`);
    expect(lineDiff('x\nc\nd\ne', 'c\nq\nd\ny')).toBe(`${HEADER}- x\n  c\n+ q\n  d\n- e\n+ y`);
    expect(lineDiff('p\nc\nq\nd\nr', 'c\nd')).toBe(`${HEADER}- p\n  c\n- q\n  d\n- r`);
    expect(lineDiff('c\nd', 'p\nc\nq\nd\nr')).toBe(`${HEADER}+ p\n  c\n+ q\n  d\n+ r`);
  });

  it('aligns up to 250 000 cells and shows a larger middle removed then added', () => {
    // A line both sides share in the middle, where head and tail trimming cannot reach it.
    const side = (tag: string, n: number) =>
      Array.from({ length: n }, (_, i) => (i === n >> 1 ? 'shared' : `${tag}${i}`)).join('\n');
    const aligned = lineDiff(side('a', 500), side('b', 500)).split('\n');
    expect(aligned).toContain('  shared');
    const large = lineDiff(side('a', 501), side('b', 501)).split('\n');
    expect(large).not.toContain('  shared');
    expect(large.indexOf('- shared')).toBeLessThan(large.indexOf('+ b0'));
    expect(large).toContain('+ shared');
  });
});
