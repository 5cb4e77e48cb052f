// The prelude framing both streaming front ends read: `<prelude JSON><8 × 0x00><body>` (S-9).
const decoder = new TextDecoder();

/** Index of the first run of 8 NUL bytes, or -1. */
export function delimiterIndex(bytes: Uint8Array): number {
  let run = 0;
  for (let i = 0; i < bytes.length; i++) {
    run = bytes[i] === 0 ? run + 1 : 0;
    if (run === 8) return i - 7;
  }
  return -1;
}

/** The prelude before `at` as a JSON object, or undefined when it is not one (S-23, S-36). */
export function readPrelude(bytes: Uint8Array, at: number): Record<string, unknown> | undefined {
  let prelude: unknown;
  try {
    prelude = JSON.parse(decoder.decode(bytes.subarray(0, at)));
  } catch {
    return undefined;
  }
  if (prelude === null || typeof prelude !== 'object' || Array.isArray(prelude)) return undefined;
  return prelude as Record<string, unknown>;
}
