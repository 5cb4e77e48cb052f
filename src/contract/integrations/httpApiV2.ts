// API Gateway HTTP API, payload format 2.0: proxy-rules.md §3. Inference is keyed on the absence of
// statusCode alone; with statusCode the documented shape applies and multiValueHeaders is ignored.
import { httpApiErrorResponse } from './errorResponses.js';
import { HTTP_API_TIMEOUT } from './gatewayTimeout.js';
import type { IntegrationRules } from './IntegrationRules.js';
import { judgeV2, type V2Policy, v2HeaderRules } from './judgePayloadV2.js';

const POLICY: V2Policy = {
  name: 'HTTP API 2.0',
  // low: header value types on 2.0 are unverified; judged as on REST (R-H1, R-H2, R-H5)
  headerRules: v2HeaderRules('HTTP API 2.0', 'H2-5'),
  defaultContentType: 'text/plain; charset=utf-8',
  // low (H2-5)
  serialisesObjectBody: false,
  // low (H2-11)
  numericStatusVerified: false,
  unknownKeysVerified: true,
  badStatusVerified: true,
  rules: {
    inferObject: 'H2-1',
    inferString: 'H2-2',
    inferOther: 'H2-3',
    // low (H2-4): one indirect report of 500 "Invalid status code" for a handler that returned nothing
    nullResult: 'H2-4',
    status: 'H2-11',
    numericStatus: 'H2-11',
    body: 'H2-5',
    // medium; low for invalid base64
    base64: 'H2-10',
    // low (H2-10): invalid base64 is unverified; judged a 500
    badBase64: 'H2-10',
    cookies: 'H2-6',
    multiValueHeaders: 'H2-7',
    unknownKeys: 'H2-8',
    returnedError: 'H2-8',
    // medium (H2-9): text/plain when statusCode is given; application/json belongs to inference only
    contentType: 'H2-9',
  },
};

export const httpApiV2: IntegrationRules = {
  integration: 'http-2.0',
  judge: (value, ctx) => judgeV2(value, ctx, POLICY),
  errorResponse: httpApiErrorResponse,
  rejectedNote: {
    message:
      'API Gateway (HTTP API) answered 500 {"message":"Internal Server Error"}; its access log says MALFORMED_PROXY_RESPONSE',
    rule: 'H2-12',
  },
  gatewayTimeout: HTTP_API_TIMEOUT,
  functionErrorNote: {
    message: 'API Gateway (HTTP API) answers a function error with 500 {"message":"Internal Server Error"}',
    rule: 'H2-12',
  },
};
