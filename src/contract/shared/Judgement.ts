import type { ProxyNote, ProxyProblem } from '../types.js';

/** Collects, while one result is judged, what the front end objects to and what it did on its own. */
export class Judgement {
  readonly problems: ProxyProblem[] = [];
  readonly notes: ProxyNote[] = [];
  errors = 0;
  warnings = 0;

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
