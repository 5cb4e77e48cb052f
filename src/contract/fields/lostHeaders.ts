import { isObject } from '../../internal/isObject.js';
import { quoteList } from '../outcome/describe.js';

const { isArray } = Array;

/**
 * RF-4: the headers of the map ALB does not read (`unread`) that the map it reads (`read`) does not carry
 * as well: missing there, or with other values. An adapter that writes every header into both maps loses none.
 * `unreadIsMulti`: `unread` is multiValueHeaders (a target group with multi-value headers off), else headers.
 */
export function lostHeaders(unread: unknown, read: unknown, unreadIsMulti: boolean): string[] {
  if (!isObject(unread)) return [];
  const lost: string[] = [];
  for (const name in unread) {
    const sent = unread[name];
    const values = unreadIsMulti ? (isArray(sent) ? sent : undefined) : isArray(sent) ? undefined : [sent];
    const kept = readValues(read, name, !unreadIsMulti);
    if (values === undefined || kept === undefined || !sameValues(values, kept)) lost.push(name);
  }
  return lost;
}

/** `X-A and Set-Cookie, missing from or different in headers,` for the warning's sentence. */
export function describeLost(lost: readonly string[], readMap: string): string {
  const shown = lost.length > 4 ? [...lost.slice(0, 3), `${lost.length - 3} more`] : lost;
  return `${quoteList(shown)}, missing from or different in ${readMap},`;
}

// The values the read map holds for `name` (compared case-insensitively), or undefined when it has none.
function readValues(read: unknown, name: string, readIsMulti: boolean): unknown[] | undefined {
  if (!isObject(read)) return undefined;
  const key = name.toLowerCase();
  for (const other in read) {
    if (other.toLowerCase() !== key) continue;
    const value = read[other];
    if (readIsMulti) return isArray(value) ? value : undefined;
    return isArray(value) ? undefined : [value];
  }
  return undefined;
}

// One value against a list is a mirror when the list holds just it, or joins to it (`a, b` for ['a', 'b']).
// One of `a` and `b` is always a single-value map's value wrapped in a list, so when `a` is not, `b` is.
function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  // Stryker disable next-line MethodExpression: equivalent, equal lengths here are both 1, where every is some
  if (a.length === b.length && a.every((value, i) => value === b[i])) return true;
  const [one, many] = a.length === 1 ? [a[0], b] : [b[0], a];
  // join gives a string, so only a string `one` can match.
  return many.length > 0 && many.join(', ') === one;
}
