import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  errorFrame,
  judgeWebSocket,
  webSocketGatewayAnswer,
} from '../../../src/contract/integrations/websocket.js';

const connect = { route: 'connect' } as const;
const message = { route: 'message' } as const;
const twoWay = { route: 'message', twoWay: true } as const;

describe('WebSocket contract', () => {
  it('WS-1: null is malformed on every route; an error on connect and message, a warning on disconnect', () => {
    expect(judgeWebSocket(null, connect).problems[0]).toMatchObject({ severity: 'error', rule: 'WS-1' });
    expect(judgeWebSocket(undefined, message).accepted).toBe(false);
    expect(judgeWebSocket(null, { route: 'disconnect' }).problems[0]).toMatchObject({ severity: 'warning' });
    expect(judgeWebSocket({ statusCode: 200 }, connect).problems).toEqual([]);
  });

  it('WS-2: a 2xx statusCode on $connect accepts the handshake with 101', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 299 }), (statusCode) => {
        expect(judgeWebSocket({ statusCode }, connect).client).toEqual({
          kind: 'accepted',
          status: 101,
          headers: {},
        });
      }),
    );
  });

  it('WS-3: a non-2xx statusCode on $connect rejects the handshake with that status', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 599 }).filter((s) => s < 200 || s > 299),
        (statusCode) => {
          expect(judgeWebSocket({ statusCode }, connect).client).toEqual({
            kind: 'rejected',
            status: statusCode,
          });
        },
      ),
    );
  });

  it('WS-4: result headers reach the handshake, and an offered subprotocol must be echoed', () => {
    const ok = judgeWebSocket(
      { statusCode: 200, headers: { 'Sec-WebSocket-Protocol': 'chat' } },
      {
        ...connect,
        offeredProtocols: ['chat'],
      },
    );
    expect(ok.client).toEqual({
      kind: 'accepted',
      status: 101,
      headers: { 'Sec-WebSocket-Protocol': 'chat' },
    });
    expect(ok.problems).toEqual([]);
    const missing = judgeWebSocket({ statusCode: 200 }, { ...connect, offeredProtocols: ['chat'] });
    expect(missing.problems[0]).toMatchObject({ rule: 'WS-4', severity: 'error' });
  });

  it('WS-5: a function error on $connect fails the handshake with 502', () => {
    expect(judgeWebSocket(undefined, { ...connect, functionError: true }).client).toEqual({
      kind: 'rejected',
      status: 502,
    });
  });

  it('WS-6: without a $connect integration the connection is accepted', () => {
    expect(webSocketGatewayAnswer('no-connect-integration')).toMatchObject({ kind: 'accepted', status: 101 });
  });

  it('WS-7: an authorizer denial rejects the handshake before the handler runs', () => {
    expect(webSocketGatewayAnswer('authorizer-denied')).toEqual({ kind: 'rejected', status: 403 });
  });

  it('WS-9: the $disconnect result never reaches the client', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(judgeWebSocket(value, { route: 'disconnect' }).client).toEqual({ kind: 'nothing' });
      }),
    );
  });

  it('WS-10: a one-way message route sends nothing whatever the result', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), fc.string(), (statusCode, body) => {
        expect(judgeWebSocket({ statusCode, body }, message).client).toEqual({ kind: 'nothing' });
      }),
    );
  });

  it('WS-11: a two-way route sends the body as a text frame, whatever the statusCode', () => {
    expect(judgeWebSocket({ statusCode: 200, body: 'hi' }, twoWay).client).toEqual({
      kind: 'frame',
      text: 'hi',
      error: false,
    });
    const failed = judgeWebSocket({ statusCode: 500, body: 'oops' }, twoWay);
    expect(failed.client).toEqual({ kind: 'frame', text: 'oops', error: false });
    expect(failed.notes.map((n) => n.rule)).toContain('WS-11');
  });

  it('WS-12: a function error on a message route sends an Internal server error frame, even one-way', () => {
    const out = judgeWebSocket(undefined, { ...message, functionError: true });
    expect(out.client).toEqual({ kind: 'frame', text: errorFrame('Internal server error'), error: true });
    expect(JSON.parse(errorFrame('x'))).toEqual({
      message: 'x',
      connectionId: '<connectionId>',
      requestId: '<requestId>',
    });
  });

  it('WS-13: a timeout sends an Endpoint request timed out frame', () => {
    const out = judgeWebSocket({ statusCode: 200, body: 'late' }, { ...twoWay, timedOut: true });
    expect(out.client).toEqual({
      kind: 'frame',
      text: errorFrame('Endpoint request timed out'),
      error: true,
    });
  });

  it('WS-14: no matching route gives a Forbidden frame, a failed validation a Bad request body frame', () => {
    expect(webSocketGatewayAnswer('no-route')).toEqual({
      kind: 'frame',
      text: errorFrame('Forbidden'),
      error: true,
    });
    expect(webSocketGatewayAnswer('bad-request-body')).toMatchObject({
      text: errorFrame('Bad request body'),
    });
  });

  it('WS-15: a body over 128 KB closes the connection with 1009', () => {
    const out = judgeWebSocket({ statusCode: 200, body: 'x'.repeat(128 * 1024 + 1) }, twoWay);
    expect(out.client).toEqual({ kind: 'closed', code: 1009 });
    expect(judgeWebSocket({ body: 'x'.repeat(128 * 1024) }, twoWay).client.kind).toBe('frame');
  });

  it('WS-16: (judged) a non-string two-way body is malformed and gives an error frame', () => {
    expect(judgeWebSocket({ statusCode: 200, body: { a: 1 } }, twoWay).client).toMatchObject({
      kind: 'frame',
      error: true,
    });
  });

  it('WS-17: (judged) a $connect result without statusCode is accepted as 200', () => {
    const out = judgeWebSocket({}, connect);
    expect(out.client.kind).toBe('accepted');
    expect(out.notes.map((n) => n.rule)).toContain('WS-17');
  });

  it('WS-18: no result can choose a close code: $disconnect outcomes carry none', () => {
    expect(judgeWebSocket({ statusCode: 4000, body: 'bye' }, { route: 'disconnect' }).client).toEqual({
      kind: 'nothing',
    });
  });

  it('WS-8: (judged) a rejected $connect reports only the status, not the body', () => {
    expect(judgeWebSocket({ statusCode: 401, body: 'no' }, connect).client).toEqual({
      kind: 'rejected',
      status: 401,
    });
  });
});
