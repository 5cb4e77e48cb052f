/** Thrown for input no front end could have sent; the message names the factory, the field and the fix. */
export class EventInitError extends Error {
  override name = 'EventInitError';
}

/** Throws the EventInitError for `factory`: `failInit('restApiEvent', 'path must …')`. */
export function failInit(factory: string, message: string): never {
  throw new EventInitError(`${factory}: ${message}`);
}

/** Shows a bad value in a message: strings quoted, everything else by type, never the whole object. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `'${value.slice(0, 57)}...'` : `'${value}'`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'an invalid Date';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  return `the ${typeof value} ${String(value)}`;
}
