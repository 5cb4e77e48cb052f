// API Gateway REST API, Lambda proxy integration: proxy-rules.md §1. REST is strict about keys and shapes but
// coerces scalars, like a typed deserialiser that fails on unknown properties.
import { isMediaType, matchingBinaryType, mediaType } from '../../internal/binaryMediaTypes.js';
import { isObject } from '../../internal/isObject.js';
import { type ClientBody, textBody } from '../fields/bytes.js';
import { type MergedHeaders, mergeHeaderMaps } from '../fields/mergeHeaderMaps.js';
import { readBase64Flag } from '../fields/readBase64Flag.js';
import { readBodyText } from '../fields/readBodyText.js';
import {
  type HeaderRules,
  type MultiValueRules,
  readHeaders,
  readMultiValueHeaders,
  UNVERIFIED,
} from '../fields/readHeaders.js';
import { readStatusCode, statusInRange, warnNumericStatus } from '../fields/readStatusCode.js';
import {
  addDefaultContentType,
  decodeBody,
  rejectNotObject,
  rejectUnknownKeys,
} from '../fields/responseParts.js';
import { kindOf, preview } from '../outcome/describe.js';
import type { Failure, Judgement } from '../outcome/Judgement.js';
import { restConversionErrorResponse, restErrorResponse, restTimeoutResponse } from './errorResponses.js';
import type { BuiltResponse, IntegrationRules, JudgeContext } from './IntegrationRules.js';

// Module-scope copies of globals: lookups are slow inside jest's vm sandbox.
const _NameSet = Set;
const { trunc } = Math;

const NAME = 'REST';
const KEYS: ReadonlySet<string> = new Set([
  'statusCode',
  'headers',
  'multiValueHeaders',
  'body',
  'isBase64Encoded',
]);

export const rest: IntegrationRules = {
  integration: 'rest',
  judge: judgeRest,
  errorResponse: restErrorResponse,
  rejectedNote: {
    message:
      'API Gateway (REST) answered 502 {"message": "Internal server error"}; its execution log says "Malformed Lambda proxy response"',
    rule: 'R-E1',
  },
  gatewayTimeout: {
    defaultMs: 29_000,
    response: restTimeoutResponse,
    answer: '504 {"message": "Endpoint request timed out"}',
    verified: true,
  },
  functionErrorNote: {
    message:
      'API Gateway (REST) answers a function error with 502 {"message": "Internal server error"}; its execution log says "Lambda execution failed with status 200 due to customer function error"',
    rule: 'R-E2',
  },
};

function judgeRest(value: unknown, ctx: JudgeContext): BuiltResponse | undefined {
  const { j } = ctx;
  if (!isObject(value)) {
    rejectNotObject(value, NAME, { null: 'R-T2', string: 'R-T1', other: 'R-T3' }, j);
    return undefined;
  }

  let knownKeys = 0;
  const unknown: string[] = [];
  let alias = false;
  for (const key in value) {
    if (KEYS.has(key)) knownKeys++;
    else if (key === 'base64Encoded') alias = true;
    else unknown.push(key);
  }
  if (unknown.length > 0) rejectUnknownKeys(value, unknown, knownKeys > 0 || alias, KEYS, NAME, j);

  const empty = knownKeys === 0 && !alias && unknown.length === 0;
  const status = restStatus(value.statusCode, empty, j);
  const base64 = restBase64Flag(value, alias, j);
  const headers = restHeaders(value, j);
  // R-B1 … R-B3; low (R-B3): the docs say string, and coercion is inferred from R-S1 and R-H1
  const text = readBodyText(value.body, j, NAME, 'R-B3', 'R-B2');
  if (j.errors > 0) return undefined;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, both are undefined only after an error; this narrows their types
  if (status === undefined || text === undefined) return undefined;

  if (value.statusCode === undefined && !empty) {
    j.note('statusCode', 'there is no statusCode, so REST answered 200', 'R-K2');
  }
  // The body first: a failed binary conversion (R-64b) leaves no response for a default Content-Type to go in.
  const body = base64 ? restBinaryBody(text, ctx) : textBody(text);
  if (body === undefined) return undefined;
  const lines = headers.lines;
  if (!headers.contentTypeNulled) addDefaultContentType(lines, 'application/json', NAME, 'R-C1', j);
  return { status, headers: lines, body };
}

// R-K2, R-S1 … R-S4
function restStatus(raw: unknown, emptyResult: boolean, j: Judgement): number | undefined {
  const reading = readStatusCode(raw);
  switch (reading.kind) {
    case 'missing':
      // The note for a defaulted status waits until the result is known to be accepted (judgeRest).
      if (emptyResult) {
        j.warn(
          '',
          'the result is {}, which REST answers with 200 and an empty body',
          'R-K2',
          "return { statusCode: 200, body: '…' } if that is what you mean",
        );
      }
      return 200;
    case 'null':
      // low: inferred from REST's coercion of other scalars (R-S3)
      j.warn(
        'statusCode',
        'statusCode is null, which REST treats as missing and answers 200 (AWS behaviour unverified)',
        'R-S3',
        'set statusCode: 200',
      );
      return 200;
    case 'numeric-string':
      warnNumericStatus(raw, reading.value, j, NAME, 'R-S1', true);
      return inRange(reading.value, j);
    case 'fraction': {
      // low: truncation is inferred from the coercion in R-S1 (R-S3)
      const truncated = trunc(reading.value);
      j.warn(
        'statusCode',
        `statusCode ${reading.value} is not a whole number; REST probably truncates it to ${truncated} (AWS behaviour unverified)`,
        'R-S3',
        `use statusCode: ${truncated}`,
      );
      return inRange(truncated, j);
    }
    case 'integer':
      return inRange(reading.value, j);
    case 'invalid':
      if (typeof reading.value === 'boolean') {
        // low (R-S3)
        j.error(
          'statusCode',
          `statusCode must be a number, but it is ${reading.value}${UNVERIFIED}`,
          'R-S3',
          'use statusCode: 200',
        );
      } else {
        j.error(
          'statusCode',
          `statusCode must be a number, but it is ${typeof reading.value === 'string' ? `the string ${preview(reading.value)}` : kindOf(reading.value)}`,
          'R-S2',
          'use statusCode: 200',
        );
      }
      return undefined;
  }
}

// R-S4, low: outside 100–599 is unverified; our judgement is 502.
function inRange(status: number, j: Judgement): number | undefined {
  return statusInRange(status, j, 'R-S4', 'a 502');
}

// R-64c, R-K3
function restBase64Flag(result: Record<string, unknown>, alias: boolean, j: Judgement): boolean {
  let raw = result.isBase64Encoded;
  if (alias) {
    // low (R-K3): SAM CLI's maintainers found the alias "based on some trials"; it is undocumented
    j.warn(
      'base64Encoded',
      'base64Encoded is an undocumented alias that REST seems to tolerate; the documented key is isBase64Encoded (AWS behaviour unverified)',
      'R-K3',
      'rename it to isBase64Encoded',
    );
    if (raw === undefined) raw = result.base64Encoded;
  }
  // low (R-64c): the strings are accepted, other values unverified and judged malformed
  return readBase64Flag(raw, j, { rule: 'R-64c', nullIsFalse: true, stringBooleans: true });
}

// R-H1 … R-H5, R-M1 … R-M4. Low: number values (R-H2), other null values (R-H4), nested values (R-H5).
const HEADER_RULES: HeaderRules = {
  name: NAME,
  coerce: true,
  shapeRule: 'R-H5',
  booleanRule: 'R-H1',
  numberRule: 'R-H2',
  nullValueRule: 'R-H4',
  nestedRule: 'R-H5',
  nestedHint: "join the values with ', ', or send them as multiValueHeaders: { name: ['a', 'b'] }",
  verified: new Set(['boolean', 'contentTypeNull']),
};
const MULTI_RULES: MultiValueRules = {
  name: NAME,
  coerce: true,
  shapeRule: 'R-M1',
  entryRule: 'R-M1',
  itemRule: 'R-M1',
  verified: new Set(['entry']),
};

function restHeaders(result: Record<string, unknown>, j: Judgement): MergedHeaders {
  const single = readHeaders(result.headers, 'headers', j, HEADER_RULES);
  const multi = readMultiValueHeaders(result.multiValueHeaders, 'multiValueHeaders', j, MULTI_RULES);
  return mergeHeaderMaps(single, multi, NAME, 'R-M3', j);
}

// R-64a: REST decodes base64 only when the request's first Accept value matches one of the API's
// binaryMediaTypes; the response's own Content-Type plays no part (AWS-validated in LocalStack's
// test_aws_proxy_binary_response). Otherwise the client gets the base64 text as it was sent.
function restBinaryBody(text: string, ctx: JudgeContext): ClientBody | undefined {
  const { j, options } = ctx;
  const { binaryMediaTypes, accept } = options;
  const first = accept === undefined ? '' : firstMediaType(accept);
  let matched: string | undefined;
  let reason: string;
  if (binaryMediaTypes === undefined || binaryMediaTypes.length === 0) {
    reason = 'the API has no binaryMediaTypes (options.binaryMediaTypes)';
  } else if (first === '') {
    reason = 'the request has no Accept header (options.accept)';
  } else if (!isMediaType(first)) {
    reason = `the first Accept value ${first} is not a media type (type/subtype)`;
  } else {
    matched = matchingBinaryType(binaryMediaTypes, first);
    const family = first.slice(0, first.indexOf('/'));
    reason = first.includes('*')
      ? `the first Accept value ${first} is a wildcard, which REST compares as a literal type: only a binaryMediaTypes entry of */*${family === '*' ? '' : ` or ${family}/*`} matches it`
      : `the first Accept value ${first} matches none of binaryMediaTypes (only the first Accept value counts)`;
  }
  if (matched === undefined) {
    j.warn(
      'isBase64Encoded',
      `isBase64Encoded is true, but REST passes the base64 text through undecoded because ${reason}`,
      'R-64a',
      "add the type to the API's binaryMediaTypes and pass { binaryMediaTypes, accept } here, or send the body as text",
    );
    return textBody(text);
  }
  // R-64b: recorded as a 500 on AWS when the types match; the API Gateway docs call it a failed conversion.
  const decoded = decodeBody(text, j, NAME, 'R-64b', true);
  if (decoded === undefined) {
    j.failure = BINARY_CONVERSION_FAILED;
    return undefined;
  }
  j.note(
    'body',
    `REST decoded the base64 body because the first Accept value ${first} matches the binary media type ${matched}`,
    'R-64a',
  );
  return decoded;
}

const BINARY_CONVERSION_FAILED: Failure = {
  note: {
    message:
      'API Gateway (REST) answered 500: it could not convert the body to binary, which its docs call an API configuration error (the body shown is assumed to be {"message": "Internal server error"})',
    rule: 'R-64b',
  },
  response: restConversionErrorResponse,
};

/** The first value of an Accept header, without parameters, in lower case. */
function firstMediaType(accept: string): string {
  const comma = accept.indexOf(',');
  return mediaType(comma === -1 ? accept : accept.slice(0, comma));
}
