// Values no handler should return, and some will: the core answers every one with an outcome.
// The multi-megabyte ones are in hostileLarge.test.ts.
import { describe, expect, it } from 'vitest';
import { inspectProxyError } from '../../../src/contract/inspectProxyError.js';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import { INTEGRATIONS } from '../../../src/contract/integrations/integrationNames.js';
import type { Integration, ProxyOutcome } from '../../../src/contract/types.js';
import { checkInvariants } from './support.js';

const throwing = () => {
  throw new Error('trap');
};
const revocable = Proxy.revocable({ statusCode: 200 }, {});
revocable.revoke();
const circular: Record<string, unknown> = { statusCode: 200 };
circular.body = { again: circular };
let deep: unknown = [];
for (let i = 0; i < 200_000; i++) deep = [deep];

interface Hostile {
  name: string;
  value: () => unknown;
  /** true: Lambda cannot serialise it, a function error everywhere. */
  functionError: boolean;
}

const HOSTILE: Hostile[] = [
  {
    name: 'a getter that throws',
    value: () => ({
      get statusCode() {
        return throwing();
      },
    }),
    functionError: true,
  },
  {
    name: 'a Proxy whose every trap throws',
    value: () =>
      new Proxy(
        {},
        {
          get: throwing,
          ownKeys: throwing,
          has: throwing,
          getOwnPropertyDescriptor: throwing,
          getPrototypeOf: throwing,
        },
      ),
    functionError: true,
  },
  {
    name: 'a Proxy whose ownKeys trap throws',
    value: () => new Proxy({ statusCode: 200 }, { ownKeys: throwing }),
    functionError: true,
  },
  { name: 'a revoked Proxy', value: () => revocable.proxy, functionError: true },
  {
    name: 'a well-behaved Proxy',
    value: () => new Proxy({ statusCode: 200, body: 'ok' }, {}),
    functionError: false,
  },
  { name: 'a circular structure', value: () => circular, functionError: true },
  { name: 'a BigInt', value: () => 1n, functionError: true },
  { name: 'a BigInt statusCode', value: () => ({ statusCode: 200n }), functionError: true },
  { name: 'a symbol', value: () => Symbol('s'), functionError: false },
  {
    name: 'symbol values and keys',
    value: () => ({ statusCode: 200, [Symbol('k')]: 1, body: Symbol('v') }),
    functionError: false,
  },
  { name: 'a function', value: () => () => 1, functionError: false },
  { name: 'a class', value: () => class Response {}, functionError: false },
  { name: 'toJSON that throws', value: () => ({ toJSON: throwing }), functionError: true },
  {
    name: 'a toJSON getter that throws',
    value: () => ({
      get toJSON() {
        return throwing();
      },
    }),
    functionError: true,
  },
  { name: 'toJSON returning undefined', value: () => ({ toJSON: () => undefined }), functionError: false },
  { name: 'nesting 200,000 levels deep', value: () => deep, functionError: true },
  {
    name: 'a null-prototype object',
    value: () => Object.assign(Object.create(null), { statusCode: 200, body: 'x' }),
    functionError: false,
  },
  {
    name: 'a __proto__ header',
    value: () => JSON.parse('{"statusCode":200,"headers":{"__proto__":"x"}}'),
    functionError: false,
  },
  {
    name: 'a __proto__ key',
    value: () => JSON.parse('{"__proto__":{"statusCode":500},"statusCode":200}'),
    functionError: false,
  },
  {
    name: 'lone surrogates in the body',
    value: () => ({ statusCode: 200, body: 'a\uD800b\uDFFF' }),
    functionError: false,
  },
  {
    name: 'lone surrogates in header names and values',
    value: () => ({ statusCode: 200, headers: { 'x-\uD800': '\uDC00' } }),
    functionError: false,
  },
  {
    name: 'base64 of invalid UTF-8',
    value: () => ({ statusCode: 200, body: '/w==', isBase64Encoded: true }),
    functionError: false,
  },
  {
    name: 'invalid base64 with isBase64Encoded',
    value: () => ({ statusCode: 200, body: '!!not base64!!', isBase64Encoded: true }),
    functionError: false,
  },
  {
    name: 'a typed array body',
    value: () => ({ statusCode: 200, body: new Uint8Array([1, 2]) }),
    functionError: false,
  },
  {
    name: 'NaN and Infinity',
    value: () => ({ statusCode: Number.NaN, body: Number.POSITIVE_INFINITY }),
    functionError: false,
  },
  { name: 'a sparse array', value: () => new Array(3).fill(1, 2), functionError: false },
  {
    name: 'a Promise (an async handler that forgot to await)',
    value: () => ({ statusCode: 200, body: Promise.resolve('x') }),
    functionError: false,
  },
];

// Computed when a test asks, not while the file loads (Stryker counts load-time code as static).
const errorResponse = (integration: Integration): ProxyOutcome['response'] =>
  inspectProxyError(new Error('x'), { integration }).response;

describe('hostile results', () => {
  it.each(HOSTILE)('$name: an outcome on every front end, never a throw', ({ value, functionError }) => {
    for (const integration of INTEGRATIONS) {
      for (const strict of [false, true]) {
        let outcome: ProxyOutcome | undefined;
        expect(() => {
          outcome = inspectProxyResult(value(), { integration, strict });
        }).not.toThrow();
        checkInvariants(outcome!, errorResponse(integration));
        expect(outcome!.functionError).toBe(functionError);
        if (functionError)
          expect(outcome!.problems.map((p) => p.rule)).toEqual([expect.stringMatching(/^W[157]$/)]);
      }
    }
  });

  it('lone surrogates reach the client as U+FFFD, and body matches bodyBytes', () => {
    const { response } = inspectProxyResult({ statusCode: 200, body: 'a\uD800b' }, { integration: 'rest' });
    expect(response.body).toBe('a\uFFFDb');
    expect(response.bodyBytes).toEqual(new Uint8Array([0x61, 0xef, 0xbf, 0xbd, 0x62]));
  });

  it('base64 of invalid UTF-8 keeps the raw bytes; body shows U+FFFD', () => {
    const { response } = inspectProxyResult(
      { statusCode: 200, body: '/w==', isBase64Encoded: true },
      { integration: 'alb' },
    );
    expect(response.bodyBytes).toEqual(new Uint8Array([0xff]));
    expect(response.body).toBe('\uFFFD');
  });

  it('a __proto__ header is an ordinary header, not a prototype', () => {
    const { response } = inspectProxyResult(JSON.parse('{"statusCode":200,"headers":{"__proto__":"x"}}'), {
      integration: 'http-2.0',
    });
    expect(Object.getPrototypeOf(response.headers)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(response.headers, '__proto__')?.value).toEqual(['x']);
  });

  it('a getter is read once, as JSON.stringify reads it: the result is judged on that value', () => {
    let reads = 0;
    const result = {
      get statusCode() {
        reads++;
        return 201;
      },
    };
    expect(inspectProxyResult(result, { integration: 'alb' }).response.status).toBe(201);
    expect(reads).toBe(1);
  });

  it('a forgotten await is judged as what JSON makes of a Promise: {}', () => {
    const outcome = inspectProxyResult(
      { statusCode: 200, body: Promise.resolve('x') },
      { integration: 'rest' },
    );
    expect(outcome.problems.map((p) => p.rule)).toEqual(['R-B2']);
  });
});
