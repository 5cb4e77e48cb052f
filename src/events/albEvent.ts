import type { ALBEvent } from 'aws-lambda';
import { normalizeInit } from './init/normalizeInit.js';
import { lastValueMap, multiValueMap, splitQuery } from './init/queryString.js';
import { safeMerge } from './init/safeMerge.js';
import { ACCOUNT_ID } from './layouts/authorizer.js';
import { ACCEPT, ACCEPT_ENCODING, REGION, SOURCE_IP, USER_AGENT } from './layouts/clientDefaults.js';
import {
  type HeaderStyle,
  headerEntries,
  headerLists,
  keepsDefaultHeaders,
  lastValueHeaders,
  multiValueHeaders,
} from './layouts/headerEntries.js';
import type { EventInit } from './types.js';

interface BalancerValues {
  host: string;
  trace: string;
  sourceIp: string;
}

const HEADER_STYLE: HeaderStyle = { lowerCase: true, contentLength: 'body' };

// What an ALB hands a Lambda target besides the client's headers (see the curl captures).
function defaultHeaders(v: BalancerValues): Record<string, string> {
  return {
    accept: ACCEPT,
    'accept-encoding': ACCEPT_ENCODING,
    connection: 'keep-alive',
    host: v.host,
    'user-agent': USER_AGENT,
    'x-amzn-trace-id': v.trace,
    'x-forwarded-for': v.sourceIp,
    'x-forwarded-port': '443',
    'x-forwarded-proto': 'https',
  };
}

// Multi-value mode is the rare one, so its lists are derived from the literal rather than written out again.
function defaultMultiValueHeaders(v: BalancerValues): Record<string, string[]> {
  return headerLists(defaultHeaders(v));
}

/** Exposed for the test that keeps the two default-header literals in step. */
export const albDefaultHeaders = { single: defaultHeaders, multi: defaultMultiValueHeaders };

/**
 * The event an Application Load Balancer sends a Lambda target. `multiValue: true` models a target group
 * with multi-value headers on: then only `multiValueHeaders` and `multiValueQueryStringParameters` exist.
 * Query keys and values stay percent-encoded, since the ALB does not decode them.
 *
 * @example albEvent({ method: 'GET', path: '/health', multiValue: true })
 */
export function albEvent(init?: EventInit<ALBEvent>): ALBEvent {
  const req = normalizeInit({ factory: 'albEvent', integration: 'alb', init });
  const { ids, time } = req;
  const balancer: BalancerValues = {
    host: `lambda-alb-${ids.albNumber}.${REGION}.elb.amazonaws.com`,
    trace: `Root=1-${time.traceHex}-${ids.traceTail}`,
    sourceIp: req.sourceIp ?? SOURCE_IP,
  };
  const entries = keepsDefaultHeaders(req, HEADER_STYLE)
    ? undefined
    : headerEntries(defaultHeaders(balancer), req, HEADER_STYLE);
  const pairs = req.rawQuery === '' ? [] : splitQuery(req.rawQuery, false);

  const event: Record<string, unknown> = {
    requestContext: {
      elb: {
        targetGroupArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT_ID}:targetgroup/lambda-target/${ids.targetGroupId}`,
      },
    },
    httpMethod: req.method,
    path: req.path,
  };
  if (req.multiValue) {
    event.multiValueQueryStringParameters = multiValueMap(pairs);
    event.multiValueHeaders =
      entries === undefined ? defaultMultiValueHeaders(balancer) : multiValueHeaders(entries);
  } else {
    event.queryStringParameters = lastValueMap(pairs);
    event.headers = entries === undefined ? defaultHeaders(balancer) : lastValueHeaders(entries);
  }
  event.body = req.body ?? '';
  event.isBase64Encoded = req.base64;
  const result = event as unknown as ALBEvent;
  return req.overrides === undefined ? result : safeMerge(result, req.overrides, 'albEvent: overrides');
}
