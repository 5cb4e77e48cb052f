import { isPlainObject } from '../../internal/isPlainObject.js';
import { describe, failInit } from './eventInitError.js';

const { keys, defineProperty } = Object;

/**
 * `init.pathParameters` or `init.stageVariables` as a fresh object of strings; `undefined` stays `undefined`.
 * Keys are defined rather than assigned, so `__proto__` is an ordinary key.
 * @example stringMap('restApiEvent', 'pathParameters', { id: '42' }) // { id: '42' }
 */
export function stringMap(
  factory: string,
  field: string,
  value: unknown,
): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) {
    failInit(factory, `${field} must be an object of strings, such as { id: '42' }; got ${describe(value)}`);
  }
  const out: Record<string, string> = {};
  for (const key of keys(value)) {
    const item = value[key];
    if (typeof item !== 'string')
      failInit(factory, `${field}.${key} must be a string; got ${describe(item)}`);
    defineProperty(out, key, { value: item, writable: true, enumerable: true, configurable: true });
  }
  return out;
}
