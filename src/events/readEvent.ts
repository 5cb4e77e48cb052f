import type { Integration } from '../contract/types.js';
import { isObject } from '../internal/isObject.js';

const { isArray } = Array;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Which front end sent an event, from the marks each leaves; `undefined` when none fits. */
export function integrationOf(event: unknown): Integration | undefined {
  if (!isObject(event)) return undefined;
  const context = isObject(event.requestContext) ? event.requestContext : undefined;
  // VPC Lattice: V1 is snake_case (raw_path, L-2); V2 says version 2.0 like an HTTP API, with Lattice ARNs.
  if (typeof event.raw_path === 'string' && typeof event.method === 'string') return 'lattice';
  if (context !== undefined && typeof context.targetGroupArn === 'string') return 'lattice';
  if (event.version === '2.0') {
    if (context === undefined) return 'http-2.0';
    const domain = context.domainName;
    if (typeof domain === 'string' && domain.includes('.lambda-url.')) return 'function-url';
    // HTTP API request ids are short base64 ids; a function URL's are UUIDs.
    if (
      typeof context.requestId === 'string' &&
      UUID.test(context.requestId) &&
      event.routeKey === '$default'
    ) {
      return 'function-url';
    }
    return 'http-2.0';
  }
  if (event.version === '1.0') return 'http-1.0';
  if (context !== undefined && isObject(context.elb)) {
    return event.multiValueHeaders !== undefined && event.headers === undefined ? 'alb-multi-value' : 'alb';
  }
  if (typeof event.httpMethod === 'string' && typeof event.resource === 'string') return 'rest';
  return undefined;
}

// R-64a: the first Accept value decides. A REST event's `headers` keeps the last line of a repeated header,
// so `multiValueHeaders` (every line, in order) is read first.
export function acceptOf(event: unknown): string | undefined {
  if (!isObject(event)) return undefined;
  const { headers, multiValueHeaders } = event;
  if (isObject(multiValueHeaders)) {
    for (const name in multiValueHeaders) {
      const value = multiValueHeaders[name];
      if (name.toLowerCase() === 'accept' && isArray(value) && typeof value[0] === 'string') return value[0];
    }
  }
  if (isObject(headers)) {
    for (const name in headers) {
      const value = headers[name];
      if (name.toLowerCase() === 'accept' && typeof value === 'string') return value;
    }
  }
  return undefined;
}

/** The request method: `httpMethod` (REST, HTTP API 1.0, ALB), else `requestContext.http.method` (2.0, URL). */
export function methodOf(event: unknown): string | undefined {
  if (!isObject(event)) return undefined;
  if (typeof event.httpMethod === 'string') return event.httpMethod;
  const { requestContext } = event;
  if (!isObject(requestContext) || !isObject(requestContext.http)) return undefined;
  const { method } = requestContext.http;
  return typeof method === 'string' ? method : undefined;
}
