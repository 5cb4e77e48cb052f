// Module-scope copies: inside jest's vm sandbox every global lookup goes through an interceptor.
const { getPrototypeOf, prototype: objectPrototype } = Object;
const { toString: objectToString } = objectPrototype;

/**
 * True for `{}`-style objects from any realm (jest runs tests in a vm context with its own Object.prototype),
 * false for arrays, class instances, Dates, bytes and null. `isPlainObject(JSON.parse('{}'))` → true.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || objectToString.call(value) !== '[object Object]')
    return false;
  const proto = getPrototypeOf(value);
  return proto === null || getPrototypeOf(proto) === null;
}
