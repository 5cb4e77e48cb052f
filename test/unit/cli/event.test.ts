import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { albEvent } from '../../../src/events/albEvent.js';
import { functionUrlEvent } from '../../../src/events/functionUrlEvent.js';
import { httpApiEvent } from '../../../src/events/httpApiEvent.js';
import { httpApiV1Event } from '../../../src/events/httpApiV1Event.js';
import { restApiEvent } from '../../../src/events/restApiEvent.js';
import { runBuiltCli } from './runBuiltCli.js';

function event(args: string[]): any {
  const { code, stdout, stderr } = runBuiltCli(['event', ...args]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

/** The factory's event as JSON carries it (what a file or `--event` holds). */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('event: the factories, from the command line', () => {
  it('rest: the REST event the library builds, with the route filling resource and path parameters', () => {
    const printed = event(['rest', 'GET', '/items/42', '--route', '/items/{id}']);
    expect(printed).toEqual(asJson(restApiEvent({ method: 'GET', path: '/items/42', route: '/items/{id}' })));
    expect(printed).toMatchObject({
      httpMethod: 'GET',
      path: '/items/42',
      resource: '/items/{id}',
      pathParameters: { id: '42' },
    });
  });

  it('http: an HTTP API 2.0 event with a JSON body', () => {
    const printed = event(['http', 'POST', '/orders', '--json', '{"sku":"pen","qty":2}']);
    expect(printed).toEqual(
      asJson(httpApiEvent({ method: 'POST', path: '/orders', json: { sku: 'pen', qty: 2 } })),
    );
    expect(printed.version).toBe('2.0');
    expect(JSON.parse(printed.body)).toEqual({ sku: 'pen', qty: 2 });
    expect(printed.headers['content-type']).toBe('application/json');
    expect(event(['http-2.0', 'POST', '/orders', '--json', '{"sku":"pen","qty":2}'])).toEqual(printed);
  });

  it('http-1.0, alb and function-url, with headers, query, cookies and a raw body', () => {
    const args = ['PUT', '/notes/1?draft=true', '-H', 'X-Trace: abc', '-q', 'tag=a', '--query', 'tag=b'];
    const init = {
      method: 'PUT',
      path: '/notes/1?draft=true',
      headers: { 'X-Trace': 'abc' },
      query: { tag: ['a', 'b'] },
    } as const;
    expect(event(['http-1.0', ...args])).toEqual(asJson(httpApiV1Event(init)));
    expect(event(['alb', ...args])).toEqual(asJson(albEvent(init)));
    expect(event(['function-url', ...args, '--cookie', 'session=abc', '--body', 'plain text'])).toEqual(
      asJson(functionUrlEvent({ ...init, cookies: ['session=abc'], body: 'plain text' })),
    );
  });

  it('alb --multi-value, with a header given twice keeping both values', () => {
    const printed = event(['alb', 'GET', '/health', '--multi-value', '-H', 'Accept: a', '-H', 'Accept: b']);
    expect(printed).toEqual(
      asJson(albEvent({ method: 'GET', path: '/health', multiValue: true, headers: { Accept: ['a', 'b'] } })),
    );
    expect(printed.multiValueHeaders).toBeDefined();
    expect(event(['alb-multi-value', 'GET', '/health', '-H', 'Accept: a', '-H', 'Accept: b'])).toEqual(
      printed,
    );
  });

  it('takes the method in any case and the stage', () => {
    expect(event(['rest', 'post', '/x', '--stage', 'dev'])).toEqual(
      asJson(restApiEvent({ method: 'POST', path: '/x', stage: 'dev' })),
    );
  });

  it('prints the same event every time, so it can be committed as a fixture', () => {
    const args = ['event', 'rest', 'GET', '/items/42', '--route', '/items/{id}'];
    expect(runBuiltCli(args).stdout).toBe(runBuiltCli(args).stdout);
  });

  it('matches the event.json shipped with the Amplify example', () => {
    const shipped = JSON.parse(
      readFileSync('examples/amplify-python/amplify/backend/function/hello/src/event.json', 'utf8'),
    );
    expect(event(['rest', 'GET', '/hello'])).toEqual(shipped);
  });
});

describe('event: the source IP, the authorizer and a binary body', () => {
  it('--source-ip is the factory’s sourceIp: requestContext on API Gateway, X-Forwarded-For on ALB', () => {
    const rest = event(['rest', 'GET', '/me', '--source-ip', '203.0.113.9']);
    expect(rest).toEqual(asJson(restApiEvent({ method: 'GET', path: '/me', sourceIp: '203.0.113.9' })));
    expect(rest.requestContext.identity.sourceIp).toBe('203.0.113.9');
    expect(event(['http', 'GET', '/me', '--source-ip', '203.0.113.9']).requestContext.http.sourceIp).toBe(
      '203.0.113.9',
    );
    expect(event(['alb', 'GET', '/me', '--source-ip', '203.0.113.9']).headers['x-forwarded-for']).toBe(
      '203.0.113.9',
    );
  });

  it('--claims and --authorizer are the factory’s authorizer init', () => {
    const claims = event(['http', 'GET', '/me', '--claims', 'sub=user-1', '--claims', 'email=a@example.com']);
    expect(claims).toEqual(
      asJson(
        httpApiEvent({
          method: 'GET',
          path: '/me',
          authorizer: { claims: { sub: 'user-1', email: 'a@example.com' } },
        }),
      ),
    );
    expect(claims.requestContext.authorizer.jwt.claims.sub).toBe('user-1');
    const lambda = event(['rest', 'GET', '/me', '--authorizer', '{"lambda":{"tenant":"t1"}}']);
    expect(lambda.requestContext.authorizer).toMatchObject({ tenant: 't1' });
  });

  it('--body-file sends the file’s bytes base64, as the front end sends a binary body', () => {
    const file = new URL('../../fixtures/PROVENANCE.md', import.meta.url).pathname;
    const printed = event(['rest', 'PUT', '/docs/1', '--body-file', file, '-H', 'Content-Type: image/png']);
    expect(printed.isBase64Encoded).toBe(true);
    expect(Buffer.from(printed.body, 'base64').equals(readFileSync(file))).toBe(true);
  });
});

describe('event: mistakes exit 2 with one line that says what to fix', () => {
  const fails = (args: string[], pattern: RegExp): void => {
    const { code, stdout, stderr } = runBuiltCli(['event', ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(pattern);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  };

  it('an unknown integration, a missing argument, a bad method or path', () => {
    fails(
      ['apigw', 'GET', '/'],
      /apigw is not an integration; use one of rest, http, http-1\.0, alb, function-url, lattice/,
    );
    fails(['rest', 'GET'], /needs INTEGRATION METHOD PATH/);
    fails(['rest', 'FETCH', '/'], /FETCH is not a method/);
    fails(['rest', 'GET', 'items'], /PATH must start with \/, got items/);
    fails(['rest', 'GET', '/a', '/b'], /unexpected \/b after PATH/);
  });

  it('a body given twice, JSON that does not parse, a header or cookie without its separator', () => {
    fails(['rest', 'POST', '/', '--json', '{}', '--body', 'x'], /give the body once/);
    fails(['rest', 'POST', '/', '--json', '{name: 1}'], /--json needs JSON text .*use --body for raw text/);
    fails(['rest', 'GET', '/', '-H', 'Accept'], /--header Accept needs the form Name:value/);
    fails(['rest', 'GET', '/', '--cookie', 'session'], /--cookie session needs the form name=value/);
    fails(['rest', 'POST', '/', '--body', 'x', '--body-file', 'a.png'], /give the body once/);
    fails(
      ['rest', 'POST', '/', '--body-file', 'no-such.png'],
      /--body-file cannot read no-such\.png: no such file/,
    );
    fails(['rest', 'GET', '/', '--claims', 'sub'], /--claims sub needs the form name=value/);
    fails(['rest', 'GET', '/', '--authorizer', '[1]'], /--authorizer needs a JSON object such as/);
    fails(['rest', 'GET', '/', '--authorizer', '{x'], /--authorizer needs JSON text/);
    fails(
      ['rest', 'GET', '/', '--authorizer', '{}', '--claims', 'a=b'],
      /give --authorizer or --claims, not both/,
    );
  });

  it('an unknown option or a missing value, in the CLI’s words, with the closest option', () => {
    fails(
      ['rest', 'GET', '/', '--bodyy', 'x'],
      /^lambda-proxy-matchers event: --bodyy is not an option of event \(did you mean --body\?\)/,
    );
    fails(
      ['rest', 'GET', '/', '--zzz'],
      /^lambda-proxy-matchers event: --zzz is not an option of event \(see/,
    );
    fails(['rest', 'GET', '/', '--json'], /^lambda-proxy-matchers event: --json needs a value/);
    fails(
      ['rest', 'GET', '/', '--multi-value=yes'],
      /^lambda-proxy-matchers event: --multi-value takes no value/,
    );
  });

  it("what the factory refuses, in the factory's words", () => {
    const { code, stderr } = runBuiltCli(['event', 'rest', 'GET', '/', '--multi-value']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^lambda-proxy-matchers event: .*multiValue/);
  });
});

describe('event --help and the command itself', () => {
  it('lists the integrations, the options and examples', () => {
    const { code, stdout } = runBuiltCli(['event', '--help']);
    expect(code).toBe(0);
    for (const text of [
      'function-url',
      '--header',
      '--json',
      '--route',
      'sam local invoke',
      'amplify/backend',
    ]) {
      expect(stdout).toContain(text);
    }
  });

  it('prints its help, its version, and refuses an unknown command', () => {
    const help = runBuiltCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('check [FILE|-]');
    expect(runBuiltCli([]).stdout).toBe(help.stdout);
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(runBuiltCli(['--version']).stdout).toBe(`${version}\n`);
    const unknown = runBuiltCli(['lint']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'lambda-proxy-matchers: unknown command lint; the commands are check and event (see lambda-proxy-matchers --help)\n',
    );
  });
});
