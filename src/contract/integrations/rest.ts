// API Gateway REST API, Lambda proxy integration: proxy-rules.md §1. REST is strict about keys and shapes but
// coerces scalars, like a typed deserialiser that fails on unknown properties.
import type { HeaderRules, MultiValueRules } from '../fields/readHeaders.js';
import type { Failure } from '../outcome/Judgement.js';
import { restConversionErrorResponse, restErrorResponse, restTimeoutResponse } from './errorResponses.js';
import type { IntegrationRules } from './IntegrationRules.js';
import { judgeV1, v1Policy } from './judgePayloadV1.js';

const NAME = 'REST';

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

// R-64b: the client's answer when the conversion to binary fails.
const BINARY_CONVERSION_FAILED: Failure = {
  note: {
    message:
      'API Gateway (REST) answered 500: it could not convert the body to binary, which its docs call an API configuration error (the body shown is assumed to be {"message": "Internal server error"})',
    rule: 'R-64b',
  },
  response: restConversionErrorResponse,
};

const POLICY = v1Policy({
  name: NAME,
  // REST reads the body last: its problems follow those of the flag and the headers.
  keys: new Set(['statusCode', 'isBase64Encoded', 'headers', 'multiValueHeaders', 'body']),
  notObject: { null: 'R-T2', string: 'R-T1', other: 'R-T3' },
  // R-K1 (R-E3 for a returned error's keys): listed first, before statusCode
  unknownKeys: 'reject',
  status: {
    // R-K2: none at all → 200
    missing: { default: 'R-K2' },
    // low: inferred from REST's coercion of other scalars (R-S3)
    null: { warn: 'R-S3' },
    numericString: { rule: 'R-S1', verified: true },
    // low: truncation is inferred from the coercion in R-S1 (R-S3)
    fraction: { truncate: 'R-S3' },
    // R-S4, low: outside 100–599 is unverified; our judgement is 502
    range: { rule: 'R-S4', judged: 'a 502' },
    // R-S2; low (R-S3) for a boolean
    wrongType: { rule: 'R-S2', jsonNumber: false, says: '', booleanRule: 'R-S3' },
  },
  // R-B1 … R-B3; low (R-B3): the docs say string, and coercion is inferred from R-S1 and R-H1
  body: { coerce: true, coerceRule: 'R-B3', rejectRule: 'R-B2', rejectCaveat: '' },
  base64: {
    // low (R-64c): the strings are accepted, other values unverified and judged malformed
    flag: { rule: 'R-64c', nullIsFalse: true, stringBooleans: true },
    // low (R-K3): SAM CLI's maintainers found the alias "based on some trials"; it is undocumented
    alias: { key: 'base64Encoded', rule: 'R-K3' },
    // R-64a, R-64b
    decode: { kind: 'binaryMediaTypes', rule: 'R-64a', badRule: 'R-64b', failure: BINARY_CONVERSION_FAILED },
  },
  headers: { read: HEADER_RULES },
  multiValueHeaders: { read: MULTI_RULES },
  merge: { rule: 'R-M3', verified: true, asRead: true },
  defaultContentType: { type: 'application/json', rule: 'R-C1', verified: true },
});

export const rest: IntegrationRules = {
  integration: 'rest',
  judge: (value, ctx) => judgeV1(value, ctx, POLICY),
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
