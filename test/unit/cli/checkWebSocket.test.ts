import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/cli/runCheck.js';
import { judgeWebSocket } from '../../../src/contract/integrations/websocket.js';
import { runBuiltCli } from './runBuiltCli.js';

const check = (args: string[], result: unknown) =>
  runCheck(['--integration', 'websocket', ...args], {
    read: async () => (typeof result === 'string' ? result : JSON.stringify(result)),
    stdinIsTTY: false,
    color: false,
  });

describe('check --integration websocket', () => {
  it('WS-2: an accepted handshake: exit 0, 101 and the headers the client gets', async () => {
    const { code, stdout, stderr } = await check(['--route', 'connect'], {
      statusCode: 200,
      headers: { 'Sec-WebSocket-Protocol': 'chat' },
    });
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(
      /^✓ API Gateway \(WebSocket, \$connect\) accepts the connection: the client gets 101 Switching Protocols\.\n/,
    );
    expect(stdout).toContain(
      'The client receives\n  HTTP 101 Switching Protocols\n  Sec-WebSocket-Protocol: chat\n',
    );
  });

  it('WS-3: a handshake the handler rejects is its answer: exit 0, the status it chose', async () => {
    const { code, stdout } = await check(['--route', 'connect'], { statusCode: 403 });
    expect(code).toBe(0);
    expect(stdout).toMatch(/rejects the connection: the client gets 403 Forbidden/);
    expect(stdout).toContain('  HTTP 403 Forbidden\n');
  });

  it('WS-4: --protocol is what the client offered; not echoing it is an error, exit 1', async () => {
    const silent = await check(['--route', 'connect', '--protocol', 'chat'], { statusCode: 200 });
    expect(silent.code).toBe(1);
    expect(silent.stdout).toMatch(/^✗ /);
    expect(silent.stdout).toMatch(/error {3}the client offered Sec-WebSocket-Protocol chat .*\(WS-4\)\n/);
    expect(silent.stdout).not.toContain('[WS-4]');
    const echoed = await check(['--route', 'connect', '--protocol', 'a', '--protocol', 'chat'], {
      statusCode: 200,
      headers: { 'Sec-WebSocket-Protocol': 'chat' },
    });
    expect(echoed.code).toBe(0);
  });

  it('WS-10 and WS-11: one-way sends nothing; --two-way sends the body as a frame', async () => {
    const result = { statusCode: 200, body: 'pong' };
    const oneWay = await check(['--route', 'message'], result);
    expect(oneWay.code).toBe(0);
    expect(oneWay.stdout).toMatch(
      /^✓ API Gateway \(WebSocket, message route, one-way\) sends the client nothing/,
    );
    expect(oneWay.stdout).toContain('[WS-10]');
    expect(oneWay.stdout).toContain('  (nothing)\n');
    const twoWay = await check(['--route', 'message', '--two-way'], result);
    expect(twoWay.code).toBe(0);
    expect(twoWay.stdout).toMatch(/two-way\) sends the client the body as a text frame/);
    expect(twoWay.stdout).toContain('  a text frame:\n  pong\n');
  });

  it("WS-12: --function-error reads Lambda's error payload: the error frame, exit 1, what failed", async () => {
    const payload = { errorType: 'KeyError', errorMessage: "'TABLE'" };
    const { code, stdout } = await check(['--route', 'message', '--function-error'], payload);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^✗ The function failed, so API Gateway .* sends the client its own error frame/);
    expect(stdout).toContain('"message":"Internal server error"');
    expect(stdout).toContain("Note: the function failed with KeyError: 'TABLE'.");
  });

  it("WS-5: amplify mock's failure report on $connect is a 502 handshake", async () => {
    const report =
      'Starting execution...\nf failed with the following error:\nTypeError: x is undefined\nFinished execution.\n';
    const { code, stdout } = await check(['--route', 'connect'], report);
    expect(code).toBe(1);
    expect(stdout).toContain('  HTTP 502 Bad Gateway\n');
    expect(stdout).toContain('Note: the function failed with TypeError: x is undefined.');
  });

  it('WS-1 and WS-9: a malformed result is exit 1, also on $disconnect where the client sees nothing', async () => {
    const malformed = await check(['--route', 'message', '--two-way'], 'null');
    expect(malformed.code).toBe(1);
    expect(malformed.stdout).toMatch(/^✗ API Gateway .* cannot read this result/);
    const gone = await check(['--route', 'disconnect'], 'null');
    expect(gone.code).toBe(1);
    expect(gone.stdout).toContain('warning');
    expect((await check(['--route', 'disconnect'], { statusCode: 200 })).code).toBe(0);
  });

  it('WS-15: a body over 128 KB closes the connection', async () => {
    const { code, stdout } = await check(['--route', 'message', '--two-way'], {
      statusCode: 200,
      body: 'x'.repeat(128 * 1024 + 1),
    });
    expect(code).toBe(1);
    expect(stdout).toContain('closes the connection with code 1009');
  });

  it('--json prints the WebSocketOutcome as judgeWebSocket gives it', async () => {
    const result = { statusCode: 200, body: 'pong' };
    const { stdout } = await check(['--route', 'message', '--two-way', '--json'], result);
    expect(JSON.parse(stdout)).toEqual(judgeWebSocket(result, { route: 'message', twoWay: true }));
  });

  it.each([
    [['--integration', 'websocket'], /needs --route connect, message or disconnect/],
    [
      ['--integration', 'websocket', '--route', 'default'],
      /--route connect, message or disconnect, not default/,
    ],
    [['-i', 'websocket', '--route', 'connect', '--two-way'], /--two-way is for message routes/],
    [['-i', 'websocket', '--route', 'message', '--protocol', 'x'], /--protocol .* --route connect/],
    [['-i', 'websocket', '--route', 'message', '--strict'], /--strict judges HTTP responses/],
    [['-i', 'websocket', '--route', 'message', '--accept', 'x'], /--accept judges HTTP responses/],
    [['--route', 'message'], /--route is a WebSocket option: add --integration websocket/],
    [['-i', 'rest', '--two-way'], /--two-way is a WebSocket option/],
    [['-i', 'ws'], /use one of rest, http-1.0, .*, function-url, lattice, websocket/],
  ])('refuses %j with exit 2 and the fix', async (args, message) => {
    const { code, stderr } = await runCheck(args, {
      read: async () => '{}',
      stdinIsTTY: false,
      color: false,
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('check --integration lattice', () => {
  it('L-R2: judges a Lattice result, the warnings for the fields its docs call required included', () => {
    const { code, stdout } = runBuiltCli(['check', '-i', 'lattice'], { input: '{"statusCode": 200}' });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^✓ VPC Lattice accepts this result: the client gets 200 OK\./);
    expect(stdout).toMatch(/warning headers: Lattice documents headers as required.*\[L-R2\]/);
    const strict = runBuiltCli(['check', '-i', 'lattice', '--strict'], { input: '{"statusCode": 200}' });
    expect(strict.code).toBe(1);
  });

  it('L-R10: a result Lattice cannot read is judged a 502 with an empty body', () => {
    const { code, stdout } = runBuiltCli(['check', '--integration', 'lattice'], { input: 'null' });
    expect(code).toBe(1);
    expect(stdout).toContain('HTTP 502 Bad Gateway');
    expect(stdout).toContain('(empty body)');
  });

  it('and the built command runs the WebSocket check from standard input', () => {
    const run = runBuiltCli(['check', '-i', 'websocket', '--route', 'message', '--two-way'], {
      input: '{"statusCode": 200, "body": "pong"}',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  a text frame:\n  pong\n');
  });
});
