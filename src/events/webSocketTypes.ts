/**
 * API Gateway WebSocket proxy events as the captured events show them. `@types/aws-lambda`'s
 * `APIGatewayProxyWebsocketEventV2` lacks `headers`, `multiValueHeaders` and the disconnect fields and
 * makes `messageId` required (DefinitelyTyped#68039), so these are our own, named as AWS names the fields.
 */

export type WebSocketEventType = 'CONNECT' | 'MESSAGE' | 'DISCONNECT';

export interface WebSocketRequestContext {
  routeKey: string;
  eventType: WebSocketEventType;
  /** Only on MESSAGE. */
  messageId?: string;
  extendedRequestId: string;
  requestTime: string;
  messageDirection: 'IN';
  stage: string;
  connectedAt: number;
  requestTimeEpoch: number;
  identity: { sourceIp: string; userAgent?: string; apiKey?: string; apiKeyId?: string };
  /** Equals `extendedRequestId`. */
  requestId: string;
  domainName: string;
  connectionId: string;
  apiId: string;
  /** Only on DISCONNECT. */
  disconnectStatusCode?: number;
  disconnectReason?: string;
  authorizer?: Record<string, unknown>;
}

export interface WebSocketEvent {
  /** CONNECT: the upgrade request's headers; DISCONNECT: a fixed set of four; MESSAGE: absent. */
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  /** CONNECT only, and only when the URL had a query. */
  queryStringParameters?: Record<string, string>;
  multiValueQueryStringParameters?: Record<string, string[]>;
  requestContext: WebSocketRequestContext;
  /** MESSAGE only: the text frame. */
  body?: string;
  isBase64Encoded: false;
}

/** What the WebSocket proxy parser reads from a handler's result (rule WS-1). */
export interface WebSocketResult {
  statusCode?: number;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  body?: string;
  isBase64Encoded?: boolean;
}
