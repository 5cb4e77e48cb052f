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

  it("L-R9: ALB's checks word their messages for VPC Lattice, and on ALB still for ALB", () => {
    const result = { statusCode: '200', isBase64Encoded: false, headers: {}, body: null };
    const messages = (o: ReturnType<typeof inspect>) => o.problems.map((p) => `${p.rule} ${p.message}`);
    expect(messages(inspect(result))).toEqual([
      'A-3 statusCode must be a JSON number for VPC Lattice, but it is the string "200"',
      'A-4 body is null, which VPC Lattice rejects (API Gateway and function URLs accept it)',
    ]);
    expect(messages(inspectProxyResult(result, { integration: 'alb' }))).toEqual([
      'A-3 statusCode must be a JSON number for ALB, but it is the string "200"',
      'A-4 body is null, which ALB rejects (API Gateway and function URLs accept it)',
    ]);
  });

  it('L-R9: a default Content-Type and a decoded body are noted as VPC Lattice doing them', () => {
    const out = inspect({ statusCode: 200, headers: {}, isBase64Encoded: true, body: 'AQID' });
    expect(out.notes.map((n) => n.message)).toEqual(
      expect.arrayContaining([
        'VPC Lattice decoded the base64 body',
        'no Content-Type was set, so VPC Lattice added content-type: application/octet-stream',
      ]),
    );
    expect(out.notes.some((n) => n.rule !== 'L-R9' && /\bALB\b/.test(n.message))).toBe(false);
  });

  it('L-R9: a result that is no object needs a response object on VPC Lattice, not on ALB', () => {
    expect(inspect('hello').problems[0]?.message).toBe(
      'the result is a string, but VPC Lattice needs a response object',
    );
  });

  it('L-R9: multiValueHeaders are judged ignored as on ALB (A-H3), without advice about target groups', () => {
    const out = inspect({
      statusCode: 200,
      isBase64Encoded: false,
      headers: {},
      multiValueHeaders: { 'X-A': ['1'] },
    });
    const ignored = out.problems.find((p) => p.rule === 'A-H3');
    expect(ignored?.message).toBe(
      "VPC Lattice ignores multiValueHeaders, judged as ALB with multi-value headers off (AWS behaviour unverified), so 'X-A', missing from or different in headers, never reach the client",
    );
    expect(ignored?.hint).toBe('put them in headers, one value per name');
    expect(ignored?.hint).not.toMatch(/target group|alb-multi-value/);
  });

  it("L-R9: the note that the rules are ALB's comes with any of their messages, even one naming no front end", () => {
    const out = inspect({
      statusCode: 200.5,
      isBase64Encoded: false,
      headers: { 'content-type': 'text/plain' },
    });
    expect(out.problems.map((p) => p.rule)).toEqual(['A-3']);
    expect(out.notes.filter((n) => n.rule === 'L-R9').map((n) => n.message)).toEqual([
      "VPC Lattice documents ALB's response shape, so this result is judged by ALB's rules, whose ids (A-…) the messages cite (L-R9, unverified)",
    ]);
    const alb = inspectProxyResult({ statusCode: 200.5 }, { integration: 'alb' });
    expect(alb.notes.some((n) => n.rule === 'L-R9')).toBe(false);
  });
});
