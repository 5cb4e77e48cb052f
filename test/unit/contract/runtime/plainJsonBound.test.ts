// The fast path's proof: plainJsonBound accepts a value only when the JSON round trip would hand the judges an
// equal value, its bound is never below the real payload size, and it never runs the handler's code.
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plainJsonBound } from '../../../../src/contract/runtime/plainJsonBound.js';
import { runs } from '../../propertyRuns.js';
import { anyValue } from '../arbitraries.js';

function utf8JsonLength(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

function holdsNegativeZero(value: unknown): boolean {
  if (Object.is(value, -0)) return true;
  return typeof value === 'object' && value !== null && Object.values(value).some(holdsNegativeZero);
}

class Point {
  x = 1;
}
const boxedPlain = Object.setPrototypeOf(new Number(5), Object.prototype);
// A hole in the middle, made without a sparse literal.
const sparse = [1, 2, 3];
delete sparse[1];
const withHoleAtEnd: unknown[] = [1];
withHoleAtEnd.length = 2;
const cyclic: Record<string, unknown> = { statusCode: 200 };
cyclic.self = cyclic;
let tooDeep: unknown = 'leaf';
for (let i = 0; i < 70; i++) tooDeep = { next: tooDeep };
const tooMany = { statusCode: 200, body: Array.from({ length: 10_001 }, () => ({})) };
const arrayWithToJSON = Object.assign([1, 2], { toJSON: () => 'x' });
const hiddenKey = Object.defineProperty({ body: 'x' }, 'statusCode', { value: 200, enumerable: false });
const hiddenToJSON = Object.defineProperty({ statusCode: 200 }, 'toJSON', { value: () => ({}) });

const DECLINED: [string, unknown][] = [
  ['an own toJSON', { statusCode: 200, toJSON: () => ({ statusCode: 500 }) }],
  ['a non-enumerable toJSON', hiddenToJSON],
  ['a toJSON getter', Object.defineProperty({}, 'toJSON', { get: () => () => ({}), enumerable: true })],
  ['an array with its own toJSON', { statusCode: 200, body: arrayWithToJSON }],
  ['a Date (toJSON on its prototype)', { statusCode: 200, body: new Date(0) }],
  ['an undefined property', { statusCode: 200, body: undefined }],
  ['undefined in an array', { statusCode: 200, cookies: [undefined] }],
  ['a function property', { statusCode: 200, body: () => 'x' }],
  ['a symbol value', { statusCode: 200, body: Symbol('x') }],
  ['-0', { statusCode: -0 }],
  ['NaN', { statusCode: Number.NaN }],
  ['Infinity', { statusCode: 200, body: Number.POSITIVE_INFINITY }],
  ['a BigInt', { statusCode: 200n }],
  ['a sparse array', { statusCode: 200, cookies: sparse }],
  ['a hole at the end of an array', { statusCode: 200, cookies: withHoleAtEnd }],
  ['a class instance', new Point()],
  ['a Map', { statusCode: 200, headers: new Map([['a', 'b']]) }],
  ['a Set', { statusCode: 200, cookies: new Set(['a']) }],
  ['a boxed number', { statusCode: new Number(200) }],
  ['a boxed string', { statusCode: 200, body: new String('x') }],
  ['a boxed number moved onto Object.prototype', { statusCode: 200, body: boxedPlain }],
  ['a typed array', { statusCode: 200, body: new Uint8Array([1]) }],
  ['a non-enumerable key a judge would read', hiddenKey],
  ['a getter', Object.defineProperty({}, 'statusCode', { get: () => 200, enumerable: true })],
  ['a setter alone', Object.defineProperty({}, 'body', { set: () => {}, enumerable: true })],
  [
    'a getter on an array element',
    { cookies: Object.defineProperty([], 0, { get: () => 'a', enumerable: true }) },
  ],
  ['a Proxy', new Proxy({ statusCode: 200 }, {})],
  ['a Proxy deeper down', { statusCode: 200, headers: new Proxy({ a: 'b' }, {}) }],
  ['a Proxy of an array', { statusCode: 200, cookies: new Proxy(['a'], {}) }],
  ['a cycle', cyclic],
  ['nesting deeper than 64 levels', tooDeep],
  ['more than 10,000 objects and arrays', tooMany],
  ['an object from another realm', runInNewContext('({ statusCode: 200, body: "x" })')],
  ['an array from another realm', { statusCode: 200, cookies: runInNewContext('["a"]') }],
];

describe('plainJsonBound', () => {
  afterEach(() => {
    vi.resetModules();
  });

  it('accepts plain JSON data, and its bound is never below the payload size', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const bound = plainJsonBound(value);
        // -0 is the one JSON value whose serialisation changes it (to 0).
        if (bound === undefined) expect(holdsNegativeZero(value)).toBe(true);
        else expect(bound).toBeGreaterThanOrEqual(utf8JsonLength(value));
      }),
      { numRuns: runs(500) },
    );
  });

  it('whatever it accepts, the JSON round trip gives back equal data of the same size or less than the bound', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const bound = plainJsonBound(value);
        if (bound === undefined) return;
        const json = JSON.stringify(value);
        expect(Buffer.byteLength(json, 'utf8')).toBeLessThanOrEqual(bound);
        // toEqual tells -0 from 0 and a missing key from an undefined one; prototypes aside, nothing changed.
        expect(JSON.parse(json)).toEqual(value);
        expect(JSON.stringify(JSON.parse(json))).toBe(json);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('the bound holds for the worst characters: control characters, quotes and lone surrogates', () => {
    const nasty = '\u0000\u001f"\\\uD800\uDFFF😀é\n'.repeat(100);
    const value = { [nasty]: [nasty, { [nasty]: nasty }] };
    expect(plainJsonBound(value)).toBeGreaterThanOrEqual(utf8JsonLength(value));
  });

  it('accepts a response with null-prototype maps, symbol keys, frozen parts and __proto__ keys', () => {
    const headers = Object.assign(Object.create(null), { 'content-type': 'text/plain' });
    const result = Object.freeze({
      statusCode: 200,
      headers,
      [Symbol('internal')]: () => 1,
      ...JSON.parse('{"__proto__":{"statusCode":500}}'),
      body: 'ok',
    });
    expect(plainJsonBound(result)).toBeGreaterThanOrEqual(utf8JsonLength(result));
  });

  it('accepts a toJSON that is data, not a method: JSON sends it as an ordinary key', () => {
    const result = { statusCode: 200, toJSON: 'just data' };
    expect(plainJsonBound(result)).toBeGreaterThanOrEqual(utf8JsonLength(result));
  });

  it('accepts scalars at the top: a string, a number, a boolean, null', () => {
    for (const value of ['x', 42, true, null]) {
      expect(plainJsonBound(value)).toBeGreaterThanOrEqual(utf8JsonLength(value));
    }
    for (const value of [undefined, () => 1, Symbol('s'), 1n, -0, Number.NaN]) {
      expect(plainJsonBound(value)).toBeUndefined();
    }
  });

  it.each(DECLINED)('declines %s', (_name, value) => {
    expect(plainJsonBound(value)).toBeUndefined();
  });

  it('declines without running a getter or a Proxy trap', () => {
    let calls = 0;
    // Any trap that runs counts; what it returns does not matter.
    const count = (): never => {
      calls++;
      return undefined as never;
    };
    const getter = Object.defineProperty({ statusCode: 200 }, 'body', {
      get: () => {
        calls++;
        return 'x';
      },
      enumerable: true,
    });
    const trapped = new Proxy({ statusCode: 200 }, {
      get: count,
      ownKeys: count,
      getOwnPropertyDescriptor: count,
      getPrototypeOf: count,
      has: count,
    } as ProxyHandler<object>);
    expect(plainJsonBound(getter)).toBeUndefined();
    expect(plainJsonBound({ statusCode: 200, headers: trapped })).toBeUndefined();
    expect(calls).toBe(0);
  });

  it('declines a null-prototype object once Object.prototype is polluted', () => {
    const result = Object.assign(Object.create(null), { body: 'x' });
    expect(plainJsonBound(result)).toBeDefined();
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.statusCode = 500;
      expect(plainJsonBound(result)).toBeUndefined();
      // An ordinary object reads the polluted key just as the parsed copy would, so it stays accepted.
      expect(plainJsonBound({ body: 'x' })).toBeDefined();
    } finally {
      delete proto.statusCode;
    }
    try {
      Object.defineProperty(Object.prototype, 'hidden', { value: 1, configurable: true });
      expect(plainJsonBound(result)).toBeUndefined();
    } finally {
      delete proto.hidden;
    }
    const builtin = Object.getOwnPropertyDescriptor(Object.prototype, 'toString')!;
    try {
      // A builtin made enumerable: every for-in over a parsed object now visits it.
      Object.defineProperty(Object.prototype, 'toString', { ...builtin, enumerable: true });
      expect(plainJsonBound(result)).toBeUndefined();
    } finally {
      Object.defineProperty(Object.prototype, 'toString', builtin);
    }
    expect(plainJsonBound(result)).toBeDefined();
  });

  it('declines every object once Object.prototype or Array.prototype has a toJSON', () => {
    for (const proto of [Object.prototype, Array.prototype] as Record<string, unknown>[]) {
      try {
        proto.toJSON = () => 'x';
        expect(plainJsonBound({ statusCode: 200 })).toBeUndefined();
        expect(plainJsonBound('a string has no toJSON lookup')).toBeDefined();
      } finally {
        delete proto.toJSON;
      }
    }
    expect(plainJsonBound({ statusCode: 200 })).toBeDefined();
  });

  it('turns itself off for objects where the runtime cannot recognise a Proxy', async () => {
    const getBuiltinModule = process.getBuiltinModule;
    try {
      (process as { getBuiltinModule?: unknown }).getBuiltinModule = undefined;
      vi.resetModules();
      const fresh = await import('../../../../src/contract/runtime/plainJsonBound.js');
      expect(fresh.plainJsonBound({ statusCode: 200 })).toBeUndefined();
      expect(fresh.plainJsonBound('a scalar needs no Proxy check')).toBeDefined();
    } finally {
      process.getBuiltinModule = getBuiltinModule;
    }
  });
});
