// Application Load Balancer, Lambda target, multi-value headers off: proxy-rules.md §4. ALB is strict about
// types: no coercion, no nulls, no inference, and only statusCode is required.
import type { HeaderRules } from '../fields/readHeaders.js';
import type { Failure } from '../outcome/Judgement.js';
import { albErrorResponse } from './errorResponses.js';
import type { IntegrationRules } from './IntegrationRules.js';
import { judgeV1, v1Policy } from './judgePayloadV1.js';
import type { V1Policy } from './V1Policy.js';

const NAME = 'ALB';

// A-H1 … A-H3. Low: a null header value.
/** ALB's `headers` rules; lattice.ts words them for VPC Lattice. */
export const ALB_HEADER_RULES: HeaderRules = {
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

/** ALB's rules with multi-value headers off, as data: albMultiValue.ts and lattice.ts start from them. */
export const ALB_POLICY: V1Policy = {
  name: NAME,
  keys: new Set([
    'statusCode',
    'statusDescription',
    'body',
    'isBase64Encoded',
    'headers',
    'multiValueHeaders',
  ]),
  notObject: { null: 'A-2', string: 'A-2', other: 'A-2' },
  // A-E: ALB's cap on the response JSON from a Lambda target
  sizeLimit: {
    bytes: 1_048_576,
    label: '1 MB',
    rule: 'A-E',
    says: 'its access log says LambdaResponseTooLarge',
    failure: TOO_LARGE,
  },
  // low (A-K): unknown keys are unverified; judged ignored
  unknownKeys: {
    rule: 'A-K',
    verified: false,
    advice: {
      cookies: {
        hint: "send one as headers: { 'Set-Cookie': 'a=1' }, or turn on multi-value headers for several",
        verified: false,
      },
    },
  },
  // A-1 … A-3: required, a JSON number; low: ranges are unverified on ALB, judged a 502
  status: {
    missing: { required: 'A-2', reason: 'it does not default to 200 or infer a response' },
    null: 'wrong type',
    numericString: 'wrong type',
    fraction: { reject: 'A-3', caveat: '' },
    range: { rule: 'A-3', judged: 'a 502' },
    wrongType: { rule: 'A-3', jsonNumber: true, says: '' },
  },
  // A-D1: optional, but not null
  statusDescriptionRule: 'A-D1',
  // a string or nothing; "" is the same as nothing; null is a 502
  body: { coerce: false, rule: 'A-4' },
  base64: {
    // A-64, low: ALB takes no nulls and no coercion; other values are judged a 502
    flag: { rule: 'A-64', nullIsFalse: false, stringBooleans: false },
    // low: invalid base64 is probably a 502
    decode: { kind: 'always', rule: 'A-64', aside: '' },
  },
  headers: { read: ALB_HEADER_RULES },
  // A-H3
  multiValueHeaders: {
    ignored: {
      rule: 'A-H3',
      condition: ' unless the target group has multi-value headers on',
      hint: "put them in headers, or judge with { integration: 'alb-multi-value' } if the target group has multi-value headers on",
    },
  },
  // medium (A-C1)
  defaultContentType: { type: 'application/octet-stream', rule: 'A-C1', verified: true },
};

const POLICY = v1Policy(ALB_POLICY);

export const alb: IntegrationRules = {
  integration: 'alb',
  judge: (value, ctx) => judgeV1(value, ctx, POLICY),
  errorResponse: albErrorResponse,
  rejectedNote: {
    message: 'ALB answered 502 with its own Bad Gateway page; its access log says LambdaInvalidResponse',
    rule: 'A-E',
  },
  functionErrorNote: FUNCTION_ERROR_NOTE,
};
