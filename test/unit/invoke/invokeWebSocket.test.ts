// invokeHttp with an API Gateway WebSocket event: what the WebSocket client sees (docs/proxy-rules.md §12).
import type { Callback, Context } from 'aws-lambda';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { judgeWebSocket, type WebSocketRouteKind } from '../../../src/contract/integrations/websocket.js';
import { isProxyOutcome } from '../../../src/contract/outcome/isProxyOutcome.js';
import { webSocketRouteOf } from '../../../src/events/readEvent.js';
import { restApi } from '../../../src/events/restApi.js';
import { webSocket } from '../../../src/events/webSocketEvent.js';
import { invokeHttp } from '../../../src/invoke/invokeHttp.js';
import { offeredProtocolsOf } from '../../../src/invoke/invokeWebSocket.js';
import { toAcceptConnection } from '../../../src/matchers/toAcceptConnection.js';
import { toRejectConnection } from '../../../src/matchers/toRejectConnection.js';
import { toSendFrame } from '../../../src/matchers/toSendFrame.js';
import { runs } from '../propertyRuns.js';

expect.extend({ toAcceptConnection, toRejectConnection, toSendFrame });
// Untyped: these matchers are declared for the runner entry points, not for this bare expect.
const e = (v: unknown) => expect(v) as any;

// Built before each test, not while the file loads: factory code that runs at load time is outside every
// test, so Stryker would count its mutants as static and rerun the whole suite for each.
let connect: ReturnType<typeof webSocket.connect>;
let chat: ReturnType<typeof webSocket.message>;
let bye: ReturnType<typeof webSocket.disconnect>;
beforeEach(() => {
  connect = webSocket.connect();
  chat = webSocket.message('{"action":"chat"}', { route: 'chat' });
  bye = webSocket.disconnect({ statusCode: 1001 });
});
const returns = (result: unknown) => async () => result;
const throws = async () => {
  throw new Error('boom');
};
const never = () => new Promise(() => {});
const noteRules = (o: { notes: { rule: string }[] }) => o.notes.map((n) => n.rule);

describe('invokeHttp recognises a WebSocket event', () => {
  it('by requestContext.eventType with a connectionId, and nothing else', () => {
    expect([connect, chat, bye].map(webSocketRouteOf)).toEqual(['connect', 'message', 'disconnect']);
    expect(webSocketRouteOf(restApi.get('/'))).toBeUndefined();
    const { connectionId: _, ...noConnection } = connect.requestContext;
    expect(webSocketRouteOf({ ...connect, requestContext: noConnection })).toBeUndefined();
    expect(
      webSocketRouteOf({ ...connect, requestContext: { ...connect.requestContext, eventType: 'OPEN' } }),
    ).toBeUndefined();
    for (const notAnEvent of [null, 'CONNECT', [], { requestContext: 'x' }])
      expect(webSocketRouteOf(notAnEvent)).toBeUndefined();
  });

  it('and HTTP events keep their ProxyOutcome', async () => {
    const outcome = await invokeHttp(returns({ statusCode: 200, body: 'ok' }), restApi.get('/'));
    expect(isProxyOutcome(outcome)).toBe(true);
    expect(outcome.response.status).toBe(200);
  });
});

describe('$connect', () => {
  it('WS-2: a 2xx result accepts the handshake with 101 and its headers', async () => {
    const outcome = await invokeHttp(returns({ statusCode: 200, headers: { 'X-A': '1' } }), connect);
    expect(outcome).toMatchObject({ integration: 'websocket', route: 'connect', accepted: true });
    expect(outcome.client).toEqual({ kind: 'accepted', status: 101, headers: { 'X-A': '1' } });
    e(outcome).toAcceptConnection();
    e(outcome).not.toRejectConnection();
    expect(() => e(outcome).not.toAcceptConnection()).toThrow(/not to be accepted.*101/s);
    expect(() => e(outcome).toRejectConnection(403)).toThrow(/rejected with .*403.*accepted/s);
  });

  it('WS-3: a non-2xx result rejects the handshake with that status', async () => {
    const outcome = await invokeHttp(returns({ statusCode: 403 }), connect);
    expect(outcome.client).toEqual({ kind: 'rejected', status: 403 });
    e(outcome).toRejectConnection(403);
    e(outcome).not.toAcceptConnection();
    expect(() => e(outcome).toAcceptConnection()).toThrow(/to be accepted .*WS-2.*403/s);
    expect(() => e(outcome).not.toRejectConnection(403)).toThrow(/not to be rejected with .*403/s);
  });

  it('WS-4: the protocols the CONNECT event offers are the ones the result must echo', async () => {
    const offering = webSocket.connect({ headers: { 'Sec-WebSocket-Protocol': 'chat, superchat' } });
    expect(offeredProtocolsOf(offering)).toEqual(['chat', 'superchat']);
    const echoed = await invokeHttp(
      returns({ statusCode: 200, headers: { 'Sec-WebSocket-Protocol': 'superchat' } }),
      offering,
    );
    expect(echoed.problems).toEqual([]);
    e(echoed).toAcceptConnection();
    const silent = await invokeHttp(returns({ statusCode: 200 }), offering);
    expect(silent.problems).toEqual([expect.objectContaining({ severity: 'error', rule: 'WS-4' })]);
    expect(silent.problems[0]?.message).toContain('offered Sec-WebSocket-Protocol chat, superchat');
    // Accepted all the same, so toAcceptConnection passes; toRejectConnection's failure names the problem.
    e(silent).toAcceptConnection();
    expect(() => e(silent).toRejectConnection()).toThrow(/The client offered Sec-WebSocket-Protocol/);
    const wrong = await invokeHttp(
      returns({ statusCode: 200, headers: { 'sec-websocket-protocol': 'mqtt' } }),
      offering,
    );
    expect(wrong.problems[0]?.message).toContain("echoes 'mqtt'");
    // Without an offer nothing needs echoing.
    expect((await invokeHttp(returns({ statusCode: 200 }), connect)).problems).toEqual([]);
  });

  it('WS-4: every Sec-WebSocket-Protocol line counts, blanks do not', () => {
    const lines = { multiValueHeaders: { 'Sec-WebSocket-Protocol': ['a, b', ' c ,'] } };
    expect(offeredProtocolsOf(lines)).toEqual(['a', 'b', 'c']);
    expect(offeredProtocolsOf({ headers: { 'SEC-WEBSOCKET-PROTOCOL': 'x' } })).toEqual(['x']);
    expect(offeredProtocolsOf({ headers: { 'Sec-WebSocket-Protocol': 7 } })).toEqual([]);
    expect(offeredProtocolsOf(undefined)).toEqual([]);
  });

  it('WS-5: a thrown error fails the handshake with 502, and the note says what was thrown', async () => {
    const outcome = await invokeHttp(throws, connect);
    expect(outcome.client).toEqual({ kind: 'rejected', status: 502 });
    expect(outcome.notes[0]).toEqual({
      message: 'the handler threw Error: boom, so Lambda reported a function error instead of a result',
      rule: 'W4',
    });
    e(outcome).toRejectConnection(502);
    // The failing matcher says why: the thrown error, not only the 502.
    expect(() => e(outcome).toAcceptConnection()).toThrow(/502.*The handler threw Error: boom/s);
    expect(() => e(outcome).not.toRejectConnection(502)).toThrow(/not to be rejected with .*502/s);
  });

  it('WS-17: (judged) a result without statusCode is accepted', async () => {
    e(await invokeHttp(returns({}), connect)).toAcceptConnection();
  });
});

describe('message routes', () => {
  it('WS-10: a one-way route sends nothing, whatever the result', async () => {
    const outcome = await invokeHttp(returns({ statusCode: 200, body: 'pong' }), chat);
    expect(outcome.client).toEqual({ kind: 'nothing' });
    e(outcome).not.toSendFrame('pong');
    expect(() => e(outcome).toSendFrame('pong')).toThrow(/twoWay: true.*WS-10/s);
  });

  it('WS-11: twoWay sends the body as a frame, whatever the statusCode', async () => {
    const outcome = await invokeHttp(returns({ statusCode: 500, body: 'pong' }), chat, { twoWay: true });
    expect(outcome.client).toEqual({ kind: 'frame', text: 'pong', error: false });
    expect(noteRules(outcome)).toContain('WS-11');
    e(outcome).toSendFrame('pong');
    e(outcome).not.toSendFrame('ping');
    expect(() => e(outcome).toSendFrame('ping')).toThrow(/to receive a frame .*ping/s);
    expect(() => e(outcome).not.toSendFrame(/po/)).toThrow(/not to receive a frame/);
    const oneWay = await invokeHttp(returns({ statusCode: 200, body: 'pong' }), chat, { twoWay: false });
    expect(oneWay.client.kind).toBe('nothing');
  });

  it('WS-12: a thrown error sends the Internal server error frame, even on a one-way route', async () => {
    for (const twoWay of [false, true]) {
      const outcome = await invokeHttp(throws, chat, { twoWay });
      expect(outcome.client).toMatchObject({ kind: 'frame', error: true });
      e(outcome).toSendFrame(/"message":"Internal server error"/);
      expect(() => e(outcome).not.toSendFrame(/Internal server error/)).toThrow(/not to receive/);
      expect(noteRules(outcome)).toEqual(['W4', 'WS-12']);
    }
  });

  it('WS-12: a Lambda timeout inside the integration timeout is a function error, not WS-13', async () => {
    const outcome = await invokeHttp(never, chat, { timeoutMs: 20 });
    e(outcome).toSendFrame(/Internal server error/);
    e(outcome).not.toSendFrame(/Endpoint request timed out/);
    expect(outcome.notes[0]?.message).toMatch(/^Task timed out after 0\.02 seconds: .*Sandbox\.Timedout/);
  });

  it('WS-13: a run past the integration timeout (29 s by default) sends Endpoint request timed out', async () => {
    const slow = await invokeHttp(returns({ statusCode: 200, body: 'pong' }), chat, {
      twoWay: true,
      durationMs: 29_001,
    });
    e(slow).toSendFrame(/"message":"Endpoint request timed out"/);
    expect(() => e(slow).toSendFrame('pong')).toThrow(
      /Endpoint request timed out.*The handler ran 29001 ms, past the integration timeout .* \(WS-13\)\./s,
    );
    expect(slow.notes[0]).toEqual({
      message:
        'the handler ran 29001 ms, past the integration timeout of 29000 ms, so API Gateway answered before Lambda finished',
      rule: 'WS-13',
    });
    const inTime = await invokeHttp(returns({ statusCode: 200, body: 'pong' }), chat, {
      twoWay: true,
      durationMs: 29_000,
    });
    e(inTime).toSendFrame('pong');
  });

  it('WS-13: a Lambda timeout longer than integrationTimeoutMs is API Gateway timing out first', async () => {
    const outcome = await invokeHttp(never, chat, { timeoutMs: 120, integrationTimeoutMs: 60 });
    e(outcome).toSendFrame(/Endpoint request timed out/);
    expect(noteRules(outcome).slice(0, 2)).toEqual(['W4', 'WS-13']);
    // The same on $connect: the handshake fails (judged 502, as for a function error, WS-5).
    e(await invokeHttp(never, connect, { timeoutMs: 120, integrationTimeoutMs: 60 })).toRejectConnection(502);
  });

  it('WS-1: a result that is not an object is malformed: the error frame on a two-way route', async () => {
    const outcome = await invokeHttp(returns('pong'), chat, { twoWay: true });
    expect(outcome.accepted).toBe(false);
    expect(outcome.problems[0]?.rule).toBe('WS-1');
    e(outcome).toSendFrame(/Internal server error/);
  });
});

describe('$disconnect', () => {
  it('WS-9: the client sees nothing, a thrown error included; a malformed result is warned', async () => {
    for (const handler of [returns({ statusCode: 200 }), throws, returns(null)]) {
      const outcome = await invokeHttp(handler, bye);
      expect(outcome.client).toEqual({ kind: 'nothing' });
      e(outcome).not.toAcceptConnection();
      e(outcome).not.toSendFrame(/./);
    }
    const malformed = await invokeHttp(returns(null), bye);
    expect(malformed.problems).toEqual([expect.objectContaining({ severity: 'warning', rule: 'WS-1' })]);
  });
});

describe('the runtime modelled', () => {
  const callbackStyle = (_event: unknown, _context: Context, callback: Callback) =>
    callback(null, { statusCode: 200 });

  it('N-1: nodejs24.x refuses a callback handler, so the handshake fails with 502', async () => {
    const outcome = await invokeHttp(callbackStyle, connect, { runtime: 'nodejs24.x' });
    e(outcome).toRejectConnection(502);
    expect(outcome.notes[0]?.message).toMatch(/Runtime\.CallbackHandlerDeprecated, N-1/);
  });

  it('nodejs22.x runs it, and a result returned without a promise becomes null (WS-1)', async () => {
    e(await invokeHttp(callbackStyle, connect, { runtime: 'nodejs22.x' })).toAcceptConnection();
    const outcome = await invokeHttp(() => ({ statusCode: 200 }) as never, connect, {
      runtime: 'nodejs22.x',
    });
    e(outcome).toRejectConnection(502);
    expect(outcome.notes[0]).toMatchObject({ rule: 'WS-1' });
    expect(outcome.notes[0]?.message).toContain('without a promise');
  });
});

describe('options', () => {
  it.each([
    ['integration', { integration: 'rest' }, /integration applies to HTTP events.*judged by its route/],
    ['binaryMediaTypes', { binaryMediaTypes: ['*/*'] }, /binaryMediaTypes applies to HTTP events.*1003/],
    ['accept', { accept: 'image/png' }, /accept applies to HTTP events/],
    ['method', { method: 'GET' }, /method applies to HTTP events/],
    ['strict', { strict: true }, /strict applies to HTTP events/],
  ])('%s means nothing for a WebSocket event: a TypeError says so', async (_name, options, message) => {
    await expect(invokeHttp(returns({ statusCode: 200 }), connect, options as never)).rejects.toThrow(
      message,
    );
  });

  it('twoWay is for message routes, a boolean; it is no option of an HTTP event', async () => {
    const ok = returns({ statusCode: 200 });
    await expect(invokeHttp(ok, connect, { twoWay: true })).rejects.toThrow(
      /twoWay applies to message routes.*WS-8/,
    );
    await expect(invokeHttp(ok, bye, { twoWay: false })).rejects.toThrow(/\$disconnect.*WS-9/);
    await expect(invokeHttp(ok, chat, { twoWay: 'yes' as never })).rejects.toThrow(
      /twoWay must be true or false/,
    );
    await expect(invokeHttp(ok, restApi.get('/'), { twoWay: true } as never)).rejects.toThrow(
      /twoWay is not an option/,
    );
  });

  it('integrationTimeoutMs is 50 to 29000 ms; durationMs a number ≥ 0; unknown keys are named', async () => {
    const ok = returns({ statusCode: 200 });
    for (const integrationTimeoutMs of [49, 29_001, Number.NaN])
      await expect(invokeHttp(ok, chat, { integrationTimeoutMs })).rejects.toThrow(/50 to 29000 ms.*WS-13/);
    await expect(invokeHttp(ok, chat, { durationMs: -1 })).rejects.toThrow(/durationMs must be/);
    await expect(invokeHttp(ok, chat, { twoway: true } as never)).rejects.toThrow(
      /twoway is not an option; the options are context, timeoutMs, runtime, twoWay, durationMs, integrationTimeoutMs \(did you mean twoWay\?\)/,
    );
    await expect(invokeHttp(ok, chat, 'fast' as never)).rejects.toThrow(/options must be an object/);
  });
});

describe('property', () => {
  it('the outcome is judgeWebSocket of the result, the route from the event, plus what invoke saw', async () => {
    const events: Record<WebSocketRouteKind, unknown> = { connect, message: chat, disconnect: bye };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<WebSocketRouteKind>('connect', 'message', 'disconnect'),
        fc.oneof(
          fc.record(
            { statusCode: fc.integer({ min: 100, max: 599 }), body: fc.string(), headers: fc.object() },
            { requiredKeys: [] },
          ),
          fc.jsonValue(),
        ),
        fc.boolean(),
        async (route, result, twoWay) => {
          const options = route === 'message' ? { twoWay } : {};
          const outcome = await invokeHttp(returns(result), events[route] as never, options);
          expect(outcome).toEqual(judgeWebSocket(result, { route, ...options, offeredProtocols: [] }));
        },
      ),
      { numRuns: runs(150) },
    );
  });
});
