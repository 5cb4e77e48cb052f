import { parseArgs } from 'node:util';
import { webSocket } from '../index.js';
import { webSocketEventHelp } from './help.js';
import { headersFrom } from './runEvent.js';
import { type CliRun, parseArgsError, usageError } from './usageError.js';

const COMMAND = 'event websocket';
const KINDS = ['connect', 'message', 'disconnect'] as const;
type Kind = (typeof KINDS)[number];

const OPTIONS = {
  header: { type: 'string', short: 'H', multiple: true },
  query: { type: 'string', short: 'q', multiple: true },
  body: { type: 'string' },
  json: { type: 'string' },
  route: { type: 'string' },
  status: { type: 'string' },
  reason: { type: 'string' },
  'source-ip': { type: 'string' },
  stage: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

// Each event type carries only its own fields (docs/lattice-websocket.md): headers and a query only on the
// upgrade request, a frame only on a message, a close code only on $disconnect.
const ONLY: Readonly<Record<string, Kind>> = {
  header: 'connect',
  query: 'connect',
  body: 'message',
  json: 'message',
  route: 'message',
  status: 'disconnect',
  reason: 'disconnect',
};

// One value per name, as the CONNECT event's headers map holds the upgrade request's headers.
function singleValues(headers: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]),
  );
}

function queryFrom(pairs: readonly string[]): string {
  return pairs
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals === -1 ? pair : pair.slice(0, equals);
      const value = equals === -1 ? '' : pair.slice(equals + 1);
      return `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
    })
    .join('&');
}

/**
 * `lambda-proxy-matchers event websocket connect|message|disconnect`: a WebSocket API's proxy event.
 * @example runWebSocketEvent(['message', '--route', 'chat', '--json', '{"text":"hi"}']).stdout // '{\n  "requestContext": …'
 */
export function runWebSocketEvent(args: string[]): CliRun {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return parseArgsError(COMMAND, error, OPTIONS);
  }
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, stdout: webSocketEventHelp, stderr: '' };
  const [kind, ...extra] = positionals;
  if (kind === undefined || !(KINDS as readonly string[]).includes(kind))
    return usageError(
      COMMAND,
      `needs the event type, connect, message or disconnect${kind === undefined ? '' : `; got ${kind}`}`,
    );
  if (extra.length > 0) return usageError(COMMAND, `unexpected ${extra.join(' ')} after ${kind}`);
  for (const [option, only] of Object.entries(ONLY)) {
    if (values[option as keyof typeof values] !== undefined && only !== kind)
      return usageError(COMMAND, `--${option} belongs to a ${only} event, not to ${kind}`);
  }
  const common: { sourceIp?: string; stage?: string } = {};
  if (values['source-ip'] !== undefined) common.sourceIp = values['source-ip'];
  if (values.stage !== undefined) common.stage = values.stage;

  let event: unknown;
  try {
    if (kind === 'connect') {
      const headers = headersFrom(values.header ?? []);
      if (typeof headers === 'string') return usageError(COMMAND, headers);
      event = webSocket.connect({
        ...common,
        ...(values.header ? { headers: singleValues(headers) } : {}),
        ...(values.query ? { query: queryFrom(values.query) } : {}),
      });
    } else if (kind === 'message') {
      if (values.body !== undefined && values.json !== undefined)
        return usageError(COMMAND, 'give the frame once: --body for raw text or --json for a JSON value');
      let body = values.body ?? '';
      if (values.json !== undefined) {
        try {
          body = JSON.stringify(JSON.parse(values.json));
        } catch (error) {
          return usageError(
            COMMAND,
            `--json needs JSON text (${(error as Error).message}); use --body for raw text`,
          );
        }
      }
      event = webSocket.message(body, {
        ...common,
        ...(values.route === undefined ? {} : { route: values.route }),
      });
    } else {
      const status = values.status === undefined ? undefined : Number(values.status);
      if (status !== undefined && !(Number.isInteger(status) && status >= 1000 && status <= 4999))
        return usageError(
          COMMAND,
          `--status ${values.status} is not a close code; use 1000 to 4999, e.g. 1001 (going away)`,
        );
      event = webSocket.disconnect({
        ...common,
        ...(status === undefined ? {} : { statusCode: status }),
        ...(values.reason === undefined ? {} : { reason: values.reason }),
      });
    }
  } catch (error) {
    return usageError(COMMAND, (error as Error).message);
  }
  return { code: 0, stdout: `${JSON.stringify(event, null, 2)}\n`, stderr: '' };
}
