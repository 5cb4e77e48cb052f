import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/cli/runCheck.js';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import { runBuiltCli } from './runBuiltCli.js';

const fixed = {
  statusCode: 200,
  headers: { 'Access-Control-Allow-Origin': '*' },
  body: JSON.stringify('Hello from your new Amplify Python lambda!'),
};
const broken = { message: 'Hello from your new Amplify Python lambda!' };

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lpm-cli-'));
  tempDirs.push(dir);
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('check: the verdict and its exit code', () => {
  it('accepts a valid REST result read from a file: exit 0, the status, headers and body the client gets', () => {
    const { code, stdout, stderr } = runBuiltCli(['check', tempFile('result.json', JSON.stringify(fixed))]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^✓ API Gateway \(REST\) accepts this result: the client gets 200 OK\.\n/);
    expect(stdout).toContain('HTTP 200 OK');
    // Every header, note and the body, as the library's own core has them.
    const outcome = inspectProxyResult(fixed);
    expect(outcome.response.headers['access-control-allow-origin']).toEqual(['*']);
    for (const [name, values] of Object.entries(outcome.response.headers)) {
      for (const value of values) expect(stdout).toContain(`\n  ${name}: ${value}\n`);
    }
    for (const note of outcome.notes) expect(stdout).toContain(`${note.message} [${note.rule}]`);
    expect(stdout).toContain('\n  "Hello from your new Amplify Python lambda!"\n');
    expect(stdout).not.toContain('\u001b[');
  });

  it('rejects the 2020 Amplify result from standard input: exit 1, 502, the path, the rule and the fix', () => {
    const { code, stdout } = runBuiltCli(['check'], { input: JSON.stringify(broken) });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^✗ API Gateway \(REST\) rejects this result: the client gets 502 Bad Gateway/);
    expect(stdout).toMatch(/error {3}message: 'message' is not a key of a proxy response.*\[R-K1\]/);
    expect(stdout).toMatch(/fix: return \{ statusCode: 200, body: JSON\.stringify\(\{ message \}\) \}/);
    expect(stdout).toContain('HTTP 502 Bad Gateway');
    expect(stdout).toContain('{"message": "Internal server error"}');
  });

  it('reads - as standard input', () => {
    expect(runBuiltCli(['check', '-'], { input: JSON.stringify(fixed) }).code).toBe(0);
  });

  it('judges for the front end --integration names: HTTP API 2.0 infers a response from the same result', () => {
    const { code, stdout } = runBuiltCli(['check', '--integration', 'http-2.0'], {
      input: JSON.stringify(broken),
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^✓ API Gateway \(HTTP API, payload 2\.0\) accepts this result: the client gets 200 OK/,
    );
    expect(stdout).toContain('found no statusCode');
    expect(runBuiltCli(['check', '-i', 'http'], { input: JSON.stringify(broken) }).code).toBe(0);
    expect(runBuiltCli(['check', '--integration', 'alb'], { input: JSON.stringify(broken) }).code).toBe(1);
  });

  it('counts warnings as errors with --strict', () => {
    const input = JSON.stringify({ statusCode: '201', body: '' });
    const lenient = runBuiltCli(['check'], { input });
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/warning statusCode: statusCode is the string "201"/);
    const strict = runBuiltCli(['check', '--strict'], { input });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('(--strict counts warnings as errors)');
  });

  it('shows a returned string for what it is: a JSON string, which REST rejects (W1)', () => {
    const { code, stdout } = runBuiltCli(['check'], { input: JSON.stringify(JSON.stringify(fixed)) });
    expect(code).toBe(1);
    expect(stdout).toContain('502');
  });

  it('describes binary bodies instead of printing them', () => {
    const png = {
      statusCode: 200,
      headers: { 'Content-Type': 'image/png' },
      body: 'iVBORw0KGgo=',
      isBase64Encoded: true,
    };
    const args = ['check', '--binary-media-type', 'image/png', '--accept', 'image/png'];
    const { code, stdout } = runBuiltCli(args, { input: JSON.stringify(png) });
    expect(code).toBe(0);
    expect(stdout).toContain('(8 bytes of binary data; --json gives them in base64)');
  });

  it('cuts a long body and says how much is left', () => {
    const input = JSON.stringify({ statusCode: 200, body: 'x'.repeat(2500) });
    expect(runBuiltCli(['check'], { input }).stdout).toContain(
      '… 500 more characters (--json prints the whole body)',
    );
  });
});

describe('check: the realistic inputs', () => {
  it("reads amplify mock function's output, after its Result: line", () => {
    const input = `Ensuring latest function changes are built...
Starting execution...
received event:
{'test': 'event'}
Result:
{
  "message": "Hello from your new Amplify Python lambda!"
}
Finished execution.
`;
    const { code, stdout } = runBuiltCli(['check'], { input });
    expect(code).toBe(1);
    expect(stdout).toContain("'message' is not a key of a proxy response");
    expect(stdout).toContain('Note: read the result after amplify mock\'s "Result:" line (line 5).');
  });

  it("reads amplify mock's report that the function failed as a function error", () => {
    const input = `Starting execution...
hello failed with the following error:
Error: Command failed with exit code 1: pipenv run python3 shim.py src/index.py handler
Traceback (most recent call last):
  File "src/index.py", line 5, in handler
    table = os.environ['TABLE']
KeyError: 'TABLE'
Finished execution.
`;
    const { code, stdout } = runBuiltCli(['check'], { input });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^✗ The function failed, so API Gateway \(REST\) answers 502 Bad Gateway\./);
    expect(stdout).toContain("the handler threw KeyError: 'TABLE'");
    expect(stdout).toContain("Note: read amplify mock's report that the function failed (line 2).");
  });

  it('reads the result after logs, as sam local invoke 2>&1 prints them', () => {
    const input = `START RequestId: 1 Version: $LATEST\nreceived event:\n${JSON.stringify(fixed)}\nEND RequestId: 1\nREPORT RequestId: 1\tDuration: 1.00 ms\n`;
    const { code, stdout } = runBuiltCli(['check'], { input });
    expect(code).toBe(0);
    expect(stdout).toContain('Note: read the last JSON value in the input (line 3)');
  });

  it("treats Lambda's error payload as a thrown error with --function-error, and suggests it otherwise", () => {
    const payload = JSON.stringify({
      errorMessage: "'TABLE'",
      errorType: 'KeyError',
      requestId: '1',
      stackTrace: [],
    });
    const plain = runBuiltCli(['check'], { input: payload });
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain("this looks like Lambda's error payload");
    const thrown = runBuiltCli(['check', '--function-error'], { input: payload });
    expect(thrown.code).toBe(1);
    expect(thrown.stdout).toMatch(/^✗ The function failed/);
    expect(thrown.stdout).toContain("KeyError: 'TABLE'");
    expect(thrown.stdout).not.toContain("this looks like Lambda's error payload");
  });

  it("recognises the Node.js runtime's error payload, whose stack is `trace`", () => {
    const payload = JSON.stringify({
      errorType: 'TypeError',
      errorMessage: 'x is undefined',
      trace: ['TypeError: x'],
    });
    const plain = runBuiltCli(['check'], { input: payload });
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain("this looks like Lambda's error payload");
    const thrown = runBuiltCli(['check', '--function-error'], { input: payload });
    expect(thrown.stdout).toContain('TypeError: x is undefined');
    const result = JSON.stringify({ statusCode: 200, trace: [] });
    expect(runBuiltCli(['check'], { input: result }).stdout).not.toContain("Lambda's error payload");
  });
});

describe('check --json', () => {
  it('prints the ProxyOutcome, with the body bytes as response.bodyBase64, and keeps the exit code', () => {
    const { code, stdout } = runBuiltCli(['check', '--json'], { input: JSON.stringify(broken) });
    expect(code).toBe(1);
    const outcome = JSON.parse(stdout);
    expect(outcome).toMatchObject({ integration: 'rest', accepted: false, functionError: false });
    expect(outcome.problems[0]).toMatchObject({ severity: 'error', path: 'message', rule: 'R-K1' });
    expect(outcome.response.status).toBe(502);
    expect(outcome.response.bodyBytes).toBeUndefined();
    expect(Buffer.from(outcome.response.bodyBase64, 'base64').toString()).toBe(outcome.response.body);
  });

  it('exits 0 for an accepted result', () => {
    const { code, stdout } = runBuiltCli(['check', '--json', '-i', 'function-url'], {
      input: JSON.stringify(fixed),
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ integration: 'function-url', accepted: true });
  });
});

describe('check: unusable input exits 2 with one line on stderr', () => {
  const oneLine = (text: string): void => {
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trimEnd().split('\n')).toHaveLength(1);
  };

  it('says so when the input holds no JSON', () => {
    const { code, stdout, stderr } = runBuiltCli(['check'], { input: "received event:\n{'a': 1}\n" });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^lambda-proxy-matchers check: no JSON found in the input/);
    oneLine(stderr);
  });

  it('says so when the input is empty', () => {
    const { code, stderr } = runBuiltCli(['check'], { input: '' });
    expect(code).toBe(2);
    expect(stderr).toContain('the input is empty');
    oneLine(stderr);
  });

  it('says what to do when nothing is piped in and no file is named', async () => {
    let read = false;
    const io = {
      read: async () => {
        read = true;
        return '{}';
      },
      stdinIsTTY: true,
      color: false,
    };
    const run = await runCheck([], io);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nothing to check: pipe a result in .* or name a file/);
    oneLine(run.stderr);
    expect(read).toBe(false);
    expect((await runCheck(['result.json'], io)).code).toBe(0);
  });

  it('names a file it cannot read', () => {
    const { code, stderr } = runBuiltCli(['check', 'no-such-result.json']);
    expect(code).toBe(2);
    expect(stderr).toBe('lambda-proxy-matchers check: cannot read no-such-result.json: no such file\n');
  });

  it('rejects an unknown integration, an unknown option and two files', () => {
    const bad = runBuiltCli(['check', '--integration', 'apigw'], { input: '{}' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--integration apigw is not a front end; use one of rest, http-1.0, http-2.0',
    );
    oneLine(bad.stderr);
    const unknown = runBuiltCli(['check', '--integraton', 'rest'], { input: '{}' });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'lambda-proxy-matchers check: --integraton is not an option of check (did you mean --integration?) (see lambda-proxy-matchers check --help)\n',
    );
    expect(runBuiltCli(['check', 'a.json', 'b.json']).code).toBe(2);
  });
});

describe('check: colours', () => {
  const input = JSON.stringify(broken);

  it('are off when stdout is not a terminal, on with FORCE_COLOR, and NO_COLOR wins', () => {
    expect(runBuiltCli(['check'], { input }).stdout).not.toContain('\u001b[');
    expect(runBuiltCli(['check'], { input, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31m✗');
    expect(runBuiltCli(['check'], { input, env: { FORCE_COLOR: '0' } }).stdout).not.toContain('\u001b[');
    expect(runBuiltCli(['check'], { input, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(
      '\u001b[',
    );
  });

  it('never colour --json', () => {
    const { stdout } = runBuiltCli(['check', '--json'], { input, env: { FORCE_COLOR: '1' } });
    expect(stdout).not.toContain('\u001b[');
  });
});

describe('check --help', () => {
  it('lists the options, the exit codes and examples', () => {
    const { code, stdout } = runBuiltCli(['check', '--help']);
    expect(code).toBe(0);
    for (const text of [
      '--integration',
      '--strict',
      '--json',
      '--function-error',
      'Exit codes',
      'amplify mock function',
    ]) {
      expect(stdout).toContain(text);
    }
    expect(runBuiltCli(['help', 'check']).stdout).toBe(stdout);
  });
});
