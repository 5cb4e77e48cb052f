import { parseArgs } from 'node:util';
import {
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
import { type CliRun, usageError } from './usageError.js';

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
export const EVENT_INTEGRATIONS = ['rest', 'http', 'http-1.0', 'alb', 'function-url'] as const;

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

const OPTIONS = {
  header: { type: 'string', short: 'H', multiple: true },
  query: { type: 'string', short: 'q', multiple: true },
  cookie: { type: 'string', multiple: true },
  json: { type: 'string' },
  body: { type: 'string' },
  route: { type: 'string' },
  stage: { type: 'string' },
  'multi-value': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `K:V` pairs into headers; a header given twice keeps both values, as a client sending it twice would. */
function headersFrom(pairs: readonly string[]): Record<string, string | string[]> | string {
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
 * `lambda-proxy-matchers event INTEGRATION METHOD PATH`: prints an event from the library's factories.
 * @example runEvent(['rest', 'POST', '/items', '--json', '{"name":"pen"}']).stdout // '{\n  "resource": "/items", …'
 */
export function runEvent(args: string[]): CliRun {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError('event', (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, stdout: eventHelp, stderr: '' };
  const [integration, method, path, ...extra] = positionals;
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
  if (values.json !== undefined && values.body !== undefined) {
    return usageError('event', 'give the body once: --json for a JSON value, or --body for raw text');
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
  if (values.route !== undefined) init.route = values.route;
  if (values.stage !== undefined) init.stage = values.stage;
  if (values['multi-value']) init.multiValue = true;

  try {
    return { code: 0, stdout: `${JSON.stringify(factory(init), null, 2)}\n`, stderr: '' };
  } catch (error) {
    return usageError('event', (error as Error).message);
  }
}
