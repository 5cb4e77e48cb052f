/**
 * The caller's stage variables as a fresh object for one event, or `undefined` when there are none (REST and
 * payload 1.0 then send `null`, payload 2.0 leaves the key out).
 * @example stageVariablesCopy({ env: 'test' }) // { env: 'test' }
 */
export function stageVariablesCopy(
  given: Record<string, string> | undefined,
): Record<string, string> | undefined {
  if (given === undefined) return undefined;
  for (const _ in given) return { ...given };
  return undefined;
}
