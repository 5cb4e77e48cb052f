// Rows of what REST's judge tells the user: the status the client gets, and every problem (its field, rule,
// message and fix) and note, in full. rest.test.ts checks each rule's verdict; these pin what each refusal or
// tolerance says, so a rule id, a path, an unverified caveat or a key dropped from REST's key list cannot
// change unnoticed. The rows were read from the judge and checked against proxy-rules.md §3.
import { expect, it } from 'vitest';
import { inspectProxyResult } from '../../../../src/contract/inspectProxyResult.js';
import type { InspectOptions, ProxyNote, ProxyProblem } from '../../../../src/contract/types.js';

export interface RestRow {
  what: string;
  result: unknown;
  options: Omit<InspectOptions, 'integration'>;
  status: number;
  problems: Pick<ProxyProblem, 'severity' | 'path' | 'rule' | 'message' | 'hint'>[];
  notes: Pick<ProxyNote, 'path' | 'rule' | 'message'>[];
}

/** One test per row: the outcome's status, problems and notes are exactly the row's. */
export function checkRestRows(rows: RestRow[]): void {
  it.each(rows)('$what', ({ result, options, status, problems, notes }) => {
    const outcome = inspectProxyResult(result, { integration: 'rest', ...options });
    expect(outcome.response.status).toBe(status);
    const told = outcome.problems.map(({ severity, path, rule, message, hint }) => ({
      severity,
      path,
      rule,
      message,
      hint,
    }));
    expect(told).toEqual(problems);
    expect(outcome.notes.map(({ path, rule, message }) => ({ path, rule, message }))).toEqual(notes);
  });
}
