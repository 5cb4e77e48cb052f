// The fixed error pages each front end answers with (proxy-rules.md R-E1, H1-5, H2-12, A-E, F-7, §7, S-21, S-36).
import { describe, expect, it } from 'vitest';
import {
  albErrorResponse,
  functionUrlErrorResponse,
  functionUrlStreamErrorResponse,
  httpApiErrorResponse,
  httpApiTimeoutResponse,
  restConversionErrorResponse,
  restErrorResponse,
  restStreamErrorResponse,
  restTimeoutResponse,
} from '../../../../src/contract/integrations/errorResponses.js';
import type { ClientResponse } from '../../../../src/contract/types.js';

const page = (status: number, headers: Record<string, string[]>, body: string): ClientResponse => ({
  status,
  headers,
  body,
  bodyBytes: new TextEncoder().encode(body),
});
const JSON_TYPE = { 'content-type': ['application/json'] };
const REST_BODY = '{"message": "Internal server error"}';

describe('error responses', () => {
  it.each<[string, () => ClientResponse, ClientResponse]>([
    ['restErrorResponse', restErrorResponse, page(502, JSON_TYPE, REST_BODY)],
    ['restConversionErrorResponse', restConversionErrorResponse, page(500, JSON_TYPE, REST_BODY)],
    [
      'httpApiErrorResponse',
      httpApiErrorResponse,
      page(500, JSON_TYPE, '{"message":"Internal Server Error"}'),
    ],
    ['functionUrlErrorResponse', functionUrlErrorResponse, page(502, {}, 'Internal Server Error')],
    [
      'restTimeoutResponse',
      restTimeoutResponse,
      page(504, JSON_TYPE, '{"message": "Endpoint request timed out"}'),
    ],
    [
      'httpApiTimeoutResponse',
      httpApiTimeoutResponse,
      page(503, JSON_TYPE, '{"message":"Service Unavailable"}'),
    ],
    [
      'functionUrlStreamErrorResponse',
      functionUrlStreamErrorResponse,
      page(502, {}, 'Internal Server Error'),
    ],
    ['restStreamErrorResponse', restStreamErrorResponse, page(500, JSON_TYPE, REST_BODY)],
  ])('%s', (_name, response, expected) => {
    expect(response()).toEqual(expected);
  });

  it('ALB: its own 502 page, with its server header', () => {
    const response = albErrorResponse();
    expect(response.status).toBe(502);
    expect(response.headers).toEqual({ 'content-type': ['text/html'], server: ['awselb/2.0'] });
    expect(response.body).toContain('<title>502 Bad Gateway</title>');
    expect(new TextDecoder().decode(response.bodyBytes)).toBe(response.body);
  });

  it('each call returns fresh objects: one caller changing its copy leaves the next one intact', () => {
    const first = httpApiErrorResponse();
    first.bodyBytes[0] = 0;
    first.headers['content-type']?.push('text/plain');
    expect(httpApiErrorResponse()).toEqual(page(500, JSON_TYPE, '{"message":"Internal Server Error"}'));
  });
});
