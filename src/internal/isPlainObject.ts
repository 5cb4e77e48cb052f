const { getPrototypeOf } = Object;
const { isArray } = Array;

/**
 * True for `{}`-style objects from any realm (jest runs tests in a vm context with its own Object.prototype),
 * false for arrays, class instances, Dates, bytes and null. `isPlainObject(JSON.parse('{}'))` → true.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || isArray(value)) return false;
  const proto = getPrototypeOf(value);
  return proto === null || getPrototypeOf(proto) === null;
}
