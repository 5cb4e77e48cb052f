// How many runs a property test makes. Unset, FC_NUM_RUNS changes nothing: each test keeps the count it asks
// for. Set (the mutation run sets it low, since it repeats the suite once per mutant), it caps every count.
// A cap, not a default: a numRuns passed to fc.assert wins over fc.configureGlobal, so tests that name their
// count go through runs(), and propertyRunsSetup.ts applies the cap to those that do not.

function readCap(): number | undefined {
  const raw = process.env.FC_NUM_RUNS;
  if (raw === undefined || raw === '') return undefined;
  const cap = Number(raw);
  if (!Number.isInteger(cap) || cap < 1)
    throw new Error(
      `FC_NUM_RUNS must be a positive integer, but it is ${JSON.stringify(raw)}: unset it or use e.g. 25`,
    );
  return cap;
}

/** The run cap FC_NUM_RUNS sets, or undefined when it is unset. */
export const runCap = readCap();

/**
 * The run count for a property test that asks for `numRuns`: that count, or FC_NUM_RUNS when it is lower.
 * @example fc.assert(property, { numRuns: runs(400) });
 */
export function runs(numRuns: number): number {
  return runCap === undefined ? numRuns : Math.min(numRuns, runCap);
}
