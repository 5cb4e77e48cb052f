// A plain line diff for runners whose matcher utils have no `diff` (bun). Messages only: never on a passing path.
const { max, min } = Math;
const Table = Uint32Array;

/**
 * Above this many cells (changed lines on one side times the other) the middle is shown as removed then added
 * instead of aligned: a longest-common-subsequence table grows with the product.
 */
const MAX_CELLS = 250_000;

/**
 * `- Expected / + Received`, then every line of both texts: `- ` only in `expected`, `+ ` only in `received`,
 * two spaces in both. Removed lines come before added ones where they replace each other, as in jest.
 * @example lineDiff('{\n  a: 1,\n}', '{\n  a: 2,\n}') // '- Expected\n+ Received\n\n  {\n-   a: 1,\n+   a: 2,\n  }'
 */
export function lineDiff(expected: string, received: string): string {
  const a = expected.split('\n');
  const b = received.split('\n');
  // Unchanged head and tail lines need no table.
  const shorter = min(a.length, b.length);
  let head = 0;
  while (head < shorter && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < shorter - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;

  const out: string[] = [];
  for (let i = 0; i < head; i++) out.push(`  ${a[i]}`);
  middle(a.slice(head, a.length - tail), b.slice(head, b.length - tail), out);
  for (let i = a.length - tail; i < a.length; i++) out.push(`  ${a[i]}`);
  return `- Expected\n+ Received\n\n${out.join('\n')}`;
}

function middle(a: readonly string[], b: readonly string[], out: string[]): void {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) {
    for (const line of a) out.push(`- ${line}`);
    for (const line of b) out.push(`+ ${line}`);
    return;
  }
  // lcs[i * (m + 1) + j]: the longest common subsequence of a[i…] and b[j…].
  const width = m + 1;
  const lcs = new Table((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push(`  ${a[i++]}`);
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      out.push(`- ${a[i++]}`);
    } else {
      out.push(`+ ${b[j++]}`);
    }
  }
  while (i < n) out.push(`- ${a[i++]}`);
  while (j < m) out.push(`+ ${b[j++]}`);
}
