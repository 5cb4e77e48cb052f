import { describe, expect, it } from 'vitest';
import { runEvent } from '../../../src/cli/runEvent.js';
import { webSocket } from '../../../src/events/webSocketEvent.js';
import { runBuiltCli } from './runBuiltCli.js';

function event(args: string[]): any {
  const { code, stdout, stderr } = runEvent(['websocket', ...args]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

function fails(args: string[], message: RegExp): void {
  const { code, stdout, stderr } = runEvent(['websocket', ...args]);
  expect([code, stdout]).toEqual([2, '']);
  expect(stderr).toMatch(message);
}

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('event websocket: the WebSocket factories, from the command line', () => {
  it('connect: the upgrade request with its headers and query', () => {
    const printed = event(['connect', '-H', 'Sec-WebSocket-Protocol: chat', '-q', 'token=a b', '-q', 'x=1']);
    expect(printed).toEqual(
      asJson(webSocket.connect({ headers: { 'Sec-WebSocket-Protocol': 'chat' }, query: 'token=a%20b&x=1' })),
    );
    expect(printed.requestContext).toMatchObject({ eventType: 'CONNECT', routeKey: '$connect' });
    expect(printed.queryStringParameters).toEqual({ token: 'a b', x: '1' });
    // A header given twice is one line of the upgrade request, joined as HTTP joins it.
    expect(event(['connect', '-H', 'X-A: 1', '-H', 'X-A: 2']).headers['X-A']).toBe('1, 2');
  });

  it('message: the frame as --body text or compact --json, on the --route key', () => {
    const printed = event(['message', '--route', 'sendmessage', '--json', '{ "action": "sendmessage" }']);
    expect(printed).toEqual(asJson(webSocket.message('{"action":"sendmessage"}', { route: 'sendmessage' })));
    expect(printed).not.toHaveProperty('headers');
    expect(event(['message', '--body', 'ping'])).toMatchObject({
      body: 'ping',
      requestContext: { routeKey: '$default', eventType: 'MESSAGE' },
    });
    expect(event(['message']).body).toBe('');
  });

  it('WS-18: disconnect carries the close code and reason the client sent', () => {
    const printed = event(['disconnect', '--status', '1000', '--reason', 'Connection Closed Normally']);
    expect(printed).toEqual(
      asJson(webSocket.disconnect({ statusCode: 1000, reason: 'Connection Closed Normally' })),
    );
    expect(event(['disconnect']).requestContext.disconnectStatusCode).toBe(1001);
  });

  it('--source-ip and --stage apply to every type', () => {
    for (const kind of ['connect', 'message', 'disconnect']) {
      const printed = event([kind, '--source-ip', '198.51.100.7', '--stage', 'dev']);
      expect(printed.requestContext).toMatchObject({ stage: 'dev', identity: { sourceIp: '198.51.100.7' } });
    }
  });

  it('refuses what the event type does not carry, and mistakes, with exit 2 and the fix', () => {
    fails([], /needs the event type, connect, message or disconnect/);
    fails(['open'], /needs the event type, connect, message or disconnect; got open/);
    fails(['connect', 'extra'], /unexpected extra after connect/);
    fails(['message', '-H', 'A: b'], /--header belongs to a connect event, not to message/);
    fails(['connect', '--body', 'x'], /--body belongs to a message event, not to connect/);
    fails(['connect', '--route', 'chat'], /--route belongs to a message event/);
    fails(['message', '--status', '1000'], /--status belongs to a disconnect event/);
    fails(['message', '--body', 'a', '--json', '1'], /give the frame once/);
    fails(['message', '--json', '{x'], /--json needs JSON text/);
    fails(['connect', '-H', 'nocolon'], /--header nocolon needs the form Name:value/);
    fails(['disconnect', '--status', '200'], /--status 200 is not a close code; use 1000 to 4999/);
    fails(['connect', '--methd', 'x'], /--methd is not an option of event websocket/);
    const late = runEvent(['-H', 'A: b', 'websocket', 'connect']);
    expect(late.code).toBe(2);
    expect(late.stderr).toMatch(/put websocket first/);
  });
});

describe('event websocket from the built command', () => {
  it('prints the event and its own help', () => {
    const run = runBuiltCli(['event', 'websocket', 'message', '--route', 'chat', '--body', 'hi']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ body: 'hi', requestContext: { routeKey: 'chat' } });
    const help = runBuiltCli(['event', 'websocket', '--help']);
    expect(help.code).toBe(0);
    for (const text of ['connect|message|disconnect', '--status CODE', '--reason TEXT', '--route KEY'])
      expect(help.stdout).toContain(text);
    const eventHelp = runBuiltCli(['event', '--help']).stdout;
    expect(eventHelp).toContain('websocket TYPE');
    expect(eventHelp).toContain('lattice');
    expect(runBuiltCli(['check', '--help']).stdout).toContain('--two-way');
    expect(runBuiltCli(['--help']).stdout).toContain('event websocket TYPE');
  });
});
