import { beforeEach, describe, expect, it } from 'vitest';
import { judgeWebSocket } from '../../../src/contract/integrations/websocket.js';
import { toAcceptConnection } from '../../../src/matchers/toAcceptConnection.js';
import { toRejectConnection } from '../../../src/matchers/toRejectConnection.js';
import { toSendFrame } from '../../../src/matchers/toSendFrame.js';
import { failureOf } from './support.js';

expect.extend({ toAcceptConnection, toRejectConnection, toSendFrame });
// Untyped on purpose: the misuse cases pass what the declarations refuse.
const e = (v: unknown) => expect(v) as any;

// Built before each test, not while the file loads: factory code that runs at load time is outside every
// test, so Stryker would count its mutants as static and rerun the whole suite for each.
let accepted: ReturnType<typeof judgeWebSocket>;
let rejected: ReturnType<typeof judgeWebSocket>;
let frame: ReturnType<typeof judgeWebSocket>;
let oneWay: ReturnType<typeof judgeWebSocket>;
beforeEach(() => {
  accepted = judgeWebSocket({ statusCode: 200 }, { route: 'connect' });
  rejected = judgeWebSocket({ statusCode: 401 }, { route: 'connect' });
  frame = judgeWebSocket({ statusCode: 200, body: 'pong' }, { route: 'message', twoWay: true });
  oneWay = judgeWebSocket({ statusCode: 200, body: 'pong' }, { route: 'message' });
});

describe('WebSocket matchers', () => {
  it('toAcceptConnection passes on 101 and fails on a rejection, both ways', () => {
    e(accepted).toAcceptConnection();
    e(rejected).not.toAcceptConnection();
    expect(() => e(rejected).toAcceptConnection()).toThrow(/to be accepted .*WS-2/);
    expect(() => e(accepted).not.toAcceptConnection()).toThrow(/not to be accepted/);
  });

  it('toRejectConnection checks the status when given, both ways', () => {
    e(rejected).toRejectConnection();
    e(rejected).toRejectConnection(401);
    e(rejected).not.toRejectConnection(403);
    expect(() => e(rejected).toRejectConnection(403)).toThrow(/rejected with .*403/);
    expect(() => e(rejected).not.toRejectConnection(401)).toThrow(/not to be rejected with .*401/);
    expect(() => e(rejected).toRejectConnection(99)).toThrow(/Matcher error/);
  });

  it('refuses an unawaited promise, as every matcher does, with and without .not', () => {
    const promise = Promise.resolve(accepted);
    expect(() => e(promise).toAcceptConnection()).toThrow(/received value is a Promise: await it/);
    expect(() => e(promise).not.toRejectConnection()).toThrow(/received value is a Promise: await it/);
    expect(() => e(promise).not.toSendFrame('pong')).toThrow(/received value is a Promise: await it/);
  });

  it('toRejectConnection(undefined) is a Matcher error, never "any status", with and without .not', () => {
    expect(() => e(rejected).toRejectConnection(undefined)).toThrow(
      /Matcher error.*status must be an integer from 100 to 599/s,
    );
    expect(() => e(accepted).not.toRejectConnection(undefined)).toThrow(
      /Matcher error.*status must be an integer from 100 to 599/s,
    );
  });

  it('toSendFrame matches text and explains a one-way route, both ways', () => {
    e(frame).toSendFrame('pong');
    e(frame).toSendFrame(/po/);
    e(frame).not.toSendFrame('ping');
    expect(() => e(oneWay).toSendFrame('pong')).toThrow(/twoWay: true.*WS-10/);
    expect(() => e(frame).not.toSendFrame('pong')).toThrow(/not to receive a frame/);
  });

  it('refuse anything but a judged WebSocket outcome with a Matcher error', () => {
    expect(() => e({ statusCode: 200 }).toAcceptConnection()).toThrow(/Matcher error.*judgeWebSocket/s);
    expect(() => e(frame).toSendFrame(42)).toThrow(/Matcher error/);
  });

  it('refuse an object that is not a WebSocket outcome, or one without a client, with a Matcher error', () => {
    for (const received of [
      { integration: 'rest', client: { kind: 'accepted', status: 101 } },
      { integration: 'websocket' },
      { integration: 'websocket', client: 'accepted' },
      null,
    ]) {
      expect(failureOf(() => e(received).toAcceptConnection())).toMatch(
        /Matcher error: received value must be await invokeHttp\(handler, webSocket\.connect\(\)\) or judgeWebSocket[\s\S]*Received has value/,
      );
    }
  });

  it('give as the cause only an error problem, or a timeout or invocation note', () => {
    // A warning (WS-4) and the function-error note (WS-12) are not why the handshake failed.
    const warned = judgeWebSocket({ statusCode: 200, headers: { 'x-a': null } }, { route: 'connect' });
    expect(warned.problems.map((p) => p.rule)).toEqual(['WS-4']);
    expect(failureOf(() => e(warned).toRejectConnection())).not.toMatch(/WS-4/);
    const failedCall = judgeWebSocket({}, { route: 'connect', functionError: true });
    expect(failureOf(() => e(failedCall).toAcceptConnection())).not.toMatch(/WS-12/);
    const timedOut = judgeWebSocket({}, { route: 'connect', timedOut: true });
    expect(failureOf(() => e(timedOut).toAcceptConnection())).toMatch(
      / The integration timed out: API Gateway answered on its own \(WS-13\)\.$/,
    );
  });

  it('start every message with the call as written', () => {
    const cases: [() => unknown, RegExp][] = [
      [() => e(rejected).toAcceptConnection(), /^expect\(received\)\.toAcceptConnection\(\)\n\n/],
      [() => e(accepted).not.toAcceptConnection(), /^expect\(received\)\.not\.toAcceptConnection\(\)\n\n/],
      [() => e(accepted).toRejectConnection(), /^expect\(received\)\.toRejectConnection\(\)\n\n/],
      [
        () => e(rejected).not.toRejectConnection(401),
        /^expect\(received\)\.not\.toRejectConnection\(status\)\n\n/,
      ],
      [() => e(frame).toSendFrame('ping'), /^expect\(received\)\.toSendFrame\(expected\)\n\n/],
      [() => e(frame).not.toSendFrame('pong'), /^expect\(received\)\.not\.toSendFrame\(expected\)\n\n/],
    ];
    for (const [assertion, head] of cases) expect(failureOf(assertion)).toMatch(head);
    expect(failureOf(() => e(accepted).toRejectConnection())).toMatch(
      /Expected the handshake to be rejected \(WS-3\), but the client sees /,
    );
    // A passing rejection under .not has no cause to add: the message ends at what the client sees.
    expect(failureOf(() => e(rejected).not.toRejectConnection())).toMatch(
      /Expected the handshake not to be rejected \(WS-3\), but the client sees [\s\S]*\}\.$/,
    );
    expect(failureOf(() => e(rejected).toRejectConnection(99))).toMatch(/Expected has value: 99/);
    const otherFrame = failureOf(() => e(frame).toSendFrame('ping'));
    expect(otherFrame).toMatch(/Expected the client to receive a frame "ping", but it sees /);
    // A two-way route: no advice about one-way routes, and no cause to add.
    expect(otherFrame).not.toMatch(/twoWay/);
    expect(otherFrame).toMatch(/\}\.$/);
    expect(failureOf(() => e(frame).not.toSendFrame('pong'))).toMatch(
      /Expected the client not to receive a frame "pong", but it sees [\s\S]*\}\.$/,
    );
    expect(failureOf(() => e(frame).toSendFrame(42))).toMatch(
      /Matcher error: the expected frame must be a string, a RegExp or an asymmetric matcher\n/,
    );
  });
});
