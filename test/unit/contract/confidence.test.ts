// Low-confidence rules are our judgement, not a recorded fact: every message that rests on one says
// "(AWS behaviour unverified)", and messages that rest on recorded behaviour do not.
import { describe, expect, it } from 'vitest';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import type { Integration } from '../../../src/contract/types.js';

const UNVERIFIED = '(AWS behaviour unverified)';

/** The problem and note messages that cite `rule`. */
function texts(rule: string, integration: Integration, result: unknown): string[] {
  const { problems, notes } = inspectProxyResult(result, { integration });
  return [...problems, ...notes].filter((item) => item.rule === rule).map((item) => item.message);
}

describe('confidence in messages', () => {
  it.each<[string, Integration, unknown]>([
    ['R-S3', 'rest', { statusCode: null }],
    ['R-S3', 'rest', { statusCode: true }],
    ['R-S4', 'rest', { statusCode: 600 }],
    ['R-B3', 'rest', { statusCode: 200, body: 1 }],
    ['R-H2', 'rest', { statusCode: 200, headers: { a: 1 } }],
    ['R-H4', 'rest', { statusCode: 200, headers: { a: null } }],
    ['R-K3', 'rest', { statusCode: 200, base64Encoded: false }],
    ['R-64c', 'rest', { statusCode: 200, isBase64Encoded: 'false' }],
    ['H1-3', 'http-1.0', { statusCode: 200, headers: { a: '1' }, multiValueHeaders: { a: ['2'] } }],
    ['H1-6', 'http-1.0', { statusCode: 200, headers: { a: true } }],
    ['H1-7', 'http-1.0', { statusCode: 200 }],
    ['H1-2', 'http-1.0', { statusCode: 200, cookies: ['a=1'] }],
    ['H2-4', 'http-2.0', null],
    ['H2-5', 'http-2.0', { statusCode: 200, body: {} }],
    ['H2-6', 'http-2.0', { statusCode: 200, cookies: 'a=1' }],
    ['H2-10', 'http-2.0', { statusCode: 200, body: '!', isBase64Encoded: true }],
    ['H2-11', 'http-2.0', { statusCode: '201' }],
    ['A-64', 'alb', { statusCode: 200, body: '!', isBase64Encoded: true }],
    ['A-K', 'alb', { statusCode: 200, extra: 1 }],
    ['A-K', 'alb', { statusCode: 200, cookies: ['a=1'] }],
    ['AM-3', 'alb-multi-value', { statusCode: 200, multiValueHeaders: { a: '1' } }],
    ['F-6', 'function-url', { statusCode: 200, body: {} }],
    ['F-8', 'function-url', { statusCode: 'x' }],
  ])('%s (%s): the message says the behaviour is unverified', (rule, integration, result) => {
    const said = texts(rule, integration, result);
    expect(said.length).toBeGreaterThan(0);
    expect(said.every((text) => text.includes(UNVERIFIED))).toBe(true);
  });

  it.each<[string, Integration, unknown]>([
    ['R-B2', 'rest', { statusCode: 200, body: {} }],
    ['R-K1', 'rest', { message: 'hi' }],
    ['R-H1', 'rest', { statusCode: 200, headers: { a: true } }],
    ['R-M3', 'rest', { statusCode: 200, headers: { a: '1' }, multiValueHeaders: { a: ['2'] } }],
    ['H1-1', 'http-1.0', {}],
    ['H2-1', 'http-2.0', { message: 'hi' }],
    ['H2-9', 'http-2.0', { statusCode: 200 }],
    ['H2-8', 'http-2.0', { statusCode: 200, extra: 1 }],
    ['A-3', 'alb', { statusCode: '200' }],
    ['A-H1', 'alb', { statusCode: 200, headers: { a: 1 } }],
    ['F-1', 'function-url', { statusCode: 200 }],
    ['HTTP-1', 'rest', { statusCode: 204, body: 'x' }],
  ])('%s (%s): recorded behaviour is stated plainly', (rule, integration, result) => {
    const said = texts(rule, integration, result);
    expect(said.length).toBeGreaterThan(0);
    expect(said.some((text) => text.includes(UNVERIFIED))).toBe(false);
  });
});
