// API Gateway HTTP API, payload format 1.0: proxy-rules.md §2. REST's documented shape, but a different
// implementation: statusCode is required, unknown keys are ignored, base64 is always decoded.
import { isObject } from '../../internal/isObject.js';
import { textBody } from '../fields/bytes.js';
import { rejectMissingStatusCode, type StatusRequirement } from '../fields/keyAdvice.js';
import { mergeHeaderMaps } from '../fields/mergeHeaderMaps.js';
import { readBase64Flag } from '../fields/readBase64Flag.js';
import { readBodyText } from '../fields/readBodyText.js';
import {
  type HeaderRules,
  type MultiValueRules,
  readHeaders,
  readMultiValueHeaders,
  UNVERIFIED,
} from '../fields/readHeaders.js';
import {
  readStatusCode,
  rejectFractionStatus,
  statusInRange,
  warnNumericStatus,
} from '../fields/readStatusCode.js';
import {
  addDefaultContentType,
  decodeBody,
  ignoreUnknownKeys,
  rejectNotObject,
} from '../fields/responseParts.js';
import { kindOf, preview } from '../outcome/describe.js';
import type { Judgement } from '../outcome/Judgement.js';
import { httpApiErrorResponse } from './errorResponses.js';
import { HTTP_API_TIMEOUT } from './gatewayTimeout.js';
import type { BuiltResponse, IntegrationRules, JudgeContext } from './IntegrationRules.js';

const NAME = 'HTTP API 1.0';
const KEYS: ReadonlySet<string> = new Set([
  'statusCode',
  'headers',
  'multiValueHeaders',
  'body',
  'isBase64Encoded',
]);
const STATUS_REQUIRED: StatusRequirement = { name: NAME, rule: 'H1-1', keys: KEYS };
const BODY_REJECTED = ' (HTTP API 1.0 answers 500, AWS behaviour unverified)';

export const httpApiV1: IntegrationRules = {
  integration: 'http-1.0',
  judge: judgeHttpApiV1,
  errorResponse: httpApiErrorResponse,
  rejectedNote: {
    message:
      'API Gateway (HTTP API) answered 500 {"message":"Internal Server Error"}; its access log says MALFORMED_PROXY_RESPONSE',
    rule: 'H1-5',
  },
  gatewayTimeout: HTTP_API_TIMEOUT,
  functionErrorNote: {
    message: 'API Gateway (HTTP API) answers a function error with 500 {"message":"Internal Server Error"}',
    rule: 'H1-5',
  },
};

function judgeHttpApiV1(value: unknown, ctx: JudgeContext): BuiltResponse | undefined {
  const { j } = ctx;
  if (!isObject(value)) {
    rejectNotObject(value, NAME, { null: 'H1-1', string: 'H1-1', other: 'H1-1' }, j);
    return undefined;
  }
  const unknown: string[] = [];
  let knownKeys = 0;
  for (const key in value) {
    if (KEYS.has(key)) knownKeys++;
    else unknown.push(key);
  }

  const status = v1Status(value.statusCode, unknown, knownKeys, j);
  // A data object (no response key at all) is explained by the statusCode error alone.
  if (unknown.length > 0 && knownKeys > 0) {
    // low (H1-2): that cookies is ignored rather than turned into headers
    ignoreUnknownKeys(value, unknown, j, {
      known: KEYS,
      name: NAME,
      rule: 'H1-2',
      advice: {
        cookies: {
          hint: "send them as multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] }",
          verified: false,
        },
      },
    });
  }
  // low (H1-6): body coercion is unverified; judged as on REST (R-B1 … R-B3)
  const text = readBodyText(value.body, j, NAME, 'H1-6', 'H1-6', BODY_REJECTED);
  // low (H1-4): non-boolean flags are unverified on HTTP API; judged malformed
  const base64 = readBase64Flag(value.isBase64Encoded, j, {
    rule: 'H1-4',
    nullIsFalse: true,
    stringBooleans: false,
  });
  const single = readHeaders(value.headers, 'headers', j, HEADER_RULES);
  const multi = readMultiValueHeaders(value.multiValueHeaders, 'multiValueHeaders', j, MULTI_RULES);
  if (j.errors > 0 || status === undefined || text === undefined) return undefined;

  // medium (H1-4): HTTP API has no binaryMediaTypes and always decodes; low: invalid base64 → 500. The body
  // comes first, so that a rejected one leaves no notes about headers that were never sent.
  const body = base64 ? decodeBody(text, j, NAME, 'H1-4') : textBody(text);
  if (body === undefined) return undefined;
  if (base64) j.note('body', 'HTTP API 1.0 decoded the base64 body (it always does)', 'H1-4');
  // low (H1-3): HTTP API's merge of the two maps is undocumented; assumed to follow REST's R-M3
  const { lines, contentTypeNulled } = mergeHeaderMaps(single, multi, NAME, 'H1-3', j, false);
  // low (H1-7): the default Content-Type is assumed to match payload 2.0's
  if (!contentTypeNulled) addDefaultContentType(lines, 'text/plain; charset=utf-8', NAME, 'H1-7', j, false);
  return { status, headers: lines, body };
}

// H1-1, H1-6
function v1Status(
  raw: unknown,
  unknown: readonly string[],
  knownKeys: number,
  j: Judgement,
): number | undefined {
  const reading = readStatusCode(raw);
  switch (reading.kind) {
    case 'missing':
    case 'null': {
      const what = reading.kind === 'null' ? 'statusCode is null' : 'there is no statusCode';
      rejectMissingStatusCode(
        `${what}, and HTTP API 1.0 requires one: unlike REST it does not default to 200`,
        unknown,
        knownKeys,
        j,
        STATUS_REQUIRED,
        reading.kind === 'missing',
      );
      return undefined;
    }
    case 'numeric-string':
      // low (H1-6): numeric strings are unverified on HTTP API; function URLs accept them (F-4)
      warnNumericStatus(raw, reading.value, j, NAME, 'H1-6', false);
      return statusInRange(reading.value, j, 'H1-6', 'a 500');
    case 'integer':
      // low (H1-6): ranges are unverified; we judge outside 100–599 malformed, as on REST (R-S4)
      return statusInRange(reading.value, j, 'H1-6', 'a 500');
    case 'fraction':
      rejectFractionStatus(reading.value, j, 'H1-6', UNVERIFIED);
      return undefined;
    case 'invalid':
      j.error(
        'statusCode',
        `statusCode must be a number, but it is ${typeof reading.value === 'string' ? `the string ${preview(reading.value)}` : kindOf(reading.value)}: HTTP API says "Invalid status code"`,
        'H1-6',
        'use statusCode: 200',
      );
      return undefined;
  }
}

// low (H1-6): header coercion on HTTP API is unverified; judged as on REST
const HEADER_RULES: HeaderRules = {
  name: NAME,
  coerce: true,
  shapeRule: 'H1-6',
  booleanRule: 'H1-6',
  numberRule: 'H1-6',
  nullValueRule: 'H1-6',
  nestedRule: 'H1-6',
  nestedHint: "join the values with ', ', or send them as multiValueHeaders: { name: ['a', 'b'] }",
  verified: new Set(),
};
// high (H1-3): multiValueHeaders is supported; low: its validation and the merge
const MULTI_RULES: MultiValueRules = {
  name: NAME,
  coerce: true,
  shapeRule: 'H1-3',
  entryRule: 'H1-3',
  itemRule: 'H1-3',
  verified: new Set(),
};
