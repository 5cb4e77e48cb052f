import type { MatcherContext } from './context.js';
import { dim } from './utils.js';

// Module-scope copies: inside jest's vm sandbox every global lookup goes through an interceptor.
const { min, max } = Math;

/** Bytes shown either side of the first difference. */
const AROUND = 8;

/** Index of the first byte where `a` and `b` differ; the shorter length when one is a prefix of the other. */
export function firstByteDifference(a: Uint8Array, b: Uint8Array): number {
  const length = min(a.length, b.length);
  let i = 0;
  while (i < length && a[i] === b[i]) i++;
  return i;
}

/** Whether the two hold the same bytes. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && firstByteDifference(a, b) === a.length;
}

/**
 * `12 bytes: … 6c 6c [6f] 21` : the length, then the bytes around `at` in hex, the one at `at` bracketed
 * (`[end]` when the bytes stop there), so two of them side by side show where they part; `mark` false shows
 * the bytes from `at` unmarked.
 * @example hexAround(ctx, new Uint8Array([1, 2, 3]), 1, true) // '3 bytes: 01 [02] 03'
 */
export function hexAround(ctx: MatcherContext, bytes: Uint8Array, at: number, mark: boolean): string {
  const from = max(at - AROUND, 0);
  const to = min(at + AROUND, bytes.length);
  const cells: string[] = [];
  for (let i = from; i < to; i++) {
    const hex = bytes[i]!.toString(16).padStart(2, '0');
    cells.push(mark && i === at ? `[${hex}]` : hex);
  }
  if (mark && at >= bytes.length) cells.push('[end]');
  const head = from > 0 ? '… ' : '';
  const tail = to < bytes.length ? ' …' : '';
  return `${bytes.length} ${bytes.length === 1 ? 'byte' : 'bytes'}: ${head}${cells.join(' ')}${tail} ${dim(ctx, `(from byte ${from})`)}`;
}
