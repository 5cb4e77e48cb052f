import { describe, expect, it } from 'vitest';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';

const inspect = (value: unknown) => inspectProxyResult(value, { integration: 'lattice' });
const rules = (o: ReturnType<typeof inspect>) => o.problems.map((p) => p.rule);

describe('VPC Lattice contract', () => {
  it('L-R1: the documented shape reaches the client as is', () => {
    const out = inspect({
      isBase64Encoded: false,
      statusCode: 200,
      headers: { 'Content-Type': 'application/json' },
      body: '{"ok":true}',
    });
    expect(out.accepted).toBe(true);
    expect(out.response.status).toBe(200);
    expect(out.response.headers['content-type']).toEqual(['application/json']);
    expect(out.response.body).toBe('{"ok":true}');
    expect(out.problems).toEqual([]);
  });

  it('L-R2: (judged) missing headers and isBase64Encoded are accepted with a warning', () => {
    const out = inspect({ statusCode: 204 });
    expect(out.accepted).toBe(true);
    expect(out.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(rules(out)).toEqual(['L-R2', 'L-R2']);
  });

  it('L-R3: isBase64Encoded: true decodes the body to bytes', () => {
    const out = inspect({ statusCode: 200, headers: {}, isBase64Encoded: true, body: 'AQID' });
    expect([...out.response.bodyBytes]).toEqual([1, 2, 3]);
  });

  it('L-R4: hop-by-hop headers do not reach the client', () => {
    const out = inspect({
      statusCode: 200,
      isBase64Encoded: false,
      headers: { Connection: 'close', 'Transfer-Encoding': 'chunked', 'X-A': '1' },
    });
    expect(out.response.headers).not.toHaveProperty('connection');
    expect(out.response.headers).not.toHaveProperty('transfer-encoding');
    expect(out.response.headers['x-a']).toEqual(['1']);
  });

  it('L-R6: (judged) array header values, multiValueHeaders and cookies are flagged unverified', () => {
    const out = inspect({
      statusCode: 200,
      isBase64Encoded: false,
      headers: {},
      multiValueHeaders: { a: ['1'] },
      cookies: ['a=1'],
    });
    expect(rules(out)).toEqual(expect.arrayContaining(['L-R6']));
  });

  it("L-R8: a body over ALB's 1 MB but under 6 MB is accepted", () => {
    const out = inspect({
      statusCode: 200,
      isBase64Encoded: false,
      headers: {},
      body: 'x'.repeat(2_000_000),
    });
    expect(out.accepted).toBe(true);
    expect(out.response.body.length).toBe(2_000_000);
  });

  it('L-R10: (judged) a result Lattice cannot read gives a 502', () => {
    const out = inspect(null);
    expect(out.accepted).toBe(false);
    expect(out.response.status).toBe(502);
  });

  it('L-R5: (judged) statusDescription is accepted and noted as ignored', () => {
    const out = inspect({
      statusCode: 200,
      isBase64Encoded: false,
      headers: {},
      statusDescription: '200 OK',
    });
    expect(out.accepted).toBe(true);
    expect(out.notes.map((n) => n.rule)).toContain('L-R5');
  });

  it('L-R7: (judged) unknown top-level keys are ignored', () => {
    expect(inspect({ statusCode: 201, isBase64Encoded: false, headers: {}, extra: 1 }).response.status).toBe(
      201,
    );
  });

  it('L-R9: (judged) a string statusCode is refused as on ALB', () => {
    expect(inspect({ statusCode: '200', isBase64Encoded: false, headers: {} }).accepted).toBe(false);
  });

  it("L-R9: a result told about ALB by ALB's checks says once why; a clean one does not", () => {
    const told = inspect({ statusCode: '200', isBase64Encoded: false, headers: {} });
    expect(told.notes.filter((n) => n.rule === 'L-R9')).toHaveLength(1);
    expect(told.notes.find((n) => n.rule === 'L-R9')?.message).toMatch(/judged by ALB's rules/);
    const clean = inspect({
      statusCode: 200,
      isBase64Encoded: false,
      headers: { 'content-type': 'text/plain' },
      body: 'ok',
    });
    expect(clean.notes.some((n) => n.rule === 'L-R9')).toBe(false);
  });
});
