import { isHttpStatus } from '../../internal/isHttpStatus.js';
import { isObject } from '../../internal/isObject.js';
import { readBase64Flag } from '../fields/readBase64Flag.js';
// The payload 2.0 response format, which HTTP API 2.0 and function URLs share (§3, §5): inference when there
// is no statusCode, else { statusCode, headers, cookies, body, isBase64Encoded }. The two front ends differ in
// rule details, which each passes in as a policy.

import { type ClientBody, textBody } from '../fields/bytes.js';
import { looksLikeReturnedError } from '../fields/keyAdvice.js';
import { readBodyText } from '../fields/readBodyText.js';
import { type HeaderRules, readHeaders, UNVERIFIED } from '../fields/readHeaders.js';
import {
  readStatusCode,
  rejectFractionStatus,
  statusInRange,
  warnNumericStatus,
} from '../fields/readStatusCode.js';
import {
  addDefaultContentType,
  addEntries,
  bodyAdvice,
  decodeBody,
  ignoreUnknownKeys,
  STRINGIFIED_RESPONSE_HINT,
  stringifiedResponse,
} from '../fields/responseParts.js';
import { addHeader, newHeaderLines } from '../http/headerLines.js';
import { kindOf, preview } from '../outcome/describe.js';
import type { Judgement } from '../outcome/Judgement.js';
import type { BuiltResponse, JudgeContext } from './IntegrationRules.js';

const { isArray } = Array;
const { hasOwn, keys: objectKeys } = Object;

const V2_KEYS: ReadonlySet<string> = new Set(['statusCode', 'headers', 'cookies', 'body', 'isBase64Encoded']);
// Keys that show the handler meant to return a response, not data.
const RESPONSE_KEYS = ['body', 'headers', 'cookies', 'isBase64Encoded', 'multiValueHeaders'];

export interface V2Policy {
  /** Short name in messages. */
  name: string;
  /** How `headers` is read: value types are unverified on both front ends, judged as on REST. */
  headerRules: HeaderRules;
  /** Default Content-Type when statusCode is given and no Content-Type is (H2-9 text/plain, F-1 application/json). */
  defaultContentType: string;
  /** An object or array body next to statusCode: rejected (H2-5, low), or sent as its JSON text (F-6, low). */
  serialisesObjectBody: boolean;
  /** Whether numeric-string status codes are verified (F-4) or judged (H2-11). */
  numericStatusVerified: boolean;
  /** Whether a non-numeric statusCode is recorded as malformed (H2-11, medium) or judged so (F-8, low). */
  badStatusVerified: boolean;
  /** Whether ignoring unknown keys is reported (H2-8, medium) or judged (function URLs, low). */
  unknownKeysVerified: boolean;
  rules: {
    inferObject: string;
    inferString: string;
    inferOther: string;
    nullResult: string;
    status: string;
    numericStatus: string;
    body: string;
    base64: string;
    badBase64: string;
    cookies: string;
    multiValueHeaders: string;
    unknownKeys: string;
    returnedError: string;
    contentType: string;
  };
}

/** Judges a payload 2.0 result: inference without statusCode, the documented shape with it. */
export function judgeV2(value: unknown, ctx: JudgeContext, policy: V2Policy): BuiltResponse | undefined {
  const { j } = ctx;
  if (value === null) {
    j.error(
      '',
      `the result is null, which ${policy.name} cannot turn into a response (AWS behaviour unverified)`,
      policy.rules.nullResult,
      "return { statusCode: 204 } for no content, or { statusCode: 200, body: '…' }",
    );
    return undefined;
  }
  if (!isObject(value) || !hasOwn(value, 'statusCode')) return inferResponse(value, ctx, policy);
  return explicitResponse(value, ctx, policy);
}

// H2-1 … H2-3, F-2, F-3: no statusCode → 200, application/json, body = the whole result as compact JSON, or a
// string result as is (no quotes).
function inferResponse(value: unknown, ctx: JudgeContext, policy: V2Policy): BuiltResponse {
  const { j } = ctx;
  const { rules, name } = policy;
  const lines = newHeaderLines('content-type', 'application/json');
  if (typeof value === 'string') {
    j.note(
      '',
      `the result is a string, so ${name} answered 200 with the string itself as the body (no JSON quotes) and content-type: application/json`,
      rules.inferString,
    );
    if (stringifiedResponse(value, true)) {
      j.warn(
        '',
        `the result is a string holding a JSON response with a statusCode, so ${name} sent that JSON text as the body of a 200, not as the response it describes`,
        'W1',
        STRINGIFIED_RESPONSE_HINT,
      );
    }
    return { status: 200, headers: lines, body: textBody(value) };
  }
  if (!isObject(value)) {
    j.note(
      '',
      `the result is ${kindOf(value)}, so ${name} answered 200 with its JSON text as the body and content-type: application/json`,
      rules.inferOther,
    );
    return { status: 200, headers: lines, body: textBody(ctx.wire.json) };
  }
  j.note(
    '',
    `${name} found no statusCode, so it answered 200 with the whole result as a JSON body`,
    rules.inferObject,
  );
  warnIfMeantAsResponse(value, j, policy);
  return { status: 200, headers: lines, body: textBody(ctx.wire.json) };
}

function warnIfMeantAsResponse(value: Record<string, unknown>, j: Judgement, policy: V2Policy): void {
  const keys = objectKeys(value);
  // `status` and `code` are common data fields; only spellings of statusCode itself count as a typo.
  const misspelt = keys.find((key) => /^status[-_]?code$/i.test(key));
  const responseKeys = keys.filter((key) => RESPONSE_KEYS.includes(key));
  const { name, rules } = policy;
  if (misspelt !== undefined) {
    j.warn(
      misspelt,
      `'${misspelt}' is not 'statusCode' (keys are case-sensitive), so ${name} took the result for data and sent the whole object as the body`,
      rules.inferObject,
      `rename ${misspelt} to statusCode`,
    );
  } else if (responseKeys.length > 0) {
    j.warn(
      'statusCode',
      `the result has ${responseKeys.join(' and ')} but no statusCode, so ${name} sent the whole object as the JSON body${responseKeys.includes('headers') ? ' and ignored its headers' : ''}`,
      rules.inferObject,
      'add statusCode: 200',
    );
  } else if (isHttpStatus(value.status) && keys.length > 1) {
    j.warn(
      'status',
      `the result has status ${value.status} but no statusCode, so ${name} answered 200 with the whole object as the body`,
      rules.inferObject,
      `use statusCode: ${value.status} if status was meant for the client`,
    );
  }
  if (looksLikeReturnedError(keys)) {
    j.warn(
      '',
      `the result looks like an error but was returned, not thrown, so ${name} answered 200 with it as data`,
      rules.returnedError,
      'throw the error so Lambda reports a function error, or return { statusCode: 500, body }',
    );
  }
}

function explicitResponse(
  value: Record<string, unknown>,
  ctx: JudgeContext,
  policy: V2Policy,
): BuiltResponse | undefined {
  const { j } = ctx;
  const { name, rules } = policy;
  const unknown: string[] = [];
  for (const key in value) if (!V2_KEYS.has(key) && key !== 'multiValueHeaders') unknown.push(key);
  // With no unknown keys this says nothing.
  ignoreUnknownKeys(value, unknown, j, {
    known: V2_KEYS,
    name,
    rule: rules.unknownKeys,
    verified: policy.unknownKeysVerified,
  });

  const status = v2Status(value.statusCode, j, policy);
  const text = v2BodyText(value.body, j, policy);
  const base64 = readBase64Flag(value.isBase64Encoded, j, {
    rule: policy.rules.base64,
    nullIsFalse: true,
    stringBooleans: false,
  });
  const headers = readHeaders(value.headers, 'headers', j, policy.headerRules);
  const cookies = readCookies(value.cookies, j, policy);
  const multi = value.multiValueHeaders;
  if (isObject(multi) && objectKeys(multi).length > 0) {
    j.warn(
      'multiValueHeaders',
      `${name} ignores multiValueHeaders, so none of its headers reach the client`,
      rules.multiValueHeaders,
      "move them to headers, joining several values with ', ', and Set-Cookie values to cookies",
    );
  }
  if (j.errors > 0) return undefined;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, status and text are undefined only after an error; this narrows their types
  if (status === undefined || text === undefined) return undefined;

  // The body first, so that an undecodable one leaves no notes about headers that were never sent.
  let body: ClientBody | undefined;
  if (base64) {
    body = decodeBody(text, j, name, rules.badBase64);
    if (body === undefined) return undefined;
    j.note('body', `${name} decoded the base64 body`, rules.base64);
  } else {
    body = textBody(text);
  }
  const lines = newHeaderLines();
  addEntries(lines, headers.entries);
  if (cookies.length > 0) {
    for (const cookie of cookies) addHeader(lines, 'set-cookie', cookie);
    j.note(
      'cookies',
      `${name} sent each of the ${cookies.length} cookies as its own set-cookie header`,
      rules.cookies,
    );
  }
  // F-1 and H2-9 were observed on responses with a body; whether a bodiless one ({ statusCode: 204 }) gets the
  // default Content-Type too is unrecorded, so it is added the same way.
  if (!headers.contentTypeNulled)
    addDefaultContentType(lines, policy.defaultContentType, name, rules.contentType, j);
  return { status, headers: lines, body };
}

function v2Status(raw: unknown, j: Judgement, policy: V2Policy): number | undefined {
  const reading = readStatusCode(raw);
  const { name, rules } = policy;
  switch (reading.kind) {
    case 'integer':
      return inRange(reading.value, j, policy);
    case 'numeric-string':
      warnNumericStatus(raw, reading.value, j, name, rules.numericStatus, policy.numericStatusVerified);
      return inRange(reading.value, j, policy);
    case 'fraction':
      rejectFractionStatus(reading.value, j, rules.status, UNVERIFIED);
      return undefined;
    default: {
      // Only null and invalid readings get here (a missing statusCode means inference), so raw is the value.
      const shown = typeof raw === 'string' ? `the string ${preview(raw)}` : kindOf(raw);
      j.error(
        'statusCode',
        policy.badStatusVerified && reading.kind !== 'null'
          ? `statusCode must be a number, but it is ${shown}: ${name} answers "Invalid status code"`
          : `statusCode must be a number, but it is ${shown}${UNVERIFIED}`,
        rules.status,
        'use statusCode: 200',
      );
      return undefined;
    }
  }
}

// low: ranges are unverified on both front ends; judged malformed outside 100–599, as on REST (R-S4)
function inRange(status: number, j: Judgement, policy: V2Policy): number | undefined {
  return statusInRange(status, j, policy.rules.status, 'malformed');
}

function v2BodyText(raw: unknown, j: Judgement, policy: V2Policy): string | undefined {
  const { name, rules } = policy;
  if (policy.serialisesObjectBody && typeof raw !== 'string' && raw !== undefined && raw !== null) {
    // low (F-6): one user report of real AWS accepting an object body; assumed sent as its JSON text
    const { kind, hint } = bodyAdvice(raw, 'JSON.stringify it yourself');
    j.warn(
      'body',
      `body is ${kind}, not a string; ${name} reportedly sends its JSON text (AWS behaviour unverified)`,
      rules.body,
      hint,
    );
    return JSON.stringify(raw);
  }
  // low (H2-5): an object body next to statusCode is unverified; judged a 500
  return readBodyText(raw, j, name, rules.body, rules.body, UNVERIFIED);
}

// H2-6, F-5
function readCookies(raw: unknown, j: Judgement, policy: V2Policy): string[] {
  // One list for every way out: after an error nothing reads it, since no response is built.
  const cookies: string[] = [];
  if (raw === undefined || raw === null) return cookies;
  const { rules } = policy;
  if (!isArray(raw)) {
    // low (H2-6): a non-array is unverified; judged malformed
    j.error(
      'cookies',
      `cookies must be an array of Set-Cookie strings, but it is ${kindOf(raw)} (AWS behaviour unverified)`,
      rules.cookies,
      typeof raw === 'string' ? 'wrap it in an array: cookies: [cookie]' : "use cookies: ['a=1; Path=/']",
    );
    return cookies;
  }
  for (let i = 0; i < raw.length; i++) {
    const cookie: unknown = raw[i];
    if (typeof cookie === 'string') cookies.push(cookie);
    else
      j.error(
        `cookies[${i}]`,
        `cookies[${i}] must be a string, but it is ${kindOf(cookie)} (AWS behaviour unverified)`,
        rules.cookies,
        `send each cookie as a Set-Cookie string: 'name=value; Path=/'`,
      );
  }
  return cookies;
}

/** The `headers` rules of a payload 2.0 front end: values coerced as on REST, all of it unverified. */
export function v2HeaderRules(name: string, rule: string): HeaderRules {
  return {
    name,
    coerce: true,
    shapeRule: rule,
    booleanRule: rule,
    numberRule: rule,
    nullValueRule: rule,
    nestedRule: rule,
    nestedHint: "join the values with ', ' (cookies go in cookies)",
    verified: new Set(['shape']),
  };
}
