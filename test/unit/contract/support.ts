// Helpers for the rule tables: one row is one behaviour from proxy-rules.md, named by its rule id.
import { expect } from 'vitest';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import type { InspectOptions, Integration, ProxyOutcome } from '../../../src/contract/types.js';

export interface RuleRow {
  /** The rule id(s) in proxy-rules.md the row demonstrates. */
  rule: string;
  /** The behaviour, as the specification states it. */
  does: string;
  result: unknown;
  options?: InspectOptions;
  status: number;
  /** The body the client reads; checked when given. */
  body?: string;
  /** Every header the client gets; checked exactly when given. */
  headers?: Record<string, string[]>;
  /** Exactly the problems, as `'<severity> <rule>'`, in order. Omitted: none. */
  problems?: string[];
  /** Rule ids that must be among the notes. */
  notes?: string[];
}

export function problemKeys(outcome: ProxyOutcome): string[] {
  return outcome.problems.map((p) => `${p.severity} ${p.rule}`);
}

export function noteRules(outcome: ProxyOutcome): string[] {
  return outcome.notes.map((n) => n.rule ?? '');
}

/** Judges `row.result` through `integration` and checks everything the row states. */
export function checkRow(integration: Integration, row: RuleRow): ProxyOutcome {
  const outcome = inspectProxyResult(row.result, { integration, ...row.options });
  const problems = row.problems ?? [];
  expect(problemKeys(outcome)).toEqual(problems);
  expect(outcome.accepted).toBe(!problems.some((p) => p.startsWith('error')));
  expect(outcome.response.status).toBe(row.status);
  if (row.body !== undefined) expect(outcome.response.body).toBe(row.body);
  if (row.headers !== undefined) expect(outcome.response.headers).toEqual(row.headers);
  if (row.notes !== undefined) expect(noteRules(outcome)).toEqual(expect.arrayContaining(row.notes));
  return outcome;
}

export const REST_ERROR_BODY = '{"message": "Internal server error"}';
export const HTTP_API_ERROR_BODY = '{"message":"Internal Server Error"}';
export const ALB_ERROR_BODY =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n';
export const FUNCTION_URL_ERROR_BODY = 'Internal Server Error';

export const JSON_TYPE = { 'content-type': ['application/json'] };
export const TEXT_TYPE = { 'content-type': ['text/plain; charset=utf-8'] };
export const OCTET_TYPE = { 'content-type': ['application/octet-stream'] };

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * What holds for every outcome, whatever the result was: the invariants the property and hostile-value tests
 * check. `errorResponse` is the front end's own error response (from inspectProxyError), when known.
 */
export function checkInvariants(outcome: ProxyOutcome, errorResponse?: ProxyOutcome['response']): void {
  const { response, problems, notes } = outcome;
  expect(Number.isInteger(response.status) && response.status >= 100 && response.status <= 599).toBe(true);
  for (const [name, values] of Object.entries(response.headers)) {
    expect(name).toBe(name.toLowerCase());
    expect(Array.isArray(values) && values.length > 0).toBe(true);
    for (const value of values) expect(typeof value).toBe('string');
  }
  expect(response.bodyBytes).toBeInstanceOf(Uint8Array);
  expect(decoder.decode(response.bodyBytes)).toBe(response.body);
  expect(outcome.accepted).toBe(!problems.some((p) => p.severity === 'error'));
  if (outcome.functionError) expect(outcome.accepted).toBe(false);
  // REST's one rejection with a response of its own: undecodable binary is a 500 (R-64b).
  const conversionFailed =
    problems.some((p) => p.rule === 'R-64b' && p.severity === 'error') &&
    !problems.some((p) => p.rule === '§7');
  if (conversionFailed) expect(response.status).toBe(500);
  else if (!outcome.accepted && errorResponse !== undefined) expect(response).toEqual(errorResponse);
  for (const problem of problems) {
    expect(['error', 'warning']).toContain(problem.severity);
    expect(problem.message.length).toBeGreaterThan(0);
    expect(typeof problem.path).toBe('string');
    expect(problem.rule).toMatch(/\S/);
    if (problem.hint !== undefined) expect(problem.hint.length).toBeGreaterThan(0);
  }
  for (const note of notes) {
    expect(note.message.length).toBeGreaterThan(0);
    expect(note.rule).toMatch(/\S/);
  }
  expect(() => JSON.stringify({ ...outcome, response: { ...response, bodyBytes: undefined } })).not.toThrow();
}

/**
 * The L-R2 problems Lattice adds to a result without `headers` or `isBase64Encoded` (its docs call both
 * required; judged optional with a warning, an error under strict), as problemKeys prints them. Other
 * integrations add none, so a cross-integration test can expect `[...latticeRequired(…), …its own]`.
 */
export function latticeRequired(integration: Integration, result: unknown, strict = false): string[] {
  if (integration !== 'lattice' || result === null || typeof result !== 'object') return [];
  const fields = result as Record<string, unknown>;
  const key = `${strict ? 'error' : 'warning'} L-R2`;
  return [fields.headers, fields.isBase64Encoded].filter((value) => value === undefined).map(() => key);
}
