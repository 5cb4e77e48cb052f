// The payload 1.0 response format, which REST, HTTP API 1.0, ALB (both target-group modes) and VPC Lattice
// share (§1, §2, §4, §11): { statusCode, headers, multiValueHeaders, body, isBase64Encoded }, ALB's with
// statusDescription. The front ends differ in rule details, which each passes in as a V1Policy.
import { isObject } from '../../internal/isObject.js';
import { type ClientBody, textBody } from '../fields/bytes.js';
import { rejectMissingStatusCode } from '../fields/keyAdvice.js';
import { describeLost, lostHeaders } from '../fields/lostHeaders.js';
import { type MergedHeaders, mergeHeaderMaps } from '../fields/mergeHeaderMaps.js';
import { readBase64Flag } from '../fields/readBase64Flag.js';
import { readBodyText } from '../fields/readBodyText.js';
import { readHeaders, readMultiValueHeaders, type SingleHeaders, UNVERIFIED } from '../fields/readHeaders.js';
import {
  readStatusCode,
  rejectFractionStatus,
  statusInRange,
  warnNumericStatus,
} from '../fields/readStatusCode.js';
import {
  addDefaultContentType,
  bodyAdvice,
  decodeBody,
  ignoreUnknownKeys,
  rejectNotObject,
  rejectUnknownKeys,
} from '../fields/responseParts.js';
import { formatCount, kindOf, preview } from '../outcome/describe.js';
import type { Judgement } from '../outcome/Judgement.js';
import { convertBinaryBody } from './convertBinaryBody.js';
import type { BuiltResponse, JudgeContext } from './IntegrationRules.js';
import type { V1IgnoredMap, V1Key, V1Policy } from './V1Policy.js';

const { freeze } = Object;
const { trunc } = Math;

// What an ignored map contributes to the merge: nothing.
const NO_HEADERS: SingleHeaders = freeze({ entries: freeze([]) as never, contentTypeNulled: false });
const NO_MULTI: readonly [string, string[]][] = freeze([]);

/** Judges a payload 1.0 result as the front end `policy` describes does. */
export function judgeV1(value: unknown, ctx: JudgeContext, policy: V1Policy): BuiltResponse | undefined {
  const { j } = ctx;
  const before = j.problems.length + j.notes.length;
  const built = judgeResponse(value, ctx, policy);
  const { borrowed, dropHeaders } = policy;
  if (borrowed !== undefined && j.problems.length + j.notes.length > before) {
    j.note('', borrowed.message, borrowed.rule);
  }
  if (built !== undefined && dropHeaders !== undefined)
    for (const name of dropHeaders) built.headers.delete(name);
  return built;
}

function judgeResponse(value: unknown, ctx: JudgeContext, policy: V1Policy): BuiltResponse | undefined {
  const { j } = ctx;
  const { name, keys } = policy;
  const family = policy.family ?? name;
  if (!isObject(value)) {
    rejectNotObject(value, family, policy.notObject, j);
    return undefined;
  }
  if (policy.sizeLimit !== undefined && tooLarge(ctx, family, policy)) return undefined;

  const aliasKey = policy.base64.alias?.key;
  let knownKeys = 0;
  let alias = false;
  const unknown: string[] = [];
  for (const key in value) {
    if (keys.has(key as V1Key)) knownKeys++;
    else if (key === aliasKey) alias = true;
    else unknown.push(key);
  }
  const rejectsKeys = policy.unknownKeys === 'reject';
  if (rejectsKeys && unknown.length > 0)
    rejectUnknownKeys(value, unknown, knownKeys > 0 || alias, keys, family, j);
  const empty = knownKeys === 0 && !alias && unknown.length === 0;
  const status = v1Status(value.statusCode, unknown, knownKeys, empty, j, policy);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, with no unknown keys there is nothing to say; the check spares building the options
  if (!rejectsKeys && unknown.length > 0 && knownKeys > 0) ignoreKeys(value, unknown, j, policy);

  let text: string | undefined = '';
  let base64 = false;
  let single = NO_HEADERS;
  let multi = NO_MULTI;
  for (const key of keys) {
    switch (key) {
      case 'statusDescription':
        checkStatusDescription(value.statusDescription, j, policy.statusDescriptionRule ?? '');
        break;
      case 'body':
        text = v1BodyText(value.body, j, family, policy);
        break;
      case 'isBase64Encoded':
        base64 = v1Base64Flag(value, alias, j, policy);
        break;
      case 'headers': {
        const map = policy.headers;
        if ('read' in map) single = readHeaders(value.headers, 'headers', j, map.read);
        else warnLost(value, 'headers', 'multiValueHeaders', j, name, map.ignored);
        break;
      }
      case 'multiValueHeaders': {
        const map = policy.multiValueHeaders;
        if ('read' in map)
          multi = readMultiValueHeaders(value.multiValueHeaders, 'multiValueHeaders', j, map.read);
        else warnLost(value, 'multiValueHeaders', 'headers', j, name, map.ignored);
        break;
      }
    }
  }
  const { merge } = policy;
  let headers: MergedHeaders | undefined =
    merge === undefined || merge.asRead ? mergeMaps(single, multi, j, policy) : undefined;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, status and text are undefined only after an error; this narrows their types
  if (j.errors > 0 || status === undefined || text === undefined) return undefined;

  const { missing } = policy.status;
  if (value.statusCode === undefined && !empty && 'default' in missing) {
    j.note('statusCode', `there is no statusCode, so ${name} answered 200`, missing.default);
  }
  // The body first, so that a rejected one leaves no notes about headers that were never sent.
  const body = base64 ? v1DecodedBody(text, ctx, name, policy) : textBody(text);
  if (body === undefined) return undefined;
  headers ??= mergeMaps(single, multi, j, policy);
  const { lines } = headers;
  const contentType = policy.defaultContentType;
  if (!headers.contentTypeNulled)
    addDefaultContentType(lines, contentType.type, name, contentType.rule, j, contentType.verified);
  return { status, headers: lines, body };
}

function tooLarge(ctx: JudgeContext, family: string, policy: V1Policy): boolean {
  const limit = policy.sizeLimit!;
  const over = ctx.wire.bytesOver(limit.bytes);
  if (over === undefined) return false;
  const { j } = ctx;
  j.error(
    '',
    `the result is ${formatCount(over)} bytes of JSON, over ${family}'s limit of ${limit.label} (${formatCount(limit.bytes)} bytes) for a Lambda response: ${limit.says}`,
    limit.rule,
    'return less data, or store it (for example in S3) and return a link to it',
  );
  j.failure = limit.failure;
  return true;
}

function ignoreKeys(
  value: Record<string, unknown>,
  unknown: readonly string[],
  j: Judgement,
  policy: V1Policy,
): void {
  const how = policy.unknownKeys;
  if (how === 'reject') return;
  ignoreUnknownKeys(value, unknown, j, {
    known: policy.keys,
    name: policy.name,
    rule: how.rule,
    advice: how.advice,
    verified: how.verified,
  });
}

function v1Status(
  raw: unknown,
  unknown: readonly string[],
  knownKeys: number,
  empty: boolean,
  j: Judgement,
  policy: V1Policy,
): number | undefined {
  const { status, name } = policy;
  const family = policy.family ?? name;
  const { range } = status;
  const reading = readStatusCode(raw);
  switch (reading.kind) {
    case 'integer':
      return statusInRange(reading.value, j, range.rule, range.judged);
    case 'missing':
      return missingStatus(false, unknown, knownKeys, empty, j, policy);
    case 'null': {
      const how = status.null;
      if (how === 'missing') return missingStatus(true, unknown, knownKeys, false, j, policy);
      if (how === 'wrong type') return wrongTypeStatus(raw, 'use statusCode: 200', j, family, policy);
      j.warn(
        'statusCode',
        `statusCode is null, which ${family} treats as missing and answers 200${UNVERIFIED}`,
        how.warn,
        'set statusCode: 200',
      );
      return 200;
    }
    case 'numeric-string': {
      const how = status.numericString;
      if (how === 'wrong type')
        return wrongTypeStatus(raw, `use statusCode: ${reading.value}`, j, family, policy);
      warnNumericStatus(raw, reading.value, j, name, how.rule, how.verified);
      return statusInRange(reading.value, j, range.rule, range.judged);
    }
    case 'fraction': {
      const how = status.fraction;
      if ('reject' in how) {
        rejectFractionStatus(reading.value, j, how.reject, how.caveat);
        return undefined;
      }
      const truncated = trunc(reading.value);
      j.warn(
        'statusCode',
        `statusCode ${reading.value} is not a whole number; ${family} probably truncates it to ${truncated}${UNVERIFIED}`,
        how.truncate,
        `use statusCode: ${truncated}`,
      );
      return statusInRange(truncated, j, range.rule, range.judged);
    }
    case 'invalid':
      return wrongTypeStatus(raw, 'use statusCode: 200', j, family, policy);
  }
}

function missingStatus(
  isNull: boolean,
  unknown: readonly string[],
  knownKeys: number,
  empty: boolean,
  j: Judgement,
  policy: V1Policy,
): number | undefined {
  const { missing } = policy.status;
  const family = policy.family ?? policy.name;
  if ('required' in missing) {
    const what = isNull ? 'statusCode is null' : 'there is no statusCode';
    // A null statusCode shows a response was meant, so it is never taken for a returned error.
    rejectMissingStatusCode(
      `${what}, and ${family} requires one: ${missing.reason}`,
      unknown,
      knownKeys,
      j,
      { name: family, rule: missing.required, keys: policy.keys },
      !isNull,
    );
    return undefined;
  }
  // The note for a defaulted status waits until the result is known to be accepted (judgeResponse).
  if (empty) {
    j.warn(
      '',
      `the result is {}, which ${family} answers with 200 and an empty body`,
      missing.default,
      "return { statusCode: 200, body: '…' } if that is what you mean",
    );
  }
  return 200;
}

function wrongTypeStatus(
  raw: unknown,
  hint: string,
  j: Judgement,
  family: string,
  policy: V1Policy,
): undefined {
  const { rule, jsonNumber, says, booleanRule } = policy.status.wrongType;
  const number = jsonNumber ? `a JSON number for ${family}` : 'a number';
  if (booleanRule !== undefined && typeof raw === 'boolean') {
    j.error('statusCode', `statusCode must be ${number}, but it is ${raw}${UNVERIFIED}`, booleanRule, hint);
    return undefined;
  }
  const shown = typeof raw === 'string' ? `the string ${preview(raw)}` : kindOf(raw);
  j.error('statusCode', `statusCode must be ${number}, but it is ${shown}${says}`, rule, hint);
  return undefined;
}

// Optional, but not null (A-D1)
function checkStatusDescription(raw: unknown, j: Judgement, rule: string): void {
  if (raw === undefined || typeof raw === 'string') return;
  j.error(
    'statusDescription',
    `statusDescription must be a string such as "200 OK", but it is ${kindOf(raw)}${raw === null ? '' : UNVERIFIED}`,
    rule,
    'omit statusDescription, or set it to a string',
  );
}

function v1BodyText(raw: unknown, j: Judgement, family: string, policy: V1Policy): string | undefined {
  const how = policy.body;
  if (how.coerce) return readBodyText(raw, j, family, how.coerceRule, how.rejectRule, how.rejectCaveat);
  // A string or nothing; "" is the same as nothing
  if (typeof raw === 'string') return raw;
  if (raw === undefined) return '';
  if (raw === null) {
    j.error(
      'body',
      `body is null, which ${family} rejects (API Gateway and function URLs accept it)`,
      how.rule,
      "omit body, or use body: ''",
    );
  } else {
    const { kind, hint } = bodyAdvice(raw, typeof raw === 'object' ? 'JSON.stringify it' : 'String() it');
    j.error('body', `body must be a string, but it is ${kind}`, how.rule, hint);
  }
  return undefined;
}

function v1Base64Flag(
  value: Record<string, unknown>,
  alias: boolean,
  j: Judgement,
  policy: V1Policy,
): boolean {
  const { flag, alias: aliasRule } = policy.base64;
  let raw = value.isBase64Encoded;
  if (alias && aliasRule !== undefined) {
    const { key, rule } = aliasRule;
    j.warn(
      key,
      `${key} is an undocumented alias that ${policy.name} seems to tolerate; the documented key is isBase64Encoded${UNVERIFIED}`,
      rule,
      'rename it to isBase64Encoded',
    );
    if (raw === undefined) raw = value[key];
  }
  return readBase64Flag(raw, j, flag);
}

function v1DecodedBody(
  text: string,
  ctx: JudgeContext,
  name: string,
  policy: V1Policy,
): ClientBody | undefined {
  const { decode } = policy.base64;
  if (decode.kind === 'binaryMediaTypes') return convertBinaryBody(text, ctx, name, decode);
  const { j } = ctx;
  const body = decodeBody(text, j, name, decode.rule);
  if (body !== undefined) j.note('body', `${name} decoded the base64 body${decode.aside}`, decode.rule);
  return body;
}

// RF-4: an adapter that mirrors every header into both maps (fastify's does) loses nothing.
function warnLost(
  value: Record<string, unknown>,
  unread: 'headers' | 'multiValueHeaders',
  read: 'headers' | 'multiValueHeaders',
  j: Judgement,
  name: string,
  ignored: V1IgnoredMap,
): void {
  const lost = lostHeaders(value[unread], value[read], unread === 'multiValueHeaders');
  if (lost.length === 0) return;
  j.warn(
    unread,
    `${name} ignores ${unread}${ignored.condition}, so ${describeLost(lost, read)} never reach the client`,
    ignored.rule,
    ignored.hint,
  );
}

function mergeMaps(
  single: SingleHeaders,
  multi: readonly [string, string[]][],
  j: Judgement,
  policy: V1Policy,
): MergedHeaders {
  // Without `merge` one map is ignored, so nothing can meet in both and the rule is never cited.
  const merge = policy.merge;
  return mergeHeaderMaps(single, multi, policy.name, merge?.rule ?? '', j, merge?.verified);
}
