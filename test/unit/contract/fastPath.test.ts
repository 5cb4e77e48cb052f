// The fast path (judging a plain result as it is) must give exactly the outcome of the slow path (judging
// JSON.parse(JSON.stringify(result))), for every value, integration and option, and must leave the handler's
// result untouched and unreferenced.
import { deepStrictEqual } from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { inspectProxyResult, judgeProxyResult } from '../../../src/contract/inspectProxyResult.js';
import { INTEGRATIONS } from '../../../src/contract/integrations/integrationNames.js';
import { plainJsonBound } from '../../../src/contract/runtime/plainJsonBound.js';
import type { InspectOptions, Integration, ProxyOutcome } from '../../../src/contract/types.js';
import { runs } from '../propertyRuns.js';
import { anyValue } from './arbitraries.js';

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom('a', 'é', '😀', '\uD800', '\uDFFF', '\uFEFF', '\u0000', '"') }),
  fc.base64String(),
  fc.constantFrom('true', 'false', '200', '{"statusCode":200}'),
);
const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const headerName = fc.oneof(
  fc.constantFrom(
    'Content-Type',
    'content-type',
    'Set-Cookie',
    'set-cookie',
    'X-Count',
    '__proto__',
    'constructor',
    'toString',
    '',
  ),
  fc.string(),
);
/** Response-shaped results, plain JSON data or not: every field may be right, wrong, odd or absent. */
const responseLike = fc.record(
  {
    statusCode: fc.oneof(
      fc.integer({ min: 100, max: 599 }),
      fc.integer({ min: 100, max: 599 }).map(String),
      fc.integer(),
      fc.double(),
      scalar,
      anyValue,
    ),
    headers: fc.oneof(fc.dictionary(headerName, fc.oneof(scalar, fc.array(scalar))), scalar, anyValue),
    multiValueHeaders: fc.oneof(fc.dictionary(headerName, fc.oneof(fc.array(scalar), scalar)), anyValue),
    body: fc.oneof(text, scalar, fc.jsonValue(), anyValue),
    isBase64Encoded: fc.oneof(fc.boolean(), fc.constantFrom('true', 'false'), scalar),
    cookies: fc.oneof(fc.array(text), scalar, anyValue),
    statusDescription: fc.oneof(text, scalar),
    base64Encoded: fc.boolean(),
    StatusCode: fc.integer(),
    status: fc.integer({ min: 100, max: 599 }),
    message: text,
    errorMessage: text,
  },
  { requiredKeys: [] },
);
/** Response-shaped results that are always plain JSON data, so that the fast path does take them. */
const plainResponse = fc.record(
  {
    statusCode: fc.oneof(fc.integer({ min: 100, max: 599 }), fc.integer({ min: 100, max: 599 }).map(String)),
    headers: fc.oneof(
      fc.dictionary(headerName, fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null))),
    ),
    multiValueHeaders: fc.dictionary(headerName, fc.array(fc.oneof(text, fc.integer(), fc.constant(null)))),
    body: fc.oneof(text, fc.base64String()),
    isBase64Encoded: fc.boolean(),
    cookies: fc.array(text, { maxLength: 3 }),
    // Through JSON once: fc.jsonValue() may hold -0, which is not plain JSON data (JSON sends it as 0).
    extra: fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v))),
  },
  { requiredKeys: [] },
);
const options: fc.Arbitrary<InspectOptions | undefined> = fc.option(
  fc.record(
    {
      integration: fc.constantFrom(...INTEGRATIONS),
      strict: fc.boolean(),
      binaryMediaTypes: fc.array(fc.constantFrom('image/png', '*/*', 'image/*', 'application/json')),
      accept: fc.constantFrom('image/png', '*/*', 'application/json, image/png', ''),
      durationMs: fc.constantFrom(10, 29_500, 31_000),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

/**
 * Judges `result` both ways and checks that the outcomes are equal in every detail; returns the fast one.
 * toEqual gives the readable diff; deepStrictEqual adds prototypes and -0 (toStrictEqual cannot be used: it
 * compares `.constructor`, which is a header here when the handler sends one named `constructor`).
 */
function bothPaths(result: unknown, opts?: InspectOptions): ProxyOutcome {
  const fast = judgeProxyResult(result, opts, { fastPath: true });
  const slow = judgeProxyResult(result, opts, { fastPath: false });
  // Bytes aside for the readable diff: toEqual walks a typed array element by element, slow for megabytes.
  expect(withoutBytes(fast)).toEqual(withoutBytes(slow));
  deepStrictEqual(fast, slow);
  return fast;
}

function withoutBytes(outcome: ProxyOutcome): unknown {
  return { ...outcome, response: { ...outcome.response, bodyBytes: outcome.response.bodyBytes.length } };
}

/** A deep copy that keeps prototypes (structuredClone would give null-prototype maps Object.prototype). */
function snapshot<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(snapshot) as T;
  const copy = Object.create(Object.getPrototypeOf(value));
  for (const key of Object.keys(value)) {
    Object.defineProperty(copy, key, {
      value: snapshot((value as Record<string, unknown>)[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

function eachIntegration(result: () => unknown, extra: InspectOptions = {}): void {
  for (const integration of INTEGRATIONS) bothPaths(result(), { integration, ...extra });
}

/** Every object and array reachable from `value`, to prove an outcome shares none of them. */
function objectsIn(value: unknown, found = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null || found.has(value)) return found;
  found.add(value);
  for (const key of Reflect.ownKeys(value)) {
    objectsIn((value as Record<PropertyKey, unknown>)[key], found);
  }
  return found;
}

describe('the fast path gives the slow path outcome', () => {
  it('for any value, through any integration, with and without options', () => {
    fc.assert(
      fc.property(anyValue, options, (result, opts) => void bothPaths(result, opts)),
      { numRuns: runs(1500) },
    );
  });

  it('for response-shaped results with any field right, wrong or odd', () => {
    fc.assert(
      fc.property(responseLike, options, (result, opts) => void bothPaths(result, opts)),
      { numRuns: runs(1500) },
    );
  });

  it('for plain responses, which the fast path really takes', () => {
    fc.assert(
      fc.property(plainResponse, options, (result, opts) => {
        expect(plainJsonBound(result)).toBeDefined();
        bothPaths(result, opts);
      }),
      { numRuns: runs(1500) },
    );
  });

  it('for any JSON data, which HTTP API 2.0 and function URLs send back as the inferred body', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom<Integration>('http-2.0', 'function-url'),
        (value, integration) => {
          bothPaths(value, { integration });
        },
      ),
      { numRuns: runs(500) },
    );
  });
});

describe('the fast path leaves the result alone', () => {
  it('never changes the result, and the outcome holds none of its objects or arrays', () => {
    fc.assert(
      fc.property(plainResponse, options, (result, opts) => {
        const before = snapshot(result);
        const outcome = inspectProxyResult(result, opts);
        deepStrictEqual(result, before);
        const shared = [...objectsIn(outcome)].filter((o) => objectsIn(result).has(o));
        expect(shared).toEqual([]);
      }),
      { numRuns: runs(500) },
    );
  });

  it('changing the outcome afterwards does not change the result, nor the other way round', () => {
    const result = {
      statusCode: 200,
      headers: { 'Content-Type': 'text/plain' },
      multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] },
      body: 'ok',
    };
    for (const integration of INTEGRATIONS) {
      const outcome = inspectProxyResult(result, { integration });
      outcome.response.headers['set-cookie']?.push('c=3');
      outcome.response.headers['content-type']?.push('x');
      expect(result.multiValueHeaders['Set-Cookie']).toEqual(['a=1', 'b=2']);
    }
    const outcome = inspectProxyResult(result, { integration: 'rest' });
    result.multiValueHeaders['Set-Cookie'].push('late=1');
    expect(outcome.response.headers['set-cookie']).toEqual(['a=1', 'b=2']);
  });
});

const TWO_POW_20 = 1_048_576;
const LAMBDA_LIMIT = 6_291_556;
// `{"statusCode":200,"body":"…"}` around the body.
const overhead = JSON.stringify({ statusCode: 200, body: '' }).length;

describe('targeted results, every integration, both paths equal', () => {
  class Response {
    statusCode = 200;
    body = 'from a class';
  }
  class WithToJSON {
    toJSON() {
      return { statusCode: 201, body: 'from toJSON' };
    }
  }
  // A hole in the middle, made without a sparse literal.
  const sparse = [1, 2, 3];
  delete sparse[1];
  const cyclic: Record<string, unknown> = { statusCode: 200 };
  cyclic.body = { back: cyclic };

  const CASES: [string, () => unknown][] = [
    ['an own toJSON', () => ({ statusCode: 200, toJSON: () => ({ statusCode: 202, body: 'j' }) })],
    ['a toJSON from a class', () => new WithToJSON()],
    ['a toJSON on the body', () => ({ statusCode: 200, body: { toJSON: () => 'text' } })],
    ['a toJSON that is data', () => ({ statusCode: 200, toJSON: 'just data' })],
    ['undefined properties', () => ({ statusCode: 200, body: undefined, headers: { a: undefined } })],
    ['an undefined statusCode', () => ({ statusCode: undefined, body: 'x' })],
    ['-0', () => ({ statusCode: -0, headers: { 'x-zero': -0 }, body: -0 })],
    ['NaN and Infinity', () => ({ statusCode: Number.NaN, body: Number.NEGATIVE_INFINITY })],
    [
      'NaN and undefined headers',
      () => ({ statusCode: 200, headers: { a: Number.NaN, b: undefined, c: 'c' } }),
    ],
    ['a Promise', () => Promise.resolve({ statusCode: 200, body: 'x' })],
    ['a Buffer body', () => ({ statusCode: 200, body: Buffer.from('png') })],
    ['a stringified response', () => JSON.stringify({ statusCode: 200, body: 'x' })],
    ['a sparse array', () => ({ statusCode: 200, cookies: sparse, multiValueHeaders: { a: sparse } })],
    ['a class instance', () => new Response()],
    ['a Date body', () => ({ statusCode: 200, body: new Date(0) })],
    ['a Date result', () => new Date(0)],
    ['a Map of headers', () => ({ statusCode: 200, headers: new Map([['a', 'b']]) })],
    [
      'boxed primitives',
      () => ({ statusCode: new Number(200), body: new String('x'), isBase64Encoded: new Boolean(false) }),
    ],
    [
      'a boxed primitive on Object.prototype',
      () => ({ statusCode: 200, body: Object.setPrototypeOf(new Number(7), Object.prototype) }),
    ],
    [
      'null-prototype objects',
      () =>
        Object.assign(Object.create(null), {
          statusCode: 200,
          headers: Object.assign(Object.create(null), { a: 'b' }),
          body: 'x',
        }),
    ],
    ['a null-prototype data object', () => Object.assign(Object.create(null), { message: 'hi' })],
    [
      'a getter',
      () => Object.defineProperty({ body: 'x' }, 'statusCode', { get: () => 203, enumerable: true }),
    ],
    ['a non-enumerable statusCode', () => Object.defineProperty({ body: 'x' }, 'statusCode', { value: 200 })],
    ['a transparent Proxy', () => new Proxy({ statusCode: 200, headers: { a: 'b' }, body: 'x' }, {})],
    ['a Proxy for headers', () => ({ statusCode: 200, headers: new Proxy({ a: 'b' }, {}) })],
    ['a cycle', () => cyclic],
    ['a BigInt', () => ({ statusCode: 200, body: 1n })],
    [
      'an object from another realm',
      () => runInNewContext('({ statusCode: 200, headers: { a: "b" }, body: "x" })'),
    ],
    [
      '__proto__ keys',
      () => JSON.parse('{"statusCode":200,"__proto__":{"statusCode":500},"headers":{"__proto__":"x"}}'),
    ],
    ['symbol keys', () => ({ statusCode: 200, [Symbol('s')]: 'hidden', body: 'x' })],
    [
      'a frozen response',
      () => Object.freeze({ statusCode: 200, headers: Object.freeze({ a: 'b' }), body: 'x' }),
    ],
    [
      'an array with extra properties',
      () => ({ statusCode: 200, cookies: Object.assign(['a=1'], { extra: 1 }) }),
    ],
    ['a data object', () => ({ errorMessage: 'boom', errorType: 'Error' })],
    ['a string result', () => 'hello'],
    ['a number result', () => 42],
    ['an array result', () => [1, 'a', null, { b: true }]],
    ['null', () => null],
    ['undefined', () => undefined],
  ];

  it.each(CASES)('%s', (_name, result) => {
    eachIntegration(result);
    eachIntegration(result, { strict: true });
  });

  it('a getter runs once, on the slow path only', () => {
    let reads = 0;
    const result = () =>
      Object.defineProperty({ body: 'x' }, 'statusCode', {
        get: () => {
          reads++;
          return 200;
        },
        enumerable: true,
      });
    inspectProxyResult(result(), { integration: 'alb' });
    expect(reads).toBe(1);
  });

  it('a Proxy sees exactly the traps the slow path runs, no more', () => {
    const traps = (log: string[]) =>
      new Proxy(
        { statusCode: 200, body: 'x' },
        {
          get: (target, key, receiver) => {
            log.push(`get ${String(key)}`);
            return Reflect.get(target, key, receiver);
          },
          ownKeys: (target) => {
            log.push('ownKeys');
            return Reflect.ownKeys(target);
          },
          getOwnPropertyDescriptor: (target, key) => {
            log.push(`descriptor ${String(key)}`);
            return Reflect.getOwnPropertyDescriptor(target, key);
          },
          getPrototypeOf: (target) => {
            log.push('getPrototypeOf');
            return Reflect.getPrototypeOf(target);
          },
        },
      );
    const fast: string[] = [];
    const slow: string[] = [];
    judgeProxyResult(traps(fast), { integration: 'rest' }, { fastPath: true });
    judgeProxyResult(traps(slow), { integration: 'rest' }, { fastPath: false });
    expect(fast).toEqual(slow);
    expect(slow).toContain('ownKeys');
  });

  it('a polluted Object.prototype: equal outcomes, plain or null-prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.statusCode = 500;
      eachIntegration(() => ({ body: 'x' }));
      eachIntegration(() => Object.assign(Object.create(null), { body: 'x' }));
    } finally {
      delete proto.statusCode;
    }
    const builtin = Object.getOwnPropertyDescriptor(Object.prototype, 'toString')!;
    try {
      Object.defineProperty(Object.prototype, 'toString', { ...builtin, enumerable: true });
      eachIntegration(() => ({ statusCode: 200, headers: Object.assign(Object.create(null), { a: 'b' }) }));
    } finally {
      Object.defineProperty(Object.prototype, 'toString', builtin);
    }
  });

  it('the same name twice in headers, beside multiValueHeaders: both lines, merged as REST does', () => {
    const outcome = bothPaths(
      {
        statusCode: 200,
        headers: { 'X-A': '1', 'x-a': '2', 'X-B': 'same' },
        multiValueHeaders: { 'x-b': ['same', 'other'], 'X-Empty': [] },
      },
      { integration: 'rest' },
    );
    expect(outcome.response.headers).toEqual({
      'x-b': ['same', 'other'],
      'x-a': ['1', '2'],
      'content-type': ['application/json'],
    });
    // Only X-B is in both maps; x-a twice in headers is no merge and gets no note.
    expect(outcome.notes.filter((n) => n.rule === 'R-M3').map((n) => n.path)).toEqual(['headers.X-B']);
  });
});

describe('size limits: the bound is loose, the decision exact', () => {
  const body = (length: number, unit = 'a') => unit.repeat(length);

  it('ALB: a payload of exactly 1 MB passes, one byte more is refused', () => {
    for (const integration of ['alb', 'alb-multi-value'] as const) {
      const at = bothPaths({ statusCode: 200, body: body(TWO_POW_20 - overhead) }, { integration });
      expect(at.accepted).toBe(true);
      const over = bothPaths({ statusCode: 200, body: body(TWO_POW_20 - overhead + 1) }, { integration });
      expect(over.problems.map((p) => p.rule)).toEqual(['A-E']);
    }
  });

  it('ALB: escaped characters count with their escapes, multi-byte ones with their UTF-8 length', () => {
    // Each '"' is sent as \" (2 bytes), each 'é' as 2 bytes: half a million of either is over 1 MB.
    for (const unit of ['"', 'é']) {
      const at = bothPaths(
        { statusCode: 200, body: body((TWO_POW_20 - overhead) / 2, unit) },
        { integration: 'alb' },
      );
      expect(at.accepted).toBe(true);
      const over = bothPaths(
        { statusCode: 200, body: body((TWO_POW_20 - overhead) / 2 + 1, unit) },
        { integration: 'alb' },
      );
      expect(over.problems.map((p) => p.rule)).toEqual(['A-E']);
    }
  });

  it('W5: a payload of exactly 6,291,556 bytes passes, one byte more is a function error', () => {
    const at = bothPaths({ statusCode: 200, body: body(LAMBDA_LIMIT - overhead) }, { integration: 'rest' });
    expect(at.accepted).toBe(true);
    const over = bothPaths(
      { statusCode: 200, body: body(LAMBDA_LIMIT - overhead + 1) },
      { integration: 'http-2.0' },
    );
    expect(over).toMatchObject({ accepted: false, functionError: true });
    expect(over.problems.map((p) => p.rule)).toEqual(['W5']);
  });

  it('W5: control characters, sent as six-byte escapes, reach the limit six times sooner', () => {
    const length = Math.floor((LAMBDA_LIMIT - overhead) / 6);
    const at = bothPaths({ statusCode: 200, body: body(length, '\u0001') }, { integration: 'function-url' });
    expect(at.accepted).toBe(true);
    const over = bothPaths(
      { statusCode: 200, body: body(length + 1, '\u0001') },
      { integration: 'function-url' },
    );
    expect(over.problems.map((p) => p.rule)).toEqual(['W5']);
  });

  it('a payload too long for any string is the slow path’s function error, not a failure of ours', async () => {
    // Really building one takes gigabytes; a JSON.stringify that throws as V8 does stands in for it.
    const result = { statusCode: 200, body: body(LAMBDA_LIMIT) };
    const stringify = JSON.stringify;
    const spy = vi.spyOn(JSON, 'stringify').mockImplementation((value, ...rest) => {
      if (value === result) throw new RangeError('Invalid string length');
      return stringify(value, ...rest);
    });
    try {
      vi.resetModules();
      const fresh = await import('../../../src/contract/inspectProxyResult.js');
      const fast = fresh.judgeProxyResult(result, { integration: 'rest' }, { fastPath: true });
      expect(fast).toMatchObject({ accepted: false, functionError: true });
      expect(fast.problems.map((p) => p.rule)).toEqual(['W1']);
      expect(fast).toEqual(fresh.judgeProxyResult(result, { integration: 'rest' }, { fastPath: false }));
    } finally {
      spy.mockRestore();
      vi.resetModules();
    }
  });

  it('HTTP API 2.0 infers a large data object into its JSON text, as the slow path does', () => {
    const data = {
      items: Array.from({ length: 2000 }, (_, i) => ({ id: i, name: `item ${i}`, ok: i % 2 === 0 })),
    };
    const outcome = bothPaths(data, { integration: 'http-2.0' });
    expect(outcome.response.body).toBe(JSON.stringify(data));
  });
});

describe('bodyBytes', () => {
  it('are the UTF-8 bytes of the body, and one outcome’s bytes never change another’s', () => {
    const outcomes = Array.from({ length: 200 }, (_, i) =>
      inspectProxyResult({ statusCode: 200, body: `body ${i} é😀 ${'x'.repeat(i * 20)}` }),
    );
    for (const outcome of outcomes) outcome.response.bodyBytes.fill(0);
    const again = Array.from({ length: 200 }, (_, i) =>
      inspectProxyResult({ statusCode: 200, body: `body ${i} é😀 ${'x'.repeat(i * 20)}` }),
    );
    again.forEach((outcome, i) => {
      const expected = new TextEncoder().encode(outcome.response.body);
      expect(Buffer.compare(outcome.response.bodyBytes, expected)).toBe(0);
      expect(outcomes[i]!.response.bodyBytes.every((byte) => byte === 0)).toBe(true);
    });
  });

  it('multi-byte bodies keep all their bytes when the shared slab runs out', () => {
    // ASCII bodies of varied lengths move the slab's free space around; 3,000 × 'é' then needs 6,000 bytes.
    const wide = 'é'.repeat(3000);
    for (let i = 0; i < 300; i++) {
      inspectProxyResult({ statusCode: 200, body: 'x'.repeat(((i * 997) % 4000) + 1) });
      const { response } = inspectProxyResult({ statusCode: 200, body: wide });
      expect(response.bodyBytes.length).toBe(6000);
      expect(Buffer.from(response.bodyBytes).toString('utf8')).toBe(wide);
    }
  });

  it('compare, copy and clone as ordinary Uint8Arrays', () => {
    const { response } = inspectProxyResult({ statusCode: 200, body: 'héllo' });
    const expected = new TextEncoder().encode('héllo');
    expect(response.bodyBytes).toBeInstanceOf(Uint8Array);
    expect(response.bodyBytes).toStrictEqual(expected);
    expect(structuredClone(response.bodyBytes)).toStrictEqual(expected);
    expect(response.bodyBytes.slice()).toStrictEqual(expected);
    expect(Buffer.from(response.bodyBytes).toString('utf8')).toBe('héllo');
    expect(structuredClone(response)).toStrictEqual({ ...response, bodyBytes: expected });
  });

  it('a long body gets bytes of its own', () => {
    const { response } = inspectProxyResult({ statusCode: 200, body: 'x'.repeat(10_000) });
    expect(response.bodyBytes.byteOffset).toBe(0);
    expect(response.bodyBytes.buffer.byteLength).toBe(10_000);
  });
});
