import { isPlainObject } from '../internal/isPlainObject.js';
import { describe, EventInitError } from './init/eventInitError.js';
import { lastValueMap, multiValueMap, splitQuery } from './init/queryString.js';
import { safeMerge } from './init/safeMerge.js';
import { REGION, SOURCE_IP } from './layouts/clientDefaults.js';
import { defaultRequestIds, requestIds } from './layouts/requestIds.js';
import { requestTime } from './layouts/requestTime.js';
import type { WebSocketEvent, WebSocketEventType } from './webSocketTypes.js';

/** What a WebSocket event can be told; `time`, `seed`, `sourceIp`, `stage` and `overrides` as for the HTTP factories. */
export interface WebSocketEventInit {
  eventType?: WebSocketEventType;
  /** The selected route; defaults to `$connect`, `$default` or `$disconnect` by event type. */
  route?: string;
  /** CONNECT only: the upgrade request's extra headers. */
  headers?: Record<string, string>;
  /** CONNECT only: the query of the wss:// URL, without `?`. */
  query?: string;
  /** MESSAGE only: the text frame. */
  body?: string;
  disconnectStatusCode?: number | undefined;
  disconnectReason?: string | undefined;
  stage?: string;
  sourceIp?: string;
  time?: number | Date | string;
  seed?: number | string;
  overrides?: Record<string, unknown>;
}

const KNOWN = new Set([
  'eventType',
  'route',
  'headers',
  'query',
  'body',
  'disconnectStatusCode',
  'disconnectReason',
  'stage',
  'sourceIp',
  'time',
  'seed',
  'overrides',
]);
const ROUTE_OF = { CONNECT: '$connect', MESSAGE: '$default', DISCONNECT: '$disconnect' } as const;

function fail(factory: string, message: string): never {
  throw new EventInitError(`${factory}: ${message}`);
}

function check(factory: string, init: unknown): WebSocketEventInit {
  if (init === undefined) return {};
  if (!isPlainObject(init))
    fail(factory, `init must be an object such as { route: 'chat' }; got ${describe(init)}`);
  for (const key in init) {
    if (!KNOWN.has(key))
      fail(factory, `unknown init field '${key}': the fields are ${[...KNOWN].join(', ')}`);
  }
  const i = init as WebSocketEventInit;
  const type = i.eventType ?? 'CONNECT';
  if (!(type in ROUTE_OF))
    fail(factory, `eventType must be CONNECT, MESSAGE or DISCONNECT; got ${describe(type)}`);
  if (i.body !== undefined && (typeof i.body !== 'string' || type !== 'MESSAGE'))
    fail(factory, 'body must be a string and exists only on a MESSAGE event (frames are text, rule WS-15)');
  if ((i.headers !== undefined || i.query !== undefined) && type !== 'CONNECT')
    fail(factory, 'headers and query exist only on CONNECT: later events carry no request of their own');
  return i;
}

/**
 * The event API Gateway sends a WebSocket route's Lambda proxy integration: `$connect` (the upgrade
 * request, with headers), a message (only the frame and the context) or `$disconnect` (four fixed headers
 * and the close code). Shapes follow the captured events, not the REST-shaped fixtures in AWS repositories.
 *
 * @example webSocketEvent({ eventType: 'MESSAGE', route: 'chat', body: '{"action":"chat"}' })
 */
export function webSocketEvent(init?: WebSocketEventInit, factory = 'webSocketEvent'): WebSocketEvent {
  const i = check(factory, init);
  const type = i.eventType ?? 'CONNECT';
  const ids = i.seed === undefined ? defaultRequestIds() : requestIds(i.seed);
  const time = requestTime(factory, i.time);
  const host = `${ids.apiId}.execute-api.${REGION}.amazonaws.com`;
  const sourceIp = i.sourceIp ?? SOURCE_IP;
  const event: Record<string, unknown> = {};
  if (type === 'CONNECT') {
    const headers: Record<string, string> = {
      Host: host,
      'Sec-WebSocket-Extensions': 'permessage-deflate; client_max_window_bits',
      'Sec-WebSocket-Key': `${ids.shortId.slice(0, 15)}AAAAAAA==`,
      'Sec-WebSocket-Version': '13',
      'X-Amzn-Trace-Id': `Root=1-${time.traceHex}-${ids.traceTail}`,
      'X-Forwarded-For': sourceIp,
      'X-Forwarded-Port': '443',
      'X-Forwarded-Proto': 'https',
      ...i.headers,
    };
    event.headers = headers;
    event.multiValueHeaders = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]]));
    if (i.query !== undefined && i.query !== '') {
      const pairs = splitQuery(i.query, true);
      event.queryStringParameters = lastValueMap(pairs);
      event.multiValueQueryStringParameters = multiValueMap(pairs);
    }
  } else if (type === 'DISCONNECT') {
    const headers = { Host: host, 'x-api-key': '', 'X-Forwarded-For': '', 'x-restapi': '' };
    event.headers = headers;
    event.multiValueHeaders = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]]));
  }
  const context: Record<string, unknown> = { routeKey: i.route ?? ROUTE_OF[type] };
  if (type === 'MESSAGE') context.messageId = `${ids.shortId.slice(1)}A`;
  if (type === 'DISCONNECT') {
    context.disconnectStatusCode = i.disconnectStatusCode ?? 1001;
    context.disconnectReason = i.disconnectReason ?? '';
  }
  Object.assign(context, {
    eventType: type,
    extendedRequestId: ids.shortId,
    requestTime: time.clf,
    messageDirection: 'IN',
    stage: i.stage ?? 'prod',
    // The connection opened when the CONNECT arrived; later events keep that time.
    connectedAt: type === 'CONNECT' ? time.epoch : time.epoch - 1000,
    requestTimeEpoch: time.epoch,
    identity: { sourceIp },
    requestId: ids.shortId,
    domainName: host,
    connectionId: `${ids.shortId.slice(2)}g=`,
    apiId: ids.apiId,
  });
  event.requestContext = context;
  if (type === 'MESSAGE') event.body = i.body ?? '';
  event.isBase64Encoded = false;
  const result = event as unknown as WebSocketEvent;
  return i.overrides === undefined ? result : safeMerge(result, i.overrides, `${factory}: overrides`);
}

type Extra = Omit<WebSocketEventInit, 'eventType' | 'body' | 'route'>;

/** One-call WebSocket events: `webSocket.connect()`, `webSocket.message(body, { route })`, `webSocket.disconnect()`. */
export const webSocket = Object.freeze({
  connect: (init?: Extra): WebSocketEvent =>
    webSocketEvent({ ...init, eventType: 'CONNECT' }, 'webSocket.connect'),
  message: (body: string, init?: Extra & { route?: string }): WebSocketEvent =>
    webSocketEvent({ ...init, eventType: 'MESSAGE', body }, 'webSocket.message'),
  disconnect: (init?: Extra & { statusCode?: number; reason?: string }): WebSocketEvent => {
    const { statusCode, reason, ...rest } = init ?? {};
    return webSocketEvent(
      { ...rest, eventType: 'DISCONNECT', disconnectStatusCode: statusCode, disconnectReason: reason },
      'webSocket.disconnect',
    );
  },
});
