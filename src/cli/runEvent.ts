import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  type AuthorizerInit,
  albEvent,
  type EventInit,
  functionUrlEvent,
  httpApiEvent,
  httpApiV1Event,
  type Integration,
  latticeEvent,
  restApiEvent,
} from '../index.js';
import { eventHelp } from './help.js';
import { runWebSocketEvent } from './runWebSocketEvent.js';
import { type CliRun, parseArgsError, usageError } from './usageError.js';

type Factory = (init: EventInit) => unknown;

// Every integration has its factory (the compiler checks), and `http` is the HTTP API's current payload.
const FACTORIES: Readonly<Record<Integration | 'http', Factory>> = {
  rest: (init) => restApiEvent(init as Parameters<typeof restApiEvent>[0]),
  http: (init) => httpApiEvent(init as Parameters<typeof httpApiEvent>[0]),
  'http-2.0': (init) => httpApiEvent(init as Parameters<typeof httpApiEvent>[0]),
  'http-1.0': (init) => httpApiV1Event(init as Parameters<typeof httpApiV1Event>[0]),
  alb: (init) => albEvent(init as Parameters<typeof albEvent>[0]),
  'alb-multi-value': (init) => albEvent({ ...init, multiValue: true } as Parameters<typeof albEvent>[0]),
  'function-url': (init) => functionUrlEvent(init as Parameters<typeof functionUrlEvent>[0]),
  lattice: (init) => latticeEvent(init as Parameters<typeof latticeEvent>[0]),
};

/** The integrations the help lists; `http-2.0` and `alb-multi-value` are accepted too. */
export const EVENT_INTEGRATIONS = [
  'rest',
  'http',
  'http-1.0',
  'alb',
  'function-url',
  'lattice',
  'websocket',
] as const;

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

const OPTIONS = {
  header: { type: 'string', short: 'H', multiple: true },
  query: { type: 'string', short: 'q', multiple: true },
  cookie: { type: 'string', multiple: true },
  json: { type: 'string' },
  body: { type: 'string' },
  'body-file': { type: 'string' },
  'source-ip': { type: 'string' },
  authorizer: { type: 'string' },
  claims: { type: 'string', multiple: true },
  route: { type: 'string' },
  stage: { type: 'string' },
  'multi-value': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `K:V` pairs into headers; a header given twice keeps both values, as a client sending it twice would. */
export function headersFrom(pairs: readonly string[]): Record<string, string | string[]> | string {
  const headers: Record<string, string | string[]> = {};
  for (const pair of pairs) {
    const colon = pair.indexOf(':');
    const name = colon === -1 ? '' : pair.slice(0, colon).trim();
    if (name === '')
      return `--header ${pair} needs the form Name:value, e.g. --header "Accept: application/json"`;
    const value = pair.slice(colon + 1).trim();
    const previous = headers[name];
    headers[name] =
      previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return headers;
}

function queryFrom(pairs: readonly string[]): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    const name = equals === -1 ? pair : pair.slice(0, equals);
    const value = equals === -1 ? '' : pair.slice(equals + 1);
    const previous = query[name];
    query[name] =
      previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return query;
}

/**
 * `--authorizer JSON` (any AuthorizerInit, e.g. {"lambda":{"tenant":"t1"}}) or `--claims name=value` pairs (a
 * Cognito or JWT authorizer's claims); a string is the reason they cannot be used.
 */
function authorizerFrom(
  json: string | undefined,
  claims: readonly string[] | undefined,
): AuthorizerInit | string | undefined {
  if (json !== undefined && claims !== undefined)
    return 'give --authorizer or --claims, not both: --claims is short for --authorizer \'{"claims": {…}}\'';
  if (claims !== undefined) {
    const bad = claims.find((pair) => pair.indexOf('=') < 1);
    if (bad !== undefined) return `--claims ${bad} needs the form name=value, e.g. --claims sub=user-1`;
    return { claims: queryFrom(claims) };
  }
  if (json === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return `--authorizer needs JSON text (${(error as Error).message}), e.g. --authorizer '{"lambda": {"tenant": "t1"}}'`;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return `--authorizer needs a JSON object such as {"claims": {"sub": "user-1"}}, {"lambda": {…}} or {"iam": {}}`;
  return value as AuthorizerInit;
}

/**
 * `lambda-proxy-matchers event INTEGRATION METHOD PATH`: prints an event from the library's factories.
 * @example runEvent(['rest', 'POST', '/items', '--json', '{"name":"pen"}']).stdout // '{\n  "resource": "/items", …'
 */
export function runEvent(
  args: string[],
  io: { readBytes: (path: string) => Uint8Array } = { readBytes: readFileSync },
): CliRun {
  // A WebSocket event has an event type, not a method and path, and options of its own.
  if (args[0] === 'websocket') return runWebSocketEvent(args.slice(1));
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return parseArgsError('event', error, OPTIONS);
  }
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, stdout: eventHelp, stderr: '' };
  const [integration, method, path, ...extra] = positionals;
  if (integration === 'websocket')
    return usageError('event', 'put websocket first, then its options: event websocket connect -H "…"');
  if (integration === undefined || method === undefined || path === undefined) {
    return usageError('event', 'needs INTEGRATION METHOD PATH, e.g. event rest GET /items/42');
  }
  if (extra.length > 0)
    return usageError('event', `unexpected ${extra.join(' ')} after PATH (quote a path with spaces)`);
  const factory = Object.hasOwn(FACTORIES, integration)
    ? FACTORIES[integration as keyof typeof FACTORIES]
    : undefined;
  if (factory === undefined) {
    return usageError(
      'event',
      `${integration} is not an integration; use one of ${EVENT_INTEGRATIONS.join(', ')}`,
    );
  }
  const upper = method.toUpperCase();
  if (!METHODS.includes(upper))
    return usageError('event', `${method} is not a method; use one of ${METHODS.join(', ')}`);
  if (!path.startsWith('/')) return usageError('event', `PATH must start with /, got ${path}`);

  const init: EventInit = { method: upper as NonNullable<EventInit['method']>, path };
  if (values.header) {
    const headers = headersFrom(values.header);
    if (typeof headers === 'string') return usageError('event', headers);
    init.headers = headers;
  }
  if (values.query) init.query = queryFrom(values.query);
  if (values.cookie) {
    const bad = values.cookie.find((cookie) => !cookie.includes('='));
    if (bad !== undefined) return usageError('event', `--cookie ${bad} needs the form name=value`);
    init.cookies = values.cookie;
  }
  const bodies = [values.json, values.body, values['body-file']].filter((given) => given !== undefined);
  if (bodies.length > 1) {
    return usageError(
      'event',
      'give the body once: --json for a JSON value, --body for raw text, or --body-file for a file',
    );
  }
  if (values.json !== undefined) {
    try {
      init.json = JSON.parse(values.json);
    } catch (error) {
      return usageError(
        'event',
        `--json needs JSON text (${(error as Error).message}); use --body for raw text`,
      );
    }
  }
  if (values.body !== undefined) init.body = values.body;
  if (values['body-file'] !== undefined) {
    const file = values['body-file'];
    try {
      // Bytes, not text: the factory sends them base64 with isBase64Encoded, as the front end does for binary.
      init.body = new Uint8Array(io.readBytes(file));
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      return usageError('event', `--body-file cannot read ${file}: ${reason}`);
    }
  }
  if (values['source-ip'] !== undefined) init.sourceIp = values['source-ip'];
  const authorizer = authorizerFrom(values.authorizer, values.claims);
  if (typeof authorizer === 'string') return usageError('event', authorizer);
  if (authorizer !== undefined) init.authorizer = authorizer;
  if (values.route !== undefined) init.route = values.route;
  if (values.stage !== undefined) init.stage = values.stage;
  if (values['multi-value']) init.multiValue = true;

  try {
    return { code: 0, stdout: `${JSON.stringify(factory(init), null, 2)}\n`, stderr: '' };
  } catch (error) {
    return usageError('event', (error as Error).message);
  }
}
