import type { WebSocketOutcome } from '../index.js';
import { statusLine } from './formatOutcome.js';
import type { Palette } from './palette.js';

const ROUTE_NAMES = { connect: '$connect', disconnect: '$disconnect', message: 'message route' } as const;

/** Exit 0 when API Gateway read the result and nothing in it is an error (a 4xx handshake is an answer). */
export function webSocketExitCode(outcome: WebSocketOutcome, functionError: boolean): 0 | 1 {
  const broken = !outcome.accepted || functionError || outcome.problems.some((p) => p.severity === 'error');
  return broken ? 1 : 0;
}

function verdict(outcome: WebSocketOutcome, frontEnd: string, failed: boolean, p: Palette): string {
  const { client } = outcome;
  const sees =
    client.kind === 'accepted'
      ? 'accepts the connection: the client gets 101 Switching Protocols'
      : client.kind === 'rejected'
        ? `rejects the connection: the client gets ${statusLine(client.status)}`
        : client.kind === 'frame'
          ? `sends the client ${client.error ? 'its own error frame' : 'the body as a text frame'}`
          : client.kind === 'closed'
            ? `closes the connection with code ${client.code}`
            : 'sends the client nothing';
  if (failed) return p.red(`✗ The function failed, so ${frontEnd} ${sees}.`);
  if (!outcome.accepted) return p.red(`✗ ${frontEnd} cannot read this result, so it ${sees}.`);
  const mark = outcome.problems.some((problem) => problem.severity === 'error') ? p.red('✗') : p.green('✓');
  return `${mark} ${frontEnd} ${sees}.`;
}

function clientLines(outcome: WebSocketOutcome, p: Palette): string[] {
  const { client } = outcome;
  const lines = [p.bold('The client receives')];
  if (client.kind === 'accepted') {
    lines.push('  HTTP 101 Switching Protocols');
    for (const [name, value] of Object.entries(client.headers)) lines.push(`  ${p.dim(`${name}:`)} ${value}`);
  } else if (client.kind === 'rejected') {
    lines.push(`  HTTP ${statusLine(client.status)}`);
  } else if (client.kind === 'frame') {
    lines.push(`  ${p.dim('a text frame:')}`);
    for (const line of client.text.split('\n')) lines.push(`  ${line}`);
  } else if (client.kind === 'closed') {
    lines.push(`  a close frame with code ${client.code}`);
  } else {
    lines.push(`  ${p.dim('(nothing)')}`);
  }
  return lines;
}

/**
 * The human report of `check --integration websocket`: the verdict, the problems, what API Gateway did and
 * what the WebSocket client receives (a handshake answer, a frame or nothing).
 * @example formatWebSocketOutcome(judgeWebSocket({ statusCode: 200 }, { route: 'connect' }), palette(false))
 */
export function formatWebSocketOutcome(
  outcome: WebSocketOutcome,
  p: Palette,
  options: { functionError?: boolean; twoWay?: boolean; inputNotes?: readonly string[] } = {},
): string {
  const way = outcome.route === 'message' ? (options.twoWay ? ', two-way' : ', one-way') : '';
  const frontEnd = `API Gateway (WebSocket, ${ROUTE_NAMES[outcome.route]}${way})`;
  const lines = [verdict(outcome, frontEnd, options.functionError === true, p)];
  if (outcome.problems.length > 0) {
    lines.push('');
    for (const problem of outcome.problems) {
      const tag = problem.severity === 'error' ? p.red('error  ') : p.yellow('warning');
      // Most WebSocket messages end with their rule already, as "(WS-4)".
      const rule = problem.message.includes(`(${problem.rule}`) ? '' : p.dim(` [${problem.rule}]`);
      lines.push(`  ${tag} ${problem.message}${rule}`);
    }
  }
  if (outcome.notes.length > 0) {
    lines.push('', p.bold('What API Gateway did'));
    for (const note of outcome.notes) lines.push(`  - ${note.message}${p.dim(` [${note.rule}]`)}`);
  }
  lines.push('', ...clientLines(outcome, p));
  for (const note of options.inputNotes ?? []) lines.push('', p.dim(`Note: ${note}.`));
  return `${lines.join('\n')}\n`;
}
