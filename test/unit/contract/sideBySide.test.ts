// proxy-rules.md §6, the side-by-side table, as one table: each row is an input, each column what the client
// of that front end receives. `status` alone, or `[status, what to check]`.
import { describe, expect, it } from 'vitest';
import { inspectProxyError } from '../../../src/contract/inspectProxyError.js';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import type { ClientResponse, Integration } from '../../../src/contract/types.js';

type Cell = number | [number, Partial<ClientResponse>];
type Row = { input: string; result: unknown } & Record<Exclude<Integration, 'lattice'>, Cell>;

const json = { 'content-type': ['application/json'] };
const text = { 'content-type': ['text/plain; charset=utf-8'] };
const octet = { 'content-type': ['application/octet-stream'] };
const REST_ERROR = '{"message": "Internal server error"}';
const HTTP_ERROR = '{"message":"Internal Server Error"}';

// biome-ignore format: the table reads best with one row per line
const TABLE: Row[] = [
  { input: '{"message":"hi"} (no statusCode)', result: { message: 'hi' },
    rest: 502, 'http-1.0': 500, 'http-2.0': [200, { body: '{"message":"hi"}' }], alb: 502, 'alb-multi-value': 502, 'function-url': [200, { body: '{"message":"hi"}' }] },
  { input: '{}', result: {},
    rest: [200, { body: '' }], 'http-1.0': 500, 'http-2.0': [200, { body: '{}' }], alb: 502, 'alb-multi-value': 502, 'function-url': [200, { body: '{}' }] },
  { input: '"hello"', result: 'hello',
    rest: 502, 'http-1.0': 500, 'http-2.0': [200, { body: 'hello' }], alb: 502, 'alb-multi-value': 502, 'function-url': [200, { body: 'hello' }] },
  { input: 'null', result: null,
    rest: 502, 'http-1.0': 500, 'http-2.0': 500, alb: 502, 'alb-multi-value': 502, 'function-url': 502 },
  { input: 'undefined', result: undefined,
    rest: 502, 'http-1.0': 500, 'http-2.0': 500, alb: 502, 'alb-multi-value': 502, 'function-url': 502 },
  { input: '{"statusCode":"201"}', result: { statusCode: '201' },
    rest: 201, 'http-1.0': 201, 'http-2.0': 201, alb: 502, 'alb-multi-value': 502, 'function-url': 201 },
  { input: 'body is an object', result: { statusCode: 200, body: { a: 1 } },
    rest: 502, 'http-1.0': 500, 'http-2.0': 500, alb: 502, 'alb-multi-value': 502, 'function-url': [200, { body: '{"a":1}' }] },
  { input: 'body null', result: { statusCode: 200, body: null },
    rest: [200, { body: '' }], 'http-1.0': [200, { body: '' }], 'http-2.0': [200, { body: '' }], alb: 502, 'alb-multi-value': 502, 'function-url': [200, { body: '' }] },
  { input: 'header value true', result: { statusCode: 200, headers: { 'x-a': true } },
    rest: [200, { headers: { 'x-a': ['true'], ...json } }], 'http-1.0': [200, { headers: { 'x-a': ['true'], ...text } }], 'http-2.0': [200, { headers: { 'x-a': ['true'], ...text } }], alb: 502, 'alb-multi-value': [200, { headers: octet }], 'function-url': [200, { headers: { 'x-a': ['true'], ...json } }] },
  { input: 'header value 5', result: { statusCode: 200, headers: { 'x-a': 5 } },
    rest: [200, { headers: { 'x-a': ['5'], ...json } }], 'http-1.0': [200, { headers: { 'x-a': ['5'], ...text } }], 'http-2.0': [200, { headers: { 'x-a': ['5'], ...text } }], alb: 502, 'alb-multi-value': [200, { headers: octet }], 'function-url': [200, { headers: { 'x-a': ['5'], ...json } }] },
  { input: 'unknown extra key', result: { statusCode: 200, extra: 1 },
    rest: 502, 'http-1.0': 200, 'http-2.0': 200, alb: 200, 'alb-multi-value': 200, 'function-url': 200 },
  { input: 'multiValueHeaders', result: { statusCode: 200, multiValueHeaders: { 'x-a': ['1', '2'] } },
    rest: [200, { headers: { 'x-a': ['1', '2'], ...json } }], 'http-1.0': [200, { headers: { 'x-a': ['1', '2'], ...text } }], 'http-2.0': [200, { headers: text }], alb: [200, { headers: octet }], 'alb-multi-value': [200, { headers: { 'x-a': ['1', '2'], ...octet } }], 'function-url': [200, { headers: json }] },
  { input: 'cookies', result: { statusCode: 200, cookies: ['a=1', 'b=2'] },
    rest: 502, 'http-1.0': [200, { headers: text }], 'http-2.0': [200, { headers: { 'set-cookie': ['a=1', 'b=2'], ...text } }], alb: [200, { headers: octet }], 'alb-multi-value': [200, { headers: octet }], 'function-url': [200, { headers: { 'set-cookie': ['a=1', 'b=2'], ...json } }] },
  { input: 'no Content-Type, with statusCode', result: { statusCode: 200, body: 'x' },
    rest: [200, { headers: json }], 'http-1.0': [200, { headers: text }], 'http-2.0': [200, { headers: text }], alb: [200, { headers: octet }], 'alb-multi-value': [200, { headers: octet }], 'function-url': [200, { headers: json }] },
  { input: 'isBase64Encoded: true', result: { statusCode: 200, body: 'aGk=', isBase64Encoded: true },
    rest: [200, { body: 'aGk=' }], 'http-1.0': [200, { body: 'hi' }], 'http-2.0': [200, { body: 'hi' }], alb: [200, { body: 'hi' }], 'alb-multi-value': [200, { body: 'hi' }], 'function-url': [200, { body: 'hi' }] },
  { input: 'malformed → client sees', result: { statusCode: 'nope' },
    rest: [502, { body: REST_ERROR, headers: json }], 'http-1.0': [500, { body: HTTP_ERROR, headers: json }], 'http-2.0': [500, { body: HTTP_ERROR, headers: json }], alb: [502, { headers: { 'content-type': ['text/html'], server: ['awselb/2.0'] } }], 'alb-multi-value': [502, { headers: { 'content-type': ['text/html'], server: ['awselb/2.0'] } }], 'function-url': [502, { body: 'Internal Server Error' }] },
];

const INTEGRATION_COLUMNS: Exclude<Integration, 'lattice'>[] = [
  'rest',
  'http-1.0',
  'http-2.0',
  'alb',
  'alb-multi-value',
  'function-url',
];

function check(response: ClientResponse, cell: Cell): void {
  const [status, parts] = typeof cell === 'number' ? [cell, {}] : cell;
  expect(response.status).toBe(status);
  expect(response).toMatchObject(parts);
}

describe('§6 side by side', () => {
  it.each(TABLE)('§6: $input', (row) => {
    for (const integration of INTEGRATION_COLUMNS) {
      const { response } = inspectProxyResult(row.result, { integration });
      try {
        check(response, row[integration]);
      } catch (error) {
        throw new Error(`${integration}: ${(error as Error).message}`);
      }
    }
  });

  it('§6: thrown error → REST 502, HTTP API 500, ALB 502 HTML, function URL 502', () => {
    const statuses = INTEGRATION_COLUMNS.map(
      (integration) => inspectProxyError(new Error('boom'), { integration }).response.status,
    );
    expect(statuses).toEqual([502, 500, 500, 502, 502, 502]);
  });
});
