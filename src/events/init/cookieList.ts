import { isPlainObject } from '../../internal/isPlainObject.js';
import { describe, failInit } from './eventInitError.js';

const { isArray } = Array;
const { keys } = Object;

/**
 * `init.cookies`, an object or a list, as `name=value` strings in order.
 * @example cookieList('httpApiEvent', { session: 'abc' }) // ['session=abc']
 */
export function cookieList(factory: string, cookies: unknown): string[] {
  if (isArray(cookies)) {
    for (const item of cookies) {
      if (typeof item !== 'string' || !item.includes('=')) {
        failInit(factory, `cookies must hold 'name=value' strings; got ${describe(item)}`);
      }
    }
    return cookies.slice() as string[];
  }
  if (!isPlainObject(cookies)) {
    failInit(
      factory,
      `cookies must be an object such as { session: 'abc' } or ['session=abc']; got ${describe(cookies)}`,
    );
  }
  const list: string[] = [];
  for (const name of keys(cookies)) {
    const value = cookies[name];
    if (typeof value !== 'string')
      failInit(factory, `cookies.${name} must be a string; got ${describe(value)}`);
    list.push(`${name}=${value}`);
  }
  return list;
}
