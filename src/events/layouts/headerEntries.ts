import type { NormalizedRequest } from '../init/normalizedRequest.js';
import { setOwn } from '../init/safeMerge.js';
import { isIpAddress } from '../init/sourceIp.js';
import { firstForwardedFor, USER_AGENT } from './clientDefaults.js';

/** One request header on its way into an event. */
export interface HeaderEntry {
  lower: string;
  /** The name as the event spells it: the caller's casing on REST, lower case elsewhere. */
  name: string;
  values: string[];
  /** Set by the caller (further values append) rather than by the factory (the caller's replace them). */
  fromCaller: boolean;
}

/** How a front end spells and completes the client's headers. */
export interface HeaderStyle {
  lowerCase: boolean;
  /** `always`: HTTP APIs add `content-length`, even `0`; `body`: only a client with a body sends it. */
  contentLength: 'always' | 'body' | 'never';
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function bodyLength(req: NormalizedRequest): number {
  const body = req.body;
  if (body === undefined) return 0;
  if (!req.base64) return utf8Length(body);
  const padding = body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0;
  return (body.length / 4) * 3 - padding;
}

function find(entries: HeaderEntry[], lower: string): number {
  for (let i = 0; i < entries.length; i++) if ((entries[i] as HeaderEntry).lower === lower) return i;
  return -1;
}

// Captured events list headers sorted case-insensitively, so a new header goes where AWS would put it.
function insert(entries: HeaderEntry[], entry: HeaderEntry): void {
  let i = 0;
  while (i < entries.length && (entries[i] as HeaderEntry).lower < entry.lower) i++;
  entries.splice(i, 0, entry);
}

function put(entries: HeaderEntry[], name: string, values: string[], fromCaller: boolean): void {
  const lower = name.toLowerCase();
  const i = find(entries, lower);
  if (i === -1) insert(entries, { lower, name, values, fromCaller });
  else if (fromCaller && (entries[i] as HeaderEntry).fromCaller)
    (entries[i] as HeaderEntry).values.push(...values);
  else entries[i] = { lower, name, values, fromCaller };
}

/** Whether `headerEntries` would return the defaults untouched, so a builder can use its literals as they are. */
export function keepsDefaultHeaders(req: NormalizedRequest, style: HeaderStyle): boolean {
  return (
    req.headers === undefined &&
    req.cookies === undefined &&
    req.impliedContentType === undefined &&
    // A body changes content-length wherever the front end sends one.
    (req.body === undefined || style.contentLength === 'never')
  );
}

/**
 * The request's headers in order: the front end's defaults, then what the body implies (Content-Type,
 * Content-Length), then the caller's headers (which win), then the cookies (appended to any Cookie header).
 */
export function headerEntries(
  defaults: Record<string, string>,
  req: NormalizedRequest,
  style: HeaderStyle,
): HeaderEntry[] {
  const entries: HeaderEntry[] = [];
  for (const name in defaults) {
    entries.push({ lower: name.toLowerCase(), name, values: [defaults[name] as string], fromCaller: false });
  }
  const spell = (titleCase: string): string => (style.lowerCase ? titleCase.toLowerCase() : titleCase);
  if (req.impliedContentType !== undefined)
    put(entries, spell('Content-Type'), [req.impliedContentType], false);
  if (style.contentLength === 'always' || (style.contentLength === 'body' && req.body !== undefined)) {
    put(entries, spell('Content-Length'), [String(bodyLength(req))], false);
  }
  if (req.headers !== undefined) {
    for (const [given, values] of req.headers) {
      const name = style.lowerCase ? given.toLowerCase() : given;
      if (values === undefined) {
        const i = find(entries, name.toLowerCase());
        if (i !== -1) entries.splice(i, 1);
      } else {
        put(entries, name, values.slice(), true);
      }
    }
  }
  if (req.cookies !== undefined && req.cookies.length > 0) {
    const i = find(entries, 'cookie');
    const existing = i === -1 ? [] : (entries[i] as HeaderEntry).values;
    const value = [...existing, ...req.cookies].join('; ');
    if (i === -1)
      insert(entries, { lower: 'cookie', name: spell('Cookie'), values: [value], fromCaller: true });
    else (entries[i] as HeaderEntry).values = [value];
  }
  return entries;
}

/** The last value of the header named `lower`, or `undefined`. */
export function lastHeader(entries: readonly HeaderEntry[], lower: string): string | undefined {
  for (const entry of entries) if (entry.lower === lower) return entry.values[entry.values.length - 1];
  return undefined;
}

/** The source IP AWS reports: the first X-Forwarded-For address when it is one, else `fallback`. */
export function forwardedSourceIp(entries: readonly HeaderEntry[], fallback: string): string {
  const forwarded = firstForwardedFor(lastHeader(entries, 'x-forwarded-for'));
  return forwarded !== undefined && isIpAddress(forwarded) ? forwarded : fallback;
}

/** `{ name: lastValue }`: REST and payload 1.0 `headers`, single-value ALB. */
export function lastValueHeaders(entries: readonly HeaderEntry[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of entries) setOwn(out, entry.name, entry.values[entry.values.length - 1]);
  return out;
}

/** `{ name: [values] }`: REST and payload 1.0 `multiValueHeaders`, multi-value ALB. */
export function multiValueHeaders(entries: readonly HeaderEntry[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const entry of entries) setOwn(out, entry.name, entry.values.slice());
  return out;
}

/** `{ name: [value] }` from `{ name: value }`: a front end's default headers in the multi-value form. */
export function headerLists(headers: Record<string, string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name in headers) setOwn(out, name, [headers[name] as string]);
  return out;
}

/** `{ name: 'a,b' }`: HTTP API 2.0 and function URLs join repeated headers with commas. */
export function joinedHeaders(entries: readonly HeaderEntry[], skip?: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of entries) if (entry.lower !== skip) setOwn(out, entry.name, entry.values.join(','));
  return out;
}

/** The cookies of a Cookie header, split the way HTTP API 2.0 fills `cookies`. */
export function splitCookies(entries: readonly HeaderEntry[]): string[] | undefined {
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.lower !== 'cookie') continue;
    for (const value of entry.values) {
      for (const part of value.split(';')) {
        const cookie = part.trim();
        if (cookie !== '') out.push(cookie);
      }
    }
  }
  return out.length === 0 ? undefined : out;
}

/** The two header maps of a payload 1.0 event (REST, HTTP API 1.0) and what the gateway reads from them. */
export interface V1Headers {
  headers: Record<string, string>;
  multiValueHeaders: Record<string, string[]>;
  host: string;
  userAgent: string | null;
  sourceIp: string;
}

/**
 * Payload 1.0 headers: the gateway's `defaults` (and `defaultMulti`, the same as lists, kept as a literal
 * because that is faster than deriving it) when the init changes no header; otherwise the merged maps, with
 * the host, user agent and forwarded client address the gateway then reports in `requestContext`.
 */
export function v1Headers(
  req: NormalizedRequest,
  style: HeaderStyle,
  defaults: Record<string, string>,
  defaultMulti: () => Record<string, string[]>,
  host: string,
  sourceIp: string,
): V1Headers {
  if (keepsDefaultHeaders(req, style)) {
    return { headers: defaults, multiValueHeaders: defaultMulti(), host, userAgent: USER_AGENT, sourceIp };
  }
  const entries = headerEntries(defaults, req, style);
  return {
    headers: lastValueHeaders(entries),
    multiValueHeaders: multiValueHeaders(entries),
    host: lastHeader(entries, 'host') ?? host,
    userAgent: lastHeader(entries, 'user-agent') ?? null,
    sourceIp: req.sourceIp === undefined ? forwardedSourceIp(entries, sourceIp) : sourceIp,
  };
}
