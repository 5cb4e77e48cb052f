import { HTTP_TOKEN } from '../../internal/httpToken.js';
import { isPlainObject } from '../../internal/isPlainObject.js';
import { defaultRequestIds, type RequestIds, requestIds } from '../layouts/requestIds.js';
import { type RequestTime, requestTime } from '../layouts/requestTime.js';
import type { AuthorizerInit, HttpMethod } from '../types.js';
import { describe, EventInitError } from './eventInitError.js';

const { isArray } = Array;
const { keys } = Object;
const objectTag = Object.prototype.toString;

/** The front ends the factories build for; `alb` covers both ALB modes. */
export type IntegrationRules = 'rest' | 'http-1.0' | 'http-2.0' | 'function-url' | 'alb';

/** A header the caller set: its name as written, and its values (`undefined` removes a default header). */
export type HeaderInput = readonly [name: string, values: readonly string[] | undefined];

/** An init checked field by field and brought to one form, ready for a front end to lay out. */
export interface NormalizedRequest {
  factory: string;
  method: HttpMethod;
  /** Without the query string, exactly as given. */
  path: string;
  /** The query string as the client sends it, without `?`; `''` when there is none. */
  rawQuery: string;
  headers: HeaderInput[] | undefined;
  /** `name=value` strings. */
  cookies: string[] | undefined;
  /** The body as the event carries it (base64 text for bytes); `undefined` when there is none. */
  body: string | undefined;
  base64: boolean;
  /** The Content-Type a client would send for `json` or bytes, unless the caller set one. */
  impliedContentType: string | undefined;
  route: string | undefined;
  pathParameters: Record<string, string> | undefined;
  stage: string | undefined;
  stageVariables: Record<string, string> | undefined;
  sourceIp: string | undefined;
  authorizer: AuthorizerInit | undefined;
  multiValue: boolean;
  time: RequestTime;
  ids: RequestIds;
  overrides: Record<string, unknown> | undefined;
}

// Null-prototype lookups, so 'constructor' or 'toString' as a method or field name finds nothing.
const METHODS: Record<string, HttpMethod> = Object.assign(Object.create(null), {
  GET: 'GET',
  POST: 'POST',
  PUT: 'PUT',
  PATCH: 'PATCH',
  DELETE: 'DELETE',
  HEAD: 'HEAD',
  OPTIONS: 'OPTIONS',
  get: 'GET',
  post: 'POST',
  put: 'PUT',
  patch: 'PATCH',
  delete: 'DELETE',
  head: 'HEAD',
  options: 'OPTIONS',
});

const FIELDS = [
  'method',
  'path',
  'query',
  'headers',
  'cookies',
  'body',
  'json',
  'route',
  'pathParameters',
  'stage',
  'stageVariables',
  'sourceIp',
  'authorizer',
  'multiValue',
  'time',
  'seed',
  'overrides',
];
const KNOWN = new Set(FIELDS);

// Event field names people reach for first, mapped to the init field that sets them.
const SUGGEST: Record<string, string> = Object.assign(Object.create(null), {
  httpMethod: 'method',
  queryStringParameters: 'query',
  multiValueQueryStringParameters: 'query',
  multiValueHeaders: 'headers',
  rawQueryString: 'path',
  rawPath: 'path',
  resource: 'route',
  routeKey: 'route',
  isBase64Encoded: 'body (a Uint8Array is sent base64)',
  requestContext: 'overrides',
  ip: 'sourceIp',
  qs: 'query',
});

const FRONT_END_NAME: Record<IntegrationRules, string> = {
  rest: 'REST APIs',
  'http-1.0': 'HTTP APIs',
  'http-2.0': 'HTTP APIs',
  'function-url': 'function URLs',
  alb: 'ALB targets',
};

// Which init fields each front end cannot express, and why; these are refused rather than silently dropped.
const UNSUPPORTED: Record<IntegrationRules, Record<string, string>> = {
  rest: { multiValue: 'multi-value mode is an ALB target group setting; REST events always carry both maps' },
  'http-1.0': {
    multiValue: 'multi-value mode is an ALB target group setting; payload 1.0 always carries both maps',
  },
  'http-2.0': {
    multiValue: 'multi-value mode is an ALB target group setting; payload 2.0 joins values with commas',
  },
  'function-url': {
    route: 'a function URL has no routes: every path reaches the function',
    pathParameters: 'a function URL has no routes, so no path parameters: read rawPath',
    stage: 'a function URL has no stages',
    stageVariables: 'a function URL has no stages, so no stage variables',
    multiValue: 'multi-value mode is an ALB target group setting',
  },
  alb: {
    route: 'an ALB has listener rules, not routes: the event carries only the path',
    pathParameters: 'an ALB event has no path parameters: read path',
    stage: 'an ALB has no stages',
    stageVariables: 'an ALB has no stages, so no stage variables',
    authorizer: 'an ALB event carries no authorizer (ALB authentication arrives as x-amzn-oidc-* headers)',
  },
};

const LINE_BREAK = /[\r\n]/;
const STAGE = /^[A-Za-z0-9_-]+$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

/** True for a bare IPv4 or IPv6 address, the only forms AWS puts in `sourceIp`. */
export function isIpAddress(text: string): boolean {
  if (IPV4.test(text)) return true;
  if (!text.includes(':')) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  let groups = 0;
  for (let h = 0; h < halves.length; h++) {
    const half = halves[h] as string;
    if (half === '') continue;
    const parts = half.split(':');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      const last = h === halves.length - 1 && i === parts.length - 1;
      if (last && part.includes('.')) {
        if (!IPV4.test(part)) return false;
        groups += 2;
      } else if (HEX_GROUP.test(part)) {
        groups += 1;
      } else {
        return false;
      }
    }
  }
  return halves.length === 2 ? groups < 8 : groups === 8;
}

// By tag rather than instanceof, so a Buffer or a Uint8Array from another realm (jest's vm context) counts.
function isBytes(value: unknown): value is Uint8Array {
  return value !== null && typeof value === 'object' && objectTag.call(value) === '[object Uint8Array]';
}

function fail(factory: string, message: string): never {
  throw new EventInitError(`${factory}: ${message}`);
}

function stringMap(factory: string, field: string, value: unknown): Record<string, string> {
  if (!isPlainObject(value)) {
    fail(factory, `${field} must be an object of strings, such as { id: '42' }; got ${describe(value)}`);
  }
  const out: Record<string, string> = {};
  for (const key of keys(value)) {
    const item = value[key];
    if (typeof item !== 'string') {
      fail(factory, `${field}.${key} must be a string; got ${describe(item)}`);
    }
    Object.defineProperty(out, key, { value: item, writable: true, enumerable: true, configurable: true });
  }
  return out;
}

function queryText(factory: string, key: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return fail(
    factory,
    `query.${key} must be a string, number or boolean, or an array of them; got ${describe(value)}`,
  );
}

function encodeQuery(factory: string, query: unknown): string {
  if (!isPlainObject(query)) {
    fail(factory, `query must be an object such as { limit: '10', tag: ['a', 'b'] }; got ${describe(query)}`);
  }
  let raw = '';
  for (const key of keys(query)) {
    const value = query[key];
    if (value === undefined) continue;
    const name = encodeURIComponent(key);
    const list = isArray(value) ? value : [value];
    for (const item of list) {
      raw += `${raw === '' ? '' : '&'}${name}=${encodeURIComponent(queryText(factory, key, item))}`;
    }
  }
  return raw;
}

function headerList(factory: string, headers: unknown): HeaderInput[] {
  if (!isPlainObject(headers)) {
    fail(
      factory,
      `headers must be an object such as { accept: 'application/json' }; got ${describe(headers)}`,
    );
  }
  const list: HeaderInput[] = [];
  for (const name of keys(headers)) {
    if (!HTTP_TOKEN.test(name)) {
      fail(
        factory,
        `headers: '${name}' is not a valid header name (letters, digits and !#$%&'*+.^_\`|~- only)`,
      );
    }
    const value = headers[name];
    if (value === undefined) {
      list.push([name, undefined]);
      continue;
    }
    const values = isArray(value) ? value : [value];
    for (const item of values) {
      if (typeof item !== 'string') {
        fail(factory, `headers['${name}'] must be a string or an array of strings; got ${describe(item)}`);
      }
      if (LINE_BREAK.test(item))
        fail(factory, `headers['${name}'] contains a line break, which HTTP forbids`);
    }
    list.push([name, values.slice() as string[]]);
  }
  return list;
}

function cookieList(factory: string, cookies: unknown): string[] {
  if (isArray(cookies)) {
    for (const item of cookies) {
      if (typeof item !== 'string' || !item.includes('=')) {
        fail(factory, `cookies must hold 'name=value' strings; got ${describe(item)}`);
      }
    }
    return cookies.slice() as string[];
  }
  if (!isPlainObject(cookies)) {
    fail(
      factory,
      `cookies must be an object such as { session: 'abc' } or ['session=abc']; got ${describe(cookies)}`,
    );
  }
  const list: string[] = [];
  for (const name of keys(cookies)) {
    const value = cookies[name];
    if (typeof value !== 'string') fail(factory, `cookies.${name} must be a string; got ${describe(value)}`);
    list.push(`${name}=${value}`);
  }
  return list;
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function jsonText(factory: string, value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    fail(factory, `json cannot be serialised (${(error as Error).message}); pass plain data`);
  }
  if (text === undefined) fail(factory, `json must be JSON data; ${describe(value)} serialises to nothing`);
  return text;
}

// A request line carries printable ASCII only, and never a fragment; a loop beats a regex on short paths.
function isWireText(path: string): boolean {
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f || c === 0x23) return false;
  }
  return true;
}

function checkPath(factory: string, path: unknown): string {
  if (typeof path !== 'string') {
    fail(factory, `path must be a string starting with '/', such as '/items/42'; got ${describe(path)}`);
  }
  if (path[0] !== '/')
    fail(factory, `path must start with '/': write '/${path}' rather than ${describe(path)}`);
  if (!isWireText(path)) {
    fail(
      factory,
      `path ${describe(path)} must be URL-encoded as a client sends it (encodeURI does it): no spaces or non-ASCII, and no #fragment`,
    );
  }
  return path;
}

/**
 * Checks an init field by field and brings it to one form. `method`, `path` and `shortcutBody` come from a
 * shortcut (`restApi.post(path, body)`) when given.
 */
export function normalizeInit(
  factory: string,
  frontEnd: IntegrationRules,
  init: unknown,
  method?: HttpMethod,
  path?: string,
  shortcutBody?: unknown,
): NormalizedRequest {
  let options: Record<string, unknown> = {};
  if (init !== undefined) {
    if (!isPlainObject(init))
      fail(factory, `init must be an object such as { path: '/items' }; got ${describe(init)}`);
    options = init;
    const unsupported = UNSUPPORTED[frontEnd];
    for (const key in init) {
      if (!KNOWN.has(key)) {
        const hint =
          SUGGEST[key] === undefined ? `the fields are ${FIELDS.join(', ')}` : `use ${SUGGEST[key]}`;
        fail(factory, `unknown init field '${key}': ${hint}`);
      }
      const why = unsupported[key];
      if (why !== undefined && init[key] !== undefined) {
        fail(factory, `${key} does not exist for ${FRONT_END_NAME[frontEnd]}: ${why}; remove it`);
      }
    }
  }

  let verb = method;
  if (verb === undefined) {
    const given = options.method;
    if (given === undefined) verb = 'GET';
    else {
      verb = typeof given === 'string' ? (METHODS[given] ?? METHODS[given.toUpperCase()]) : undefined;
      if (verb === undefined) {
        fail(
          factory,
          `method ${describe(given)} is not one the front ends pass on; use GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS`,
        );
      }
    }
  } else if (options.method !== undefined && METHODS[String(options.method).toUpperCase()] !== verb) {
    fail(
      factory,
      `init.method ${describe(options.method)} contradicts the shortcut's ${verb}; drop init.method`,
    );
  }

  // A shortcut (method given) must get its path argument; the factories default to '/'.
  let fullPath = checkPath(factory, method === undefined ? (options.path ?? '/') : path);
  if (method !== undefined && options.path !== undefined) {
    fail(factory, `init.path repeats the path argument; drop init.path`);
  }
  let rawQuery = '';
  const q = fullPath.indexOf('?');
  if (q !== -1) {
    rawQuery = fullPath.slice(q + 1);
    fullPath = fullPath.slice(0, q);
  }
  if (options.query !== undefined) {
    const encoded = encodeQuery(factory, options.query);
    rawQuery = rawQuery === '' ? encoded : encoded === '' ? rawQuery : `${rawQuery}&${encoded}`;
  }

  let body: string | undefined;
  let base64 = false;
  let impliedContentType: string | undefined;
  let rawBody = options.body;
  let json = options.json;
  if (shortcutBody !== undefined) {
    if (rawBody !== undefined || json !== undefined) {
      fail(factory, 'the body argument and init.body/init.json both set a body; pass it once');
    }
    if (typeof shortcutBody === 'string' || isBytes(shortcutBody)) rawBody = shortcutBody;
    else json = shortcutBody;
  }
  if (rawBody !== undefined && json !== undefined) {
    fail(factory, 'pass either body (the raw text or bytes) or json (a value to serialise), not both');
  }
  if (typeof rawBody === 'string') body = rawBody;
  else if (isBytes(rawBody)) {
    body = toBase64(rawBody);
    base64 = true;
    impliedContentType = 'application/octet-stream';
  } else if (rawBody !== undefined) {
    fail(factory, `body must be a string or a Uint8Array; got ${describe(rawBody)} (pass objects as json)`);
  } else if (json !== undefined) {
    body = jsonText(factory, json);
    impliedContentType = 'application/json';
  }

  if (body === '') {
    // An empty body is no body on the wire: REST says null, 2.0 omits the key, ALB says "".
    body = undefined;
    base64 = false;
    impliedContentType = undefined;
  }

  const stage = options.stage;
  if (stage !== undefined) {
    if (typeof stage !== 'string' || (!STAGE.test(stage) && !(stage === '$default' && frontEnd !== 'rest'))) {
      const allowed = frontEnd === 'rest' ? '' : " or '$default'";
      fail(
        factory,
        `stage must be a stage name of letters, digits, '-' and '_'${allowed}; got ${describe(stage)}`,
      );
    }
  }

  const sourceIp = options.sourceIp;
  if (sourceIp !== undefined && (typeof sourceIp !== 'string' || !isIpAddress(sourceIp))) {
    fail(
      factory,
      `sourceIp must be a bare IPv4 or IPv6 address such as '203.0.113.7'; got ${describe(sourceIp)}`,
    );
  }

  const route = options.route;
  if (route !== undefined && typeof route !== 'string') {
    fail(factory, `route must be a string such as '/items/{id}'; got ${describe(route)}`);
  }

  const authorizer = options.authorizer;
  if (authorizer !== undefined && !isPlainObject(authorizer)) {
    fail(
      factory,
      `authorizer must be an object such as { claims: { sub: 'user-1' } }; got ${describe(authorizer)}`,
    );
  }

  const multiValue = options.multiValue;
  if (multiValue !== undefined && typeof multiValue !== 'boolean') {
    fail(factory, `multiValue must be true or false; got ${describe(multiValue)}`);
  }

  const seed = options.seed;
  if (seed !== undefined && typeof seed !== 'number' && typeof seed !== 'string') {
    fail(factory, `seed must be a number or a string; got ${describe(seed)}`);
  }

  const overrides = options.overrides;
  if (overrides !== undefined && !isPlainObject(overrides)) {
    fail(factory, `overrides must be a plain object shaped like the event; got ${describe(overrides)}`);
  }

  return {
    factory,
    method: verb,
    path: fullPath,
    rawQuery,
    headers: options.headers === undefined ? undefined : headerList(factory, options.headers),
    cookies: options.cookies === undefined ? undefined : cookieList(factory, options.cookies),
    body,
    base64,
    impliedContentType,
    route,
    pathParameters:
      options.pathParameters === undefined
        ? undefined
        : stringMap(factory, 'pathParameters', options.pathParameters),
    stage,
    stageVariables:
      options.stageVariables === undefined
        ? undefined
        : stringMap(factory, 'stageVariables', options.stageVariables),
    sourceIp,
    authorizer: authorizer as AuthorizerInit | undefined,
    multiValue: multiValue === true,
    time: requestTime(factory, options.time),
    ids: seed === undefined ? defaultRequestIds() : requestIds(seed),
    overrides,
  };
}
