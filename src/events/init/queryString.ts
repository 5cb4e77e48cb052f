import { setOwn } from './safeMerge.js';

const { hasOwn } = Object;

/** One `key=value` of a query string, still percent-encoded as the client sent it. */
export type QueryPair = readonly [key: string, value: string];

/** Splits a raw query string into its pairs, in order; `a&b=` gives `[['a', ''], ['b', '']]`. */
export function splitQuery(raw: string): QueryPair[] {
  const pairs: QueryPair[] = [];
  if (raw === '') return pairs;
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    pairs.push(eq === -1 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)]);
  }
  return pairs;
}

/** Percent-decodes as API Gateway does; a malformed escape is left as sent rather than failing the request. */
export function decodeComponent(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const identity = (text: string): string => text;

/** `{ a: 'x', b: 'y' }` from the pairs, the last value winning (REST, HTTP API 1.0, single-value ALB). */
export function lastValueMap(pairs: readonly QueryPair[], decode: boolean): Record<string, string> {
  const map: Record<string, string> = {};
  const d = decode ? decodeComponent : identity;
  for (const [key, value] of pairs) setOwn(map, d(key), d(value));
  return map;
}

/** `{ a: ['x', 'z'] }` from the pairs, every value in order (REST, HTTP API 1.0, multi-value ALB). */
export function multiValueMap(pairs: readonly QueryPair[], decode: boolean): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  const d = decode ? decodeComponent : identity;
  for (const [key, value] of pairs) {
    const name = d(key);
    const list = hasOwn(map, name) ? map[name] : undefined;
    if (list === undefined) setOwn(map, name, [d(value)]);
    else list.push(d(value));
  }
  return map;
}

/** `{ a: 'x,z' }`: repeated keys joined with commas, as HTTP API 2.0 and function URLs deliver them. */
export function joinedValueMap(pairs: readonly QueryPair[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [key, value] of pairs) {
    const name = decodeComponent(key);
    const decoded = decodeComponent(value);
    setOwn(map, name, hasOwn(map, name) ? `${map[name]},${decoded}` : decoded);
  }
  return map;
}
