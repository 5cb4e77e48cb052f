import type { ClientResponse } from '../../contract/types.js';

const { hasOwn, keys } = Object;

/** The values the client receives for a header (name case-insensitive), or `undefined` when it is not sent. */
export function headerValues(response: ClientResponse, name: string): string[] | undefined {
  const key = name.toLowerCase();
  // hasOwn: a header named "constructor" must not find Object.prototype.constructor.
  return hasOwn(response.headers, key) ? response.headers[key] : undefined;
}

/** The header names the client receives, for "it sends only …" findings. */
export function headerNames(response: ClientResponse): string[] {
  return keys(response.headers);
}

/**
 * The values without repeats, in order, compared by `key` (the value itself by default): a header sent twice
 * with the same value says one thing, with two values two.
 * @example distinctValues(['/a', '/a', '/b']) // ['/a', '/b']
 */
export function distinctValues(values: readonly string[], key: (value: string) => string = same): string[] {
  const seen: string[] = [];
  const kept: string[] = [];
  for (const value of values) {
    const k = key(value);
    if (!seen.includes(k)) {
      seen.push(k);
      kept.push(value);
    }
  }
  return kept;
}

function same(value: string): string {
  return value;
}
