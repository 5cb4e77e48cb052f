// The payload 1.0 response format, which REST, HTTP API 1.0, ALB (both target-group modes) and VPC Lattice
// share (§1, §2, §4, §11): { statusCode, headers, multiValueHeaders, body, isBase64Encoded }, ALB's with
// statusDescription. The front ends differ in rule details, which each passes in as a V1Policy.
import { isObject } from '../../internal/isObject.js';
import { type ClientBody, textBody } from '../fields/bytes.js';
import { describeLost, lostHeaders } from '../fields/lostHeaders.js';
import { mergeHeaderMaps } from '../fields/mergeHeaderMaps.js';
import { readBase64Flag } from '../fields/readBase64Flag.js';
import { readBodyText } from '../fields/readBodyText.js';
import { readHeaders, readMultiValueHeaders, type SingleHeaders, UNVERIFIED } from '../fields/readHeaders.js';
import {
  addDefaultContentType,
  addEntries,
  bodyAdvice,
  decodeBody,
  defaultContentTypeNote,
  ignoreUnknownKeys,
  rejectNotObject,
  rejectUnknownKeys,
} from '../fields/responseParts.js';
import { addHeader, type HeaderLines, newHeaderLines } from '../http/headerLines.js';
import { formatCount, kindOf } from '../outcome/describe.js';
import type { Judgement } from '../outcome/Judgement.js';
import { convertBinaryBody } from './convertBinaryBody.js';
import type { BuiltResponse, JudgeContext } from './IntegrationRules.js';
import { judgeStatusV1 } from './judgeStatusV1.js';
import type { JudgedV1Policy, V1IgnoredMap, V1Key, V1Policy } from './V1Policy.js';

const { freeze } = Object;

// The judge's steps after statusCode, one per key.
const DESCRIPTION = 0;
const BODY = 1;
const FLAG = 2;
const HEADERS = 3;
const MULTI = 4;
const STEPS: Readonly<Record<Exclude<V1Key, 'statusCode'>, number>> = {
  statusDescription: DESCRIPTION,
  body: BODY,
  isBase64Encoded: FLAG,
  headers: HEADERS,
  multiValueHeaders: MULTI,
};

/**
 * `policy` as the judge reads it: every field present, in one order, and `family` filled in, so that every
 * policy has the same hidden class and the judge's reads of it stay monomorphic however many front ends one
 * process judges for; `keys` as step numbers.
 */
export function v1Policy(policy: V1Policy): JudgedV1Policy {
  const { base64, name, defaultContentType } = policy;
  const { decode } = base64;
  const steps: number[] = [];
  for (const key of policy.keys) if (key !== 'statusCode') steps.push(STEPS[key]);
  return {
    name: policy.name,
    family: policy.family ?? policy.name,
    keys: policy.keys,
    steps,
    headerRules: 'read' in policy.headers ? policy.headers.read : undefined,
    headersIgnored: 'ignored' in policy.headers ? policy.headers.ignored : undefined,
    multiRules: 'read' in policy.multiValueHeaders ? policy.multiValueHeaders.read : undefined,
    multiIgnored: 'ignored' in policy.multiValueHeaders ? policy.multiValueHeaders.ignored : undefined,
    notObject: policy.notObject,
    sizeLimit: policy.sizeLimit,
    unknownKeys: policy.unknownKeys,
    status: policy.status,
    statusDescriptionRule: policy.statusDescriptionRule,
    body: policy.body,
    base64: { flag: base64.flag, alias: base64.alias, decode: base64.decode },
    headers: policy.headers,
    multiValueHeaders: policy.multiValueHeaders,
    merge: policy.merge,
    defaultContentType: policy.defaultContentType,
    borrowed: policy.borrowed,
    dropHeaders: policy.dropHeaders,
    contentTypeNote: defaultContentTypeNote(defaultContentType.type, name, defaultContentType.verified),
    decodedNote: decode.kind === 'always' ? `${name} decoded the base64 body${decode.aside}` : '',
  };
}

// What an ignored map contributes to the merge: nothing.
const NO_HEADERS: SingleHeaders = freeze({ entries: freeze([]) as never, contentTypeNulled: false });
const NO_MULTI: readonly [string, string[]][] = freeze([]);

/** Judges a payload 1.0 result by the rules of the front end `policy` describes. */
export function judgeV1(
  value: unknown,
  ctx: JudgeContext,
  policy: JudgedV1Policy,
): BuiltResponse | undefined {
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

function judgeResponse(value: unknown, ctx: JudgeContext, policy: JudgedV1Policy): BuiltResponse | undefined {
  const { j } = ctx;
  const { name, keys, family } = policy;
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
  const status = judgeStatusV1(value.statusCode, unknown, knownKeys, empty, j, policy);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, with no unknown keys there is nothing to say; the check spares building the options
  if (!rejectsKeys && unknown.length > 0 && knownKeys > 0) ignoreKeys(value, unknown, j, policy);

  let text: string | undefined = '';
  let base64 = false;
  let single = NO_HEADERS;
  let multi = NO_MULTI;
  const { steps, headerRules, multiRules } = policy;
  for (let i = 0; i < steps.length; i++) {
    switch (steps[i]) {
      case DESCRIPTION:
        checkStatusDescription(value.statusDescription, j, policy.statusDescriptionRule ?? '');
        break;
      case BODY:
        text = v1BodyText(value.body, j, family, policy);
        break;
      case FLAG:
        base64 = v1Base64Flag(value, alias, j, policy);
        break;
      case HEADERS:
        if (headerRules !== undefined) single = readHeaders(value.headers, 'headers', j, headerRules);
        else warnLost(value, 'headers', 'multiValueHeaders', j, name, policy.headersIgnored!);
        break;
      case MULTI:
        if (multiRules !== undefined)
          multi = readMultiValueHeaders(value.multiValueHeaders, 'multiValueHeaders', j, multiRules);
        else warnLost(value, 'multiValueHeaders', 'headers', j, name, policy.multiIgnored!);
        break;
    }
  }
  const { merge } = policy;
  let lines: HeaderLines | undefined;
  let contentTypeNulled = false;
  if (merge === undefined) {
    // One map ignored (ALB): nothing can meet in both, so there is nothing to merge.
    lines = unmergedLines(single, multi);
    contentTypeNulled = single.contentTypeNulled;
  } else if (merge.asRead) {
    ({ lines, contentTypeNulled } = mergeHeaderMaps(single, multi, name, merge.rule, j, merge.verified));
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, status and text are undefined only after an error; this narrows their types
  if (j.errors > 0 || status === undefined || text === undefined) return undefined;

  const { missing } = policy.status;
  if (value.statusCode === undefined && !empty && 'default' in missing) {
    j.note('statusCode', `there is no statusCode, so ${name} answered 200`, missing.default);
  }
  // The body first, so that a rejected one leaves no notes about headers that were never sent.
  const body = base64 ? v1DecodedBody(text, ctx, name, policy) : textBody(text);
  if (body === undefined) return undefined;
  if (lines === undefined) {
    // merge is set here: without it the lines were built as the maps were read.
    ({ lines, contentTypeNulled } = mergeHeaderMaps(single, multi, name, merge!.rule, j, merge!.verified));
  }
  const contentType = policy.defaultContentType;
  if (!contentTypeNulled)
    addDefaultContentType(lines, contentType.type, name, contentType.rule, j, true, policy.contentTypeNote);
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
  policy: JudgedV1Policy,
): ClientBody | undefined {
  const { decode } = policy.base64;
  if (decode.kind === 'binaryMediaTypes') return convertBinaryBody(text, ctx, name, decode);
  const { j } = ctx;
  const body = decodeBody(text, j, name, decode.rule);
  if (body !== undefined) j.note('body', policy.decodedNote, decode.rule);
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

// The lines of the one map a front end reads, when it ignores the other: each value its own line (AM-2).
function unmergedLines(single: SingleHeaders, multi: readonly [string, string[]][]): HeaderLines {
  const lines = newHeaderLines();
  addEntries(lines, single.entries);
  for (let i = 0; i < multi.length; i++) {
    const [header, values] = multi[i]!;
    for (let k = 0; k < values.length; k++) addHeader(lines, header, values[k]!);
  }
  return lines;
}
