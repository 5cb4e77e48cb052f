// API Gateway HTTP API, payload format 1.0: proxy-rules.md §2. REST's documented shape, but a different
// implementation: statusCode is required, unknown keys are ignored, base64 is always decoded.
import type { HeaderRules, MultiValueRules } from '../fields/readHeaders.js';
import { httpApiErrorResponse } from './errorResponses.js';
import { HTTP_API_TIMEOUT } from './gatewayTimeout.js';
import type { IntegrationRules } from './IntegrationRules.js';
import { judgeV1, v1Policy } from './judgePayloadV1.js';

const NAME = 'HTTP API 1.0';

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

const POLICY = v1Policy({
  name: NAME,
  keys: new Set(['statusCode', 'body', 'isBase64Encoded', 'headers', 'multiValueHeaders']),
  notObject: { null: 'H1-1', string: 'H1-1', other: 'H1-1' },
  unknownKeys: {
    rule: 'H1-2',
    verified: true,
    // low (H1-2): that cookies is ignored rather than turned into headers
    advice: {
      cookies: { hint: "send them as multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] }", verified: false },
    },
  },
  status: {
    // H1-1: required, even when null
    missing: { required: 'H1-1', reason: 'unlike REST it does not default to 200' },
    null: 'missing',
    // low (H1-6): numeric strings are unverified on HTTP API; function URLs accept them (F-4)
    numericString: { rule: 'H1-6', verified: false },
    fraction: { reject: 'H1-6', caveat: ' (AWS behaviour unverified)' },
    // low (H1-6): ranges are unverified; we judge outside 100–599 malformed, as on REST (R-S4)
    range: { rule: 'H1-6', judged: 'a 500' },
    wrongType: { rule: 'H1-6', jsonNumber: false, says: ': HTTP API says "Invalid status code"' },
  },
  // low (H1-6): body coercion is unverified; judged as on REST (R-B1 … R-B3)
  body: {
    coerce: true,
    coerceRule: 'H1-6',
    rejectRule: 'H1-6',
    rejectCaveat: ' (HTTP API 1.0 answers 500, AWS behaviour unverified)',
  },
  base64: {
    // low (H1-4): non-boolean flags are unverified on HTTP API; judged malformed
    flag: { rule: 'H1-4', nullIsFalse: true, stringBooleans: false },
    // medium (H1-4): HTTP API has no binaryMediaTypes and always decodes; low: invalid base64 → 500
    decode: { kind: 'always', rule: 'H1-4', aside: ' (it always does)' },
  },
  headers: { read: HEADER_RULES },
  multiValueHeaders: { read: MULTI_RULES },
  // low (H1-3): HTTP API's merge of the two maps is undocumented; assumed to follow REST's R-M3
  merge: { rule: 'H1-3', verified: false, asRead: false },
  // low (H1-7): the default Content-Type is assumed to match payload 2.0's
  defaultContentType: { type: 'text/plain; charset=utf-8', rule: 'H1-7', verified: false },
});

export const httpApiV1: IntegrationRules = {
  integration: 'http-1.0',
  judge: (value, ctx) => judgeV1(value, ctx, POLICY),
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
