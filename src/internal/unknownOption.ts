const { keys } = Object;
const { max, min } = Math;

/**
 * The first own key of `options` that is not in `known`, with the known key it is most likely a typo of, so
 * that `{ integation: 'alb' }` is refused instead of silently judged by the default integration.
 * Example: `unknownOption({ integation: 'alb' }, ['integration'])` → `{ key: 'integation', closest: 'integration' }`
 */
export function unknownOption(
  options: object,
  known: readonly string[],
): { key: string; closest: string | undefined } | undefined {
  for (const key of keys(options)) {
    if (!known.includes(key)) return { key, closest: closestKey(key, known) };
  }
  return undefined;
}

/** `' (did you mean integration?)'` when a known key is near enough to be what was meant, else `''`. */
export function didYouMean(closest: string | undefined): string {
  return closest === undefined ? '' : ` (did you mean ${closest}?)`;
}

/** The known key nearest to `key` by edit distance, ignoring case, when it is within a typo's reach. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const wanted = key.toLowerCase();
  // A third of the key's length, at least 2: 'integation' → 'integration', but 'foo' suggests nothing.
  let best: string | undefined;
  let bestDistance = max(2, Math.floor(wanted.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost 1.
function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  const cells: number[] = [];
  const at = (i: number, j: number): number => cells[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) {
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        cells.push(i + j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = min(best, at(i - 2, j - 2) + 1);
      cells.push(best);
    }
  }
  return at(a.length, b.length);
}
