import { HTTP_TOKEN } from '../../internal/httpToken.js';
import { isPlainObject } from '../../internal/isPlainObject.js';
import { describe, failInit } from './eventInitError.js';

const { isArray } = Array;
const { keys } = Object;

/** A header the caller set: its name as written, and its values (`undefined` removes a default header). */
export type HeaderInput = readonly [name: string, values: readonly string[] | undefined];

const LINE_BREAK = /[\r\n]/;

/**
 * `init.headers` as a list of names and values, each name an HTTP token and each value free of line breaks,
 * which is all a client can send.
 * @example headerList('restApiEvent', { accept: ['a', 'b'] }) // [['accept', ['a', 'b']]]
 */
export function headerList(factory: string, headers: unknown): HeaderInput[] {
  if (!isPlainObject(headers)) {
    failInit(
      factory,
      `headers must be an object such as { accept: 'application/json' }; got ${describe(headers)}`,
    );
  }
  const list: HeaderInput[] = [];
  for (const name of keys(headers)) {
    if (!HTTP_TOKEN.test(name)) {
      failInit(
        factory,
        `headers: '${name}' is not a valid header name (letters, digits and !#$%&'*+.^_\`|~- only)`,
      );
    }
    const value = headers[name];
    if (value === undefined) {
      list.push([name, undefined]);
      continue;
    }
    const values = isArray(value) ? value : [value];
    for (const item of values) {
      if (typeof item !== 'string') {
        failInit(
          factory,
          `headers['${name}'] must be a string or an array of strings; got ${describe(item)}`,
        );
      }
      if (LINE_BREAK.test(item))
        failInit(factory, `headers['${name}'] contains a line break, which HTTP forbids`);
    }
    list.push([name, values.slice() as string[]]);
  }
  return list;
}
