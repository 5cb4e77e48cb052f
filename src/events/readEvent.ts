import type { WebSocketRouteKind } from '../contract/integrations/websocket.js';
import type { Integration } from '../contract/types.js';
import { isObject } from '../internal/isObject.js';

const { isArray } = Array;
const { hasOwn } = Object;
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

/**
 * The API Gateway WebSocket route kind an event was sent for: `requestContext.eventType` (CONNECT, MESSAGE,
 * DISCONNECT) with a `connectionId`, which no HTTP front end sends; `undefined` for any other event.
 */
export function webSocketRouteOf(event: unknown): WebSocketRouteKind | undefined {
  if (!isObject(event) || !isObject(event.requestContext)) return undefined;
  const { eventType, connectionId } = event.requestContext;
  if (typeof connectionId !== 'string') return undefined;
  return typeof eventType === 'string' && hasOwn(ROUTE_KINDS, eventType)
    ? ROUTE_KINDS[eventType as keyof typeof ROUTE_KINDS]
    : undefined;
}

const ROUTE_KINDS = { CONNECT: 'connect', MESSAGE: 'message', DISCONNECT: 'disconnect' } as const;

/**
 * Every line of a request header, by its lower-case name: `multiValueHeaders` first (a REST or WebSocket
 * event's `headers` keeps only the last line of a repeated header), else the one value of `headers`.
 */
export function headerLinesOf(event: unknown, name: string): string[] {
  if (!isObject(event)) return [];
  const { headers, multiValueHeaders } = event;
  if (isObject(multiValueHeaders)) {
    for (const key in multiValueHeaders) {
      const value = multiValueHeaders[key];
      if (key.toLowerCase() === name && isArray(value) && typeof value[0] === 'string')
        return value.filter((line): line is string => typeof line === 'string');
    }
  }
  if (isObject(headers)) {
    for (const key in headers) {
      const value = headers[key];
      if (key.toLowerCase() === name && typeof value === 'string') return [value];
    }
  }
  return [];
}

// R-64a: the first Accept value decides.
export function acceptOf(event: unknown): string | undefined {
  return headerLinesOf(event, 'accept')[0];
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
