import { isObject } from '../../internal/isObject.js';
import { addHeader, type HeaderLines } from '../http/headerLines.js';
import { kindOf, preview } from '../outcome/describe.js';
import type { Judgement } from '../outcome/Judgement.js';
import { bytesBody, type ClientBody, decodeBase64 } from './bytes.js';
import {
  dataBodyHint,
  looksLikeReturnedError,
  misspeltKey,
  notKeys,
  RETURNED_ERROR_HINT,
} from './keyAdvice.js';
import { UNVERIFIED } from './readHeaders.js';

const { isArray } = Array;
const { hasOwn, keys: objectKeys } = Object;

/**
 * Adds the front end's default Content-Type when the handler set none, and notes that it did. `note`: the
 * note's message built once (defaultContentTypeNote) by a judge that adds the same type to every result.
 */
export function addDefaultContentType(
  lines: HeaderLines,
  contentType: string,
  name: string,
  rule: string,
  j: Judgement,
  verified = true,
  note?: string,
): void {
  if (lines.has('content-type')) return;
  lines.set('content-type', [contentType]);
  j.note('headers.content-type', note ?? defaultContentTypeNote(contentType, name, verified), rule);
}

/** The note of addDefaultContentType. */
export function defaultContentTypeNote(contentType: string, name: string, verified = true): string {
  return `no Content-Type was set, so ${name} added content-type: ${contentType}${verified ? '' : UNVERIFIED}`;
}

/** Adds [name, value] pairs to `lines`. */
export function addEntries(lines: HeaderLines, entries: readonly [string, string][]): void {
  for (const [name, value] of entries) addHeader(lines, name, value);
}

/** Decodes a base64 body; on invalid base64 records an error under `rule` and returns undefined. */
export function decodeBody(
  text: string,
  j: Judgement,
  name: string,
  rule: string,
  verified = false,
): ClientBody | undefined {
  const bytes = decodeBase64(text);
  if (bytes !== undefined) return bytesBody(bytes);
  j.error(
    'body',
    `body is not valid base64 (${preview(text, 24)}), but isBase64Encoded is true, so ${name} cannot decode it${verified ? '' : UNVERIFIED}`,
    rule,
    "encode it with Buffer.from(data).toString('base64'), with no line breaks, or set isBase64Encoded: false",
  );
  return undefined;
}

/** How a problem names a body that is not a string, and the fix for it. */
export interface BodyAdvice {
  kind: string;
  hint: string;
}

const BUFFER_ADVICE: BodyAdvice = {
  kind: 'a Buffer, which JSON sends as {"type":"Buffer","data":[…]}',
  hint: "send bytes as base64: body: buf.toString('base64') with isBase64Encoded: true (or buf.toString() for text)",
};
const BYTES_ADVICE: BodyAdvice = {
  kind: 'a Uint8Array by its shape, which JSON sends as {"0":…,"1":…}',
  hint: "send bytes as base64: body: Buffer.from(bytes).toString('base64') with isBase64Encoded: true (or new TextDecoder().decode(bytes) for text)",
};

/**
 * Names a non-string body as a sentence says it. Bytes arrive serialised ({ type: 'Buffer', data } from a
 * Buffer, { "0": …, "1": … } from a Uint8Array), and their fix is base64, not JSON.stringify (`hint`).
 */
export function bodyAdvice(raw: unknown, hint: string): BodyAdvice {
  if (isObject(raw)) {
    if (isSerialisedBuffer(raw)) return BUFFER_ADVICE;
    if (isSerialisedBytes(raw)) return BYTES_ADVICE;
  }
  return { kind: kindOf(raw), hint };
}

function isSerialisedBuffer(value: Record<string, unknown>): boolean {
  const { data } = value;
  return value.type === 'Buffer' && isArray(data) && objectKeys(value).length === 2 && data.every(isByte);
}

function isSerialisedBytes(value: Record<string, unknown>): boolean {
  const keys = objectKeys(value);
  if (keys.length === 0) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== String(i) || !isByte(value[keys[i]!])) return false;
  return true;
}

function isByte(value: unknown): boolean {
  return typeof value === 'number' && value >= 0 && value <= 255 && value % 1 === 0;
}

/** The problem for a result that is not an object at all, on a front end that needs one. */
export function rejectNotObject(
  value: unknown,
  name: string,
  rules: { null: string; string: string; other: string },
  j: Judgement,
): void {
  if (value === null) {
    j.error(
      '',
      `the result is null, but ${name} needs a response object`,
      rules.null,
      "return { statusCode: 200, body: '…' }",
    );
  } else if (typeof value === 'string') {
    j.error(
      '',
      `the result is a string, but ${name} needs a response object`,
      rules.string,
      stringifiedResponse(value)
        ? STRINGIFIED_RESPONSE_HINT
        : `return { statusCode: 200, body: ${preview(value, 30)} }`,
    );
  } else {
    j.error(
      '',
      `the result is ${kindOf(value)}, but ${name} needs a response object`,
      rules.other,
      'return { statusCode: 200, body: JSON.stringify(result) }',
    );
  }
}

/**
 * W1's classic bug: the handler returned `JSON.stringify(response)`. True when `text` parses to an object with
 * a statusCode (or, unless `statusCodeOnly`, a body).
 */
export function stringifiedResponse(text: string, statusCodeOnly = false): boolean {
  if (text.length > 1_000_000 || !text.startsWith('{')) return false;
  try {
    const parsed: unknown = JSON.parse(text);
    return isObject(parsed) && (hasOwn(parsed, 'statusCode') || (!statusCodeOnly && hasOwn(parsed, 'body')));
  } catch {
    return false;
  }
}

/** The hint for W1's classic bug. */
export const STRINGIFIED_RESPONSE_HINT =
  'return the response object itself: Lambda serialises it, so JSON.stringify(response) arrives as a string';

/**
 * Problems for keys a front end does not know, when it *rejects* them (REST, R-K1). A data object gets one
 * problem whose hint wraps the data in a response; a response with extra keys gets one problem per key.
 */
export function rejectUnknownKeys(
  result: Record<string, unknown>,
  unknown: readonly string[],
  hasKnownKeys: boolean,
  known: ReadonlySet<string>,
  name: string,
  j: Judgement,
): void {
  if (!hasKnownKeys) {
    if (looksLikeReturnedError(unknown)) {
      j.error(
        '',
        `the result looks like an error (${notKeysList(unknown)}), but it was returned, not thrown, and ${notKeys(unknown)} of a proxy response: ${name} rejects unknown keys`,
        'R-E3',
        RETURNED_ERROR_HINT,
      );
      return;
    }
    j.error(
      unknown.length === 1 ? unknown[0]! : '',
      `${notKeys(unknown)} of a proxy response: ${name} rejects unknown keys`,
      'R-K1',
      dataBodyHint(unknown),
    );
    return;
  }
  for (const key of unknown) {
    const meant = meantKey(result, key, known);
    if (meant !== undefined) {
      j.error(
        key,
        `'${key}' is not a key of a proxy response (keys are case-sensitive): ${name} rejects unknown keys`,
        'R-K1',
        `rename it to ${meant}`,
      );
    } else if (key === 'cookies') {
      j.error(
        key,
        `'cookies' is a key of HTTP API 2.0 responses, not of ${name} ones: ${name} rejects unknown keys`,
        'R-K1',
        "send cookies as multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] }",
      );
    } else if (key === 'errorMessage' || key === 'errorType' || key === 'stackTrace') {
      j.error(
        key,
        `'${key}' is not a key of a proxy response (a returned error is not a function error): ${name} rejects unknown keys`,
        'R-E3',
        'throw the error, or return { statusCode: 500, body }',
      );
    } else {
      j.error(
        key,
        `'${key}' is not a key of a proxy response: ${name} rejects unknown keys`,
        'R-K1',
        `remove ${key}, or move it into body`,
      );
    }
  }
}

function notKeysList(keys: readonly string[]): string {
  return keys.slice(0, 3).join(', ');
}

/** The fix for a key a front end ignores although the handler clearly meant it (`cookies`). */
export interface KeyAdvice {
  hint: string;
  /** False when proxy-rules.md rates the ignoring itself low. */
  verified: boolean;
}

/**
 * Notes (or warnings, for keys that were clearly meant to do something) for keys a front end *ignores*
 * (HTTP API, ALB, function URL).
 */
export function ignoreUnknownKeys(
  result: Record<string, unknown>,
  unknown: readonly string[],
  j: Judgement,
  how: {
    /** The keys the integration reads, for "'Body' is not 'body'". */
    known: ReadonlySet<string>;
    /** The integration's name in messages. */
    name: string;
    rule: string;
    /** What to do instead, for keys that were clearly meant to do something. */
    advice?: Readonly<Record<string, KeyAdvice>>;
    /** False when proxy-rules.md rates the ignoring itself low. */
    verified?: boolean;
  },
): void {
  const { known, name, rule, advice, verified = true } = how;
  const caveat = verified ? '' : UNVERIFIED;
  for (const key of unknown) {
    const meant = meantKey(result, key, known);
    const fix = advice !== undefined && hasOwn(advice, key) ? advice[key] : undefined;
    if (meant !== undefined) {
      j.warn(
        key,
        `'${key}' is not '${meant}' (keys are case-sensitive), so ${name} ignored it${caveat}`,
        rule,
        `rename it to ${meant}`,
      );
    } else if (fix !== undefined) {
      const fixCaveat = verified && fix.verified ? '' : UNVERIFIED;
      j.warn(key, `${name} ignores '${key}', so it never reaches the client${fixCaveat}`, rule, fix.hint);
    } else {
      j.note(key, `${name} ignored '${key}', which is not a key of its responses${caveat}`, rule);
    }
  }
}

// `status` next to a real `statusCode` is data, not a misspelling.
function meantKey(
  result: Record<string, unknown>,
  key: string,
  known: ReadonlySet<string>,
): string | undefined {
  const meant = misspeltKey(key, known);
  return meant !== undefined && !hasOwn(result, meant) ? meant : undefined;
}
