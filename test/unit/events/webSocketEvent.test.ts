import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { webSocket, webSocketEvent } from '../../../src/events/webSocketEvent.js';

const REF = '/work/shared/reference-events/websocket';
const read = (file: string) => JSON.parse(readFileSync(`${REF}/${file}`, 'utf8').replace(/^\uFEFF/, ''));
const sorted = (o: object) => Object.keys(o).sort();

describe('webSocketEvent', () => {
  it('CONNECT matches the captured Powertools connect event key for key', () => {
    const ref = read('powertools-python/apiGatewayWebSocketApiConnect.json');
    const ours = webSocket.connect();
    expect(sorted(ours)).toEqual(sorted(ref));
    expect(sorted(ours.requestContext)).toEqual(sorted(ref.requestContext));
    expect(sorted(ours.headers ?? {})).toEqual(sorted(ref.headers));
    expect(ours.requestContext.routeKey).toBe('$connect');
    expect(ours.requestContext.requestId).toBe(ours.requestContext.extendedRequestId);
  });

  it('MESSAGE matches the captured message event: no headers, a messageId and the frame', () => {
    const ref = read('powertools-python/apiGatewayWebSocketApiMessage.json');
    const ours = webSocket.message('{"action":"chat"}', { route: 'chat' });
    expect(sorted(ours)).toEqual(sorted(ref));
    expect(sorted(ours.requestContext)).toEqual(sorted(ref.requestContext));
    expect(ours.body).toBe('{"action":"chat"}');
    expect(ours.requestContext.routeKey).toBe('chat');
  });

  it('DISCONNECT matches the captured Go disconnect event with its four fixed headers', () => {
    const ref = read('aws-lambda-go/apigw-websocket-request-disconnect.json');
    const ours = webSocket.disconnect({ statusCode: 1005, reason: 'Client-side close frame status not set' });
    expect(sorted(ours)).toEqual(sorted(ref));
    expect(sorted(ours.requestContext)).toEqual(sorted(ref.requestContext).filter((k) => k !== 'messageId'));
    expect(ours.headers).toEqual({ ...ref.headers, Host: ours.requestContext.domainName });
    expect(ours.requestContext.disconnectStatusCode).toBe(1005);
    expect(ours.requestContext).not.toHaveProperty('messageId');
  });

  it('a query on the connect URL appears only then, in both maps', () => {
    const e = webSocket.connect({ query: 'token=a%20b&x=1&x=2' });
    expect(e.queryStringParameters).toEqual({ token: 'a b', x: '2' });
    expect(e.multiValueQueryStringParameters).toEqual({ token: ['a b'], x: ['1', '2'] });
    expect(webSocket.connect()).not.toHaveProperty('queryStringParameters');
  });

  it('WS-15: a message is a text frame; a binary body is refused, as API Gateway closes with 1003', () => {
    expect(() => webSocket.message(new Uint8Array([1]) as never)).toThrow(
      /body must be a string .*frames are text, rule WS-15/,
    );
    expect(webSocket.message('').body).toBe('');
    expect(webSocket.message('x').isBase64Encoded).toBe(false);
  });

  it('WS-18: the close code and reason on $disconnect are what the client (or API Gateway) sent', () => {
    const closed = webSocket.disconnect({ statusCode: 1000, reason: 'Connection Closed Normally' });
    expect(closed.requestContext).toMatchObject({
      eventType: 'DISCONNECT',
      disconnectStatusCode: 1000,
      disconnectReason: 'Connection Closed Normally',
    });
    // A client that went away without a close frame: 1001 with no reason, as the captures show.
    expect(webSocket.disconnect().requestContext).toMatchObject({
      disconnectStatusCode: 1001,
      disconnectReason: '',
    });
    expect(webSocket.connect().requestContext).not.toHaveProperty('disconnectStatusCode');
  });

  it('refuses fields that do not exist for the event type, naming the field', () => {
    expect(() => webSocketEvent({ eventType: 'CONNECT', body: 'x' })).toThrow(/body .*MESSAGE/);
    expect(() => webSocket.message('x', { headers: {} } as never)).toThrow(
      /headers and query exist only on CONNECT/,
    );
    expect(() => webSocketEvent({ path: '/' } as never)).toThrow(/unknown init field 'path'/);
  });
});
