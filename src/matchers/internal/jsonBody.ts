import type { ProxyOutcome } from '../../contract/types.js';
import { isPlainObject } from '../../internal/isPlainObject.js';
import { type ClientBody, decodedRemark } from './clientBody.js';
import type { MatcherContext } from './context.js';
import { aligned, printText } from './messages.js';
import { context } from './outcome.js';

const { isArray } = Array;
const { parse, stringify } = JSON;
const { is, keys, getOwnPropertySymbols } = Object;
const { isFinite: isFiniteNumber } = Number;
const BOM = 0xfeff;

/**
 * What the contract may remark on under a JSON matcher's message. `statuscode`: a 2.0 result with a body but no
 * statusCode is sent whole as the JSON body, and the warning that says so (with its "add statusCode" fix) is
 * what explains the surprising body.
 */
export const JSON_BODY_TOPICS: readonly string[] = [
  'body',
  'isbase64encoded',
  'statuscode',
  'headers.content-encoding',
];

/** How a JSON matcher's message ends after its rows: how the body was decoded, then the remarks. */
export function bodyTail(ctx: MatcherContext, outcome: ProxyOutcome, decoded: ClientBody): string {
  return `${decodedRemark(ctx, decoded)}${context(ctx, outcome, JSON_BODY_TOPICS)}`;
}

/** How a JSON matcher's message ends when it shows the received body alone: that body, then the remarks. */
export function receivedBodyTail(ctx: MatcherContext, outcome: ProxyOutcome, decoded: ClientBody): string {
  return `${aligned([['Received body', printText(ctx, decoded.text)]])}${bodyTail(ctx, outcome, decoded)}`;
}

/** A parsed body, or why it is not JSON (completes "…, but <why>"). */
export type JsonBody = { json: true; value: unknown } | { json: false; why: string };

/**
 * The body as JSON, or the reason it is not. Never throws. One leading byte order mark (U+FEFF) is skipped, as
 * `fetch().json()` and axios skip it, where `JSON.parse` alone would refuse it.
 * @example parseJsonBody('\uFEFF{"a":1}') // { json: true, value: { a: 1 } }
 */
export function parseJsonBody(body: string): JsonBody {
  if (body === '') return { json: false, why: 'it is empty' };
  try {
    return { json: true, value: parse(body.charCodeAt(0) === BOM ? body.slice(1) : body) };
  } catch (error) {
    return {
      json: false,
      why: `JSON.parse fails: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/**
 * `JSON.stringify(expected)` when `expected` is plain JSON data whose canonical text can stand in for a parse
 * and a deep comparison: a body with exactly that text parses to a value equal to `expected`. `undefined`
 * when the shortcut would not be exact (asymmetric matchers, class instances, `-0`, holes, symbol keys,
 * `undefined` values), so the caller parses and compares as `toEqual` would.
 */
export function canonicalJson(expected: unknown): string | undefined {
  return isJsonData(expected, 0) ? stringify(expected) : undefined;
}

const MAX_DEPTH = 64;

function isJsonData(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return isFiniteNumber(value) && !is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (depth > MAX_DEPTH) return false;
      if (isArray(value)) {
        // Extra non-index keys would be compared by toEqual but dropped by JSON.stringify.
        if (keys(value).length !== value.length) return false;
        for (let i = 0; i < value.length; i++) if (!isJsonData(value[i], depth + 1)) return false;
        return true;
      }
      if (!isPlainObject(value) || getOwnPropertySymbols(value).length !== 0) return false;
      for (const key in value) {
        if (!isJsonData(value[key], depth + 1)) return false;
      }
      return true;
    }
  }
  // undefined, a function, a symbol or a bigint: JSON.stringify drops or refuses them.
  return false;
}
