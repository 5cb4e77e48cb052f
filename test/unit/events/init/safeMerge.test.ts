import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { safeMerge } from '../../../../src/events/init/safeMerge.js';
import { restApiEvent } from '../../../../src/events/restApiEvent.js';

afterEach(() => {
  // A leak would show on every object; clean up so one failure cannot cascade.
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('safeMerge', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('a %s key never reaches Object.prototype', (key) => {
    const overrides = JSON.parse(
      `{"${key}": {"polluted": true}, "requestContext": {"${key}": {"polluted": true}}}`,
    );
    const event = restApiEvent({ overrides });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(event.requestContext)).toBe(Object.prototype);
    expect(Object.hasOwn(event, key)).toBe(true);
  });

  it('keeps a __proto__ key from a query string or header as data', () => {
    const event = restApiEvent({
      path: '/?__proto__=x&__proto__=y',
      headers: JSON.parse('{"__proto__": "h"}'),
    });
    expect(Object.getPrototypeOf(event.multiValueQueryStringParameters)).toBe(Object.prototype);
    expect(Object.hasOwn(event.multiValueQueryStringParameters as object, '__proto__')).toBe(true);
    expect(
      Object.getOwnPropertyDescriptor(event.multiValueQueryStringParameters, '__proto__')?.value,
    ).toEqual(['x', 'y']);
    expect(Object.getOwnPropertyDescriptor(event.headers, '__proto__')?.value).toBe('h');
    expect(Object.getPrototypeOf(event.headers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('merges objects, replaces arrays and scalars, deletes undefined, copies what it takes', () => {
    const list = ['a'];
    const target = { a: { b: 1, c: 2 }, d: [1, 2], e: 'x' };
    const merged = safeMerge(target, { a: { c: 3 }, d: list, e: undefined, f: { g: list } });
    expect(merged).toEqual({ a: { b: 1, c: 3 }, d: ['a'], f: { g: ['a'] } });
    list.push('b');
    expect(merged.d).toEqual(['a']);
  });

  it('stops a circular override with a clear error', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => restApiEvent({ overrides: { requestContext: { x: loop } } as never })).toThrow(
      /restApiEvent: overrides nests deeper than 64 levels: is there a circular reference\?/,
    );
  });

  it('never pollutes, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        safeMerge({}, value);
        safeMerge({}, { __proto__: value, constructor: value } as never);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
    );
  });
});
