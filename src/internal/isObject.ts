const { isArray } = Array;

/** True for any non-null, non-array object: the shape test a field reader needs before it reads keys. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !isArray(value);
}
