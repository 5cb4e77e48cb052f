// invokeHttp answers a WebSocket event with a WebSocketOutcome and every other event with a ProxyOutcome.
import type { WebSocketOutcome } from '../../../src/contract/integrations/websocket.js';
import type { ProxyOutcome } from '../../../src/contract/types.js';
import { restApi } from '../../../src/events/restApi.js';
import { webSocket } from '../../../src/events/webSocketEvent.js';
import { invokeHttp } from '../../../src/invoke/invokeHttp.js';

const handler = async () => ({ statusCode: 200 });

export const connected: Promise<WebSocketOutcome> = invokeHttp(handler, webSocket.connect());
export const framed: Promise<WebSocketOutcome> = invokeHttp(handler, webSocket.message('ping'), {
  twoWay: true,
  integrationTimeoutMs: 5000,
});
export const closed: Promise<WebSocketOutcome> = invokeHttp(handler, webSocket.disconnect(), {
  runtime: 'nodejs22.x',
});
export const http: Promise<ProxyOutcome> = invokeHttp(handler, restApi.get('/'), { accept: 'image/png' });
// A fixture read from JSON is `any`: it keeps the HTTP signature rather than turning into a WebSocket one.
export const fixture: Promise<ProxyOutcome> = invokeHttp(handler, JSON.parse('{}'));

// @ts-expect-error a WebSocket event's outcome is no ProxyOutcome
export const notHttp: Promise<ProxyOutcome> = invokeHttp(handler, webSocket.connect());
// @ts-expect-error binaryMediaTypes means nothing to a WebSocket route
void invokeHttp(handler, webSocket.message('ping'), { binaryMediaTypes: ['*/*'] });
// @ts-expect-error twoWay is a WebSocket option
void invokeHttp(handler, restApi.get('/'), { twoWay: true });

// A streamifyResponse handler keeps the HTTP outcome, typed as @types/aws-lambda types the handler.
const streaming = awslambda.streamifyResponse(async (_event, responseStream) => {
  responseStream.end('ok');
});
export const streamed: Promise<ProxyOutcome> = invokeHttp(streaming, restApi.get('/'), {
  responseTransferMode: 'STREAM',
});
// @ts-expect-error invokeMode is 'BUFFERED' or 'RESPONSE_STREAM', AWS's words
void invokeHttp(streaming, restApi.get('/'), { invokeMode: 'STREAMING' });
