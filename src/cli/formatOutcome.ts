import { STATUS_CODES } from 'node:http';
import type { ProxyOutcome, ProxyProblem } from '../index.js';
import { integrationLabel } from '../index.js';
import type { Palette } from './palette.js';

export interface FormatOptions {
  /** How the input was read (e.g. from amplify mock's "Result:" line), shown last. */
  inputNotes?: readonly string[];
  /** `--strict` was given: say so when only warnings made the result unacceptable. */
  strict?: boolean;
}

const MAX_BODY_CHARS = 2000;

/** `404 Not Found`: the status with Node's reason phrase, when it has one. */
export function statusLine(status: number): string {
  const reason = STATUS_CODES[status];
  return reason === undefined ? String(status) : `${status} ${reason}`;
}

function verdict(outcome: ProxyOutcome, p: Palette, strict: boolean): string {
  const frontEnd = integrationLabel(outcome.integration);
  const status = statusLine(outcome.response.status);
  if (outcome.functionError) {
    return p.red(`✗ The function failed, so ${frontEnd} answers ${status}.`);
  }
  if (outcome.accepted) return p.green(`✓ ${frontEnd} accepts this result: the client gets ${status}.`);
  // The core turns warnings into errors under strict, so the report cannot tell which were warnings: say so.
  const strictly = strict ? ' (--strict counts warnings as errors)' : '';
  return p.red(
    `✗ ${frontEnd} rejects this result: the client gets ${status}, not the response you built${strictly}.`,
  );
}

function problemLines(problem: ProxyProblem, p: Palette): string[] {
  const tag = problem.severity === 'error' ? p.red('error  ') : p.yellow('warning');
  const where = problem.path === '' ? 'the result' : problem.path;
  const rule = problem.rule ? p.dim(` [${problem.rule}]`) : '';
  const lines = [`  ${tag} ${p.bold(where)}: ${problem.message}${rule}`];
  if (problem.hint) lines.push(`          ${p.cyan(`fix: ${problem.hint}`)}`);
  return lines;
}

function bodyText(bytes: Uint8Array, body: string): string | undefined {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  // Control characters other than tab and line breaks mean bytes, not text.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(body) ? undefined : body;
}

function responseLines(outcome: ProxyOutcome, p: Palette): string[] {
  const { status, headers, body, bodyBytes } = outcome.response;
  const lines = [p.bold('The client receives'), `  HTTP ${statusLine(status)}`];
  for (const [name, values] of Object.entries(headers)) {
    for (const value of values) lines.push(`  ${p.dim(`${name}:`)} ${value}`);
  }
  lines.push('');
  if (bodyBytes.length === 0) {
    lines.push(`  ${p.dim('(empty body)')}`);
    return lines;
  }
  const text = bodyText(bodyBytes, body);
  if (text === undefined) {
    lines.push(`  ${p.dim(`(${bodyBytes.length} bytes of binary data; --json gives them in base64)`)}`);
    return lines;
  }
  const shown = text.length > MAX_BODY_CHARS ? text.slice(0, MAX_BODY_CHARS) : text;
  for (const line of shown.split('\n')) lines.push(`  ${line}`);
  if (shown !== text) {
    lines.push(
      `  ${p.dim(`… ${text.length - MAX_BODY_CHARS} more characters (--json prints the whole body)`)}`,
    );
  }
  return lines;
}

/**
 * The human report of `check`: the verdict, each problem with its path and fix, what the front end added,
 * and the response the client receives.
 * @example formatOutcome(inspectProxyResult({ message: 'hi' }), palette(false))
 */
export function formatOutcome(outcome: ProxyOutcome, p: Palette, options: FormatOptions = {}): string {
  const lines = [verdict(outcome, p, options.strict === true)];
  if (outcome.problems.length > 0) {
    lines.push('');
    for (const problem of outcome.problems) lines.push(...problemLines(problem, p));
  }
  if (outcome.notes.length > 0) {
    lines.push('', p.bold(`What ${integrationLabel(outcome.integration)} did`));
    for (const note of outcome.notes) {
      const rule = note.rule ? p.dim(` [${note.rule}]`) : '';
      lines.push(`  - ${note.path === '' ? '' : `${p.bold(note.path)}: `}${note.message}${rule}`);
    }
  }
  lines.push('', ...responseLines(outcome, p));
  for (const note of options.inputNotes ?? []) lines.push('', p.dim(`Note: ${note}.`));
  return `${lines.join('\n')}\n`;
}
