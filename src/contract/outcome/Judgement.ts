import type { ClientResponse, ProxyNote, ProxyProblem } from '../types.js';

/**
 * What a judge knows about a rejection that the front end's usual error note (and response) would get wrong:
 * ALB's log reason for an oversized response, REST's 500 for undecodable binary, a result never sent.
 */
export interface Failure {
  note: { message: string; rule: string };
  /** The client's response, when it is not the front end's usual error response. */
  response?: () => ClientResponse;
}

/** Collects, while one result is judged, what the front end objects to and what it did on its own. */
export class Judgement {
  readonly problems: ProxyProblem[] = [];
  readonly notes: ProxyNote[] = [];
  errors = 0;
  warnings = 0;
  /** Set by a judge when the rejection differs from the front end's usual one. */
  failure: Failure | undefined = undefined;

  error(path: string, message: string, rule: string, hint?: string): void {
    this.errors++;
    this.problems.push(problem('error', path, message, rule, hint));
  }

  warn(path: string, message: string, rule: string, hint?: string): void {
    this.warnings++;
    this.problems.push(problem('warning', path, message, rule, hint));
  }

  note(path: string, message: string, rule: string): void {
    this.notes.push({ path, message, rule });
  }

  /** Strict mode: every warning counts as an error, so that `accepted` stays "no problem of severity error". */
  promoteWarnings(): void {
    if (this.warnings === 0) return;
    for (const problem of this.problems) problem.severity = 'error';
    this.errors += this.warnings;
    this.warnings = 0;
  }
}

function problem(
  severity: ProxyProblem['severity'],
  path: string,
  message: string,
  rule: string,
  hint: string | undefined,
): ProxyProblem {
  return hint === undefined ? { severity, path, message, rule } : { severity, path, message, hint, rule };
}
