// Lambda function URLs: proxy-rules.md §5. The payload 2.0 format and its inference, but Content-Type
// defaults to application/json even when statusCode is given.
import { functionUrlErrorResponse } from './errorResponses.js';
import type { IntegrationRules } from './IntegrationRules.js';
import { judgeV2, type V2Policy, v2HeaderRules } from './judgePayloadV2.js';

const POLICY: V2Policy = {
  name: 'the function URL',
  headerRules: v2HeaderRules('the function URL', 'F-4'),
  defaultContentType: 'application/json',
  // low (F-6)
  serialisesObjectBody: true,
  // high (F-4)
  numericStatusVerified: true,
  unknownKeysVerified: false,
  badStatusVerified: false,
  rules: {
    inferObject: 'F-2',
    inferString: 'F-3',
    inferOther: 'F-2',
    // low (F-8)
    nullResult: 'F-8',
    status: 'F-8',
    numericStatus: 'F-4',
    body: 'F-6',
    base64: 'F-5',
    // low (F-8): undecodable base64 is unverified; judged a 502
    badBase64: 'F-8',
    cookies: 'F-5',
    // low: §6 marks multiValueHeaders and unknown keys on function URLs "ignored?"; judged as on 2.0
    multiValueHeaders: 'H2-7',
    unknownKeys: 'H2-8',
    returnedError: 'F-2',
    contentType: 'F-1',
  },
};

export const functionUrl: IntegrationRules = {
  integration: 'function-url',
  judge: (value, ctx) => judgeV2(value, ctx, POLICY),
  errorResponse: functionUrlErrorResponse,
  // low (F-8): a malformed result is unverified; judged the same as a function error
  rejectedNote: {
    message: 'the function URL answered 502 Internal Server Error (AWS behaviour unverified)',
    rule: 'F-8',
  },
  functionErrorNote: {
    message: 'the function URL answers a function error with 502 Internal Server Error',
    rule: 'F-7',
  },
};
