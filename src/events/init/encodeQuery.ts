import { isPlainObject } from '../../internal/isPlainObject.js';
import { describe, failInit } from './eventInitError.js';

const { isArray } = Array;
const { keys } = Object;

function queryText(factory: string, key: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return failInit(
    factory,
    `query.${key} must be a string, number or boolean, or an array of them; got ${describe(value)}`,
  );
}

/**
 * `init.query` as the client writes it on the wire, appended to the `raw` query already in the path; an
 * array repeats the key, `undefined` leaves it out.
 * @example encodeQuery('restApiEvent', 'a=1', { tag: ['x y', 'z'] }) // 'a=1&tag=x%20y&tag=z'
 */
export function encodeQuery(factory: string, raw: string, query: unknown): string {
  if (!isPlainObject(query)) {
    failInit(
      factory,
      `query must be an object such as { limit: '10', tag: ['a', 'b'] }; got ${describe(query)}`,
    );
  }
  let out = raw;
  for (const key of keys(query)) {
    const value = query[key];
    if (value === undefined) continue;
    const name = encodeURIComponent(key);
    const list = isArray(value) ? value : [value];
    for (const item of list) {
      out += `${out === '' ? '' : '&'}${name}=${encodeURIComponent(queryText(factory, key, item))}`;
    }
  }
  return out;
}
