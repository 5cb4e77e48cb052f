import type { ClientResponse } from '../contract/types.js';

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
