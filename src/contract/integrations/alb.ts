// Application Load Balancer, Lambda target, multi-value headers off: proxy-rules.md §4. ALB is strict about
// types: no coercion, no nulls, no inference, and only statusCode is required.
import { isObject } from '../../internal/isObject.js';
import { type ClientBody, textBody } from '../fields/bytes.js';
import { rejectMissingStatusCode, type StatusRequirement } from '../fields/keyAdvice.js';
import { describeLost, lostHeaders } from '../fields/lostHeaders.js';
import { readBase64Flag } from '../fields/readBase64Flag.js';
import { type HeaderRules, readHeaders, UNVERIFIED } from '../fields/readHeaders.js';
import { readStatusCode, rejectFractionStatus, statusInRange } from '../fields/readStatusCode.js';
import {
  addDefaultContentType,
  addEntries,
  bodyAdvice,
  decodeBody,
  ignoreUnknownKeys,
  rejectNotObject,
} from '../fields/responseParts.js';
import { type HeaderLines, newHeaderLines } from '../http/headerLines.js';
import { formatCount, kindOf, preview } from '../outcome/describe.js';
import type { Failure, Judgement } from '../outcome/Judgement.js';
import { albErrorResponse } from './errorResponses.js';
import type { BuiltResponse, IntegrationRules, JudgeContext } from './IntegrationRules.js';

const NAME = 'ALB';
/** ALB's cap on the response JSON from a Lambda target (A-E): 1 MB. */
export const ALB_RESPONSE_LIMIT = 1_048_576;
const ALB_KEYS: ReadonlySet<string> = new Set([
  'statusCode',
  'statusDescription',
  'headers',
  'multiValueHeaders',
  'body',
  'isBase64Encoded',
]);
const STATUS_REQUIRED: StatusRequirement = { name: NAME, rule: 'A-2', keys: ALB_KEYS };

const FUNCTION_ERROR_NOTE = {
  message:
    'ALB answers a function error with its own 502 Bad Gateway page; its access log says LambdaUnhandled',
  rule: 'A-E',
};

// The access log's error_reason for a response over 1 MB is not LambdaInvalidResponse (A-E).
const TOO_LARGE: Failure = {
  note: {
    message: 'ALB answered 502 with its own Bad Gateway page; its access log says LambdaResponseTooLarge',
    rule: 'A-E',
  },
};

export const alb: IntegrationRules = {
  integration: 'alb',
  judge: (value, ctx) => judgeAlb(value, ctx, SINGLE_VALUE_MODE),
  errorResponse: albErrorResponse,
  rejectedNote: {
    message: 'ALB answered 502 with its own Bad Gateway page; its access log says LambdaInvalidResponse',
    rule: 'A-E',
  },
  functionErrorNote: FUNCTION_ERROR_NOTE,
};

/** What differs between the two target-group modes: the name in messages and how headers are read. */
export interface AlbMode {
  name: string;
  readLines: (result: Record<string, unknown>, j: Judgement) => HeaderLines;
  cookiesHint: string;
}

/** Judges an ALB result; `mode` supplies the header rules of the target group's multi-value setting. */
export function judgeAlb(value: unknown, ctx: JudgeContext, mode: AlbMode): BuiltResponse | undefined {
  const { j } = ctx;
  const { name } = mode;
  if (!isObject(value)) {
    rejectNotObject(value, NAME, { null: 'A-2', string: 'A-2', other: 'A-2' }, j);
    return undefined;
  }
  const tooLarge = ctx.wire.bytesOver(ALB_RESPONSE_LIMIT);
  if (tooLarge !== undefined) {
    j.error(
      '',
      `the result is ${formatCount(tooLarge)} bytes of JSON, over ALB's limit of 1 MB (${formatCount(ALB_RESPONSE_LIMIT)} bytes) for a Lambda response: its access log says LambdaResponseTooLarge`,
      'A-E',
      'return less data, or store it (for example in S3) and return a link to it',
    );
    j.failure = TOO_LARGE;
    return undefined;
  }

  const unknown: string[] = [];
  let knownKeys = 0;
  for (const key in value) {
    if (ALB_KEYS.has(key)) knownKeys++;
    else unknown.push(key);
  }
  const status = albStatus(value.statusCode, unknown, knownKeys, j);
  // low (A-K): unknown keys are unverified; judged ignored. A data object is explained by A-2 alone.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, with no unknown keys there is nothing to say; the check spares building the options
  if (unknown.length > 0) {
    if (knownKeys > 0) {
      ignoreUnknownKeys(value, unknown, j, {
        known: ALB_KEYS,
        name,
        rule: 'A-K',
        // Stryker disable next-line BooleanLiteral: equivalent, `verified: false` below already marks every A-K message unverified
        advice: { cookies: { hint: mode.cookiesHint, verified: false } },
        verified: false,
      });
    }
  }
  albStatusDescription(value, j);
  const text = albBodyText(value.body, j);
  // A-64, low: ALB takes no nulls and no coercion; other values are judged a 502
  const base64 = readBase64Flag(value.isBase64Encoded, j, {
    rule: 'A-64',
    nullIsFalse: false,
    stringBooleans: false,
  });
  const lines = mode.readLines(value, j);
  if (j.errors > 0) return undefined;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, both are undefined only after an error; this narrows their types
  if (status === undefined || text === undefined) return undefined;

  let body: ClientBody | undefined;
  if (base64) {
    // low (A-64): invalid base64 is probably a 502
    body = decodeBody(text, j, name, 'A-64');
    if (body === undefined) return undefined;
    j.note('body', `${name} decoded the base64 body`, 'A-64');
  } else {
    body = textBody(text);
  }
  // medium (A-C1)
  addDefaultContentType(lines, 'application/octet-stream', name, 'A-C1', j);
  return { status, headers: lines, body };
}

// A-1 … A-3
function albStatus(
  raw: unknown,
  unknown: readonly string[],
  knownKeys: number,
  j: Judgement,
): number | undefined {
  const reading = readStatusCode(raw);
  switch (reading.kind) {
    case 'integer':
      // low: ranges are unverified on ALB; judged a 502
      return statusInRange(reading.value, j, 'A-3', 'a 502');
    case 'missing':
      rejectMissingStatusCode(
        'there is no statusCode, and ALB requires one: it does not default to 200 or infer a response',
        unknown,
        knownKeys,
        j,
        STATUS_REQUIRED,
      );
      return undefined;
    case 'numeric-string':
      j.error(
        'statusCode',
        `statusCode must be a JSON number for ALB, but it is the string "${raw as string}"`,
        'A-3',
        `use statusCode: ${reading.value}`,
      );
      return undefined;
    case 'fraction':
      rejectFractionStatus(reading.value, j, 'A-3');
      return undefined;
    default:
      j.error(
        'statusCode',
        `statusCode must be a JSON number for ALB, but it is ${typeof raw === 'string' ? `the string ${preview(raw)}` : kindOf(raw)}`,
        'A-3',
        'use statusCode: 200',
      );
      return undefined;
  }
}

// A-D1: optional, but not null
function albStatusDescription(result: Record<string, unknown>, j: Judgement): void {
  const raw = result.statusDescription;
  if (raw === undefined || typeof raw === 'string') return;
  j.error(
    'statusDescription',
    `statusDescription must be a string such as "200 OK", but it is ${kindOf(raw)}${raw === null ? '' : UNVERIFIED}`,
    'A-D1',
    'omit statusDescription, or set it to a string',
  );
}

// A-1, A-4: a string or nothing; "" is the same as nothing; null is a 502
function albBodyText(raw: unknown, j: Judgement): string | undefined {
  if (typeof raw === 'string') return raw;
  if (raw === undefined) return '';
  if (raw === null) {
    j.error(
      'body',
      'body is null, which ALB rejects (API Gateway and function URLs accept it)',
      'A-4',
      "omit body, or use body: ''",
    );
  } else {
    const { kind, hint } = bodyAdvice(raw, typeof raw === 'object' ? 'JSON.stringify it' : 'String() it');
    j.error('body', `body must be a string, but it is ${kind}`, 'A-4', hint);
  }
  return undefined;
}

// A-H1 … A-H3. Low: a null header value.
const HEADER_RULES: HeaderRules = {
  name: NAME,
  coerce: false,
  nullMapRule: 'A-H2',
  shapeRule: 'A-H1',
  booleanRule: 'A-H1',
  numberRule: 'A-H1',
  nullValueRule: 'A-H1',
  nestedRule: 'A-H1',
  nestedHint: "join the values with ', ', or turn on multi-value headers and use multiValueHeaders",
  verified: new Set(['shape', 'boolean', 'number', 'nested']),
};

function readAlbHeaders(result: Record<string, unknown>, j: Judgement): HeaderLines {
  const single = readHeaders(result.headers, 'headers', j, HEADER_RULES);
  // RF-4: an adapter that mirrors every header into both maps (fastify's does) loses nothing.
  const lost = lostHeaders(result.multiValueHeaders, result.headers, true);
  if (lost.length > 0) {
    j.warn(
      'multiValueHeaders',
      `ALB ignores multiValueHeaders unless the target group has multi-value headers on, so ${describeLost(lost, 'headers')} never reach the client`,
      'A-H3',
      "put them in headers, or judge with { integration: 'alb-multi-value' } if the target group has multi-value headers on",
    );
  }
  const lines = newHeaderLines();
  addEntries(lines, single.entries);
  return lines;
}

export const SINGLE_VALUE_MODE: AlbMode = {
  name: NAME,
  readLines: readAlbHeaders,
  cookiesHint: "send one as headers: { 'Set-Cookie': 'a=1' }, or turn on multi-value headers for several",
};
