// The same matchers through jest's engine (the standalone `expect` package, registered by the
// `lambda-proxy-matchers/expect` entry): jest's `this.utils`, hint, diff and asymmetric machinery differ from
// vitest's, so a representative subset of every matcher's cases runs here too.
import { expect as jestExpect } from 'expect';
import { afterEach, describe, expect, it } from 'vitest';
import { configure } from '../../../src/contract/configure.js';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import '../../../src/expect.js';
import { asyncFailureOf, failureOf, maskCore } from './support.js';

const user = {
  statusCode: 200,
  headers: { 'Content-Type': 'application/json; charset=utf-8' },
  body: '{"id":"u1","name":"Ada"}',
};
const objectBody = { statusCode: 200, body: { id: 'u1' } };
const redirect = {
  statusCode: 302,
  headers: { Location: '/login' },
  multiValueHeaders: { 'Set-Cookie': ['s=1; Path=/'] },
  body: '',
};

afterEach(() => {
  configure({ integration: 'rest' });
});

describe('through the standalone expect package (jest 30)', () => {
  it('passes with every matcher', () => {
    jestExpect(user).toBeValidProxyResponse();
    jestExpect(user).toHaveStatusCode(200);
    jestExpect(user).toHaveHeader('content-type', /json/);
    jestExpect(user).toHaveContentType('application/json');
    jestExpect(user).toHaveBody(jestExpect.stringContaining('Ada'));
    jestExpect(user).toHaveJsonBody({ id: jestExpect.any(String), name: 'Ada' });
    jestExpect(user).toMatchJsonBody({ name: 'Ada' });
    jestExpect(redirect).toHaveCookie('s', '1');
    jestExpect(redirect).toRedirectTo('/login', 302);
  });

  it('fails with jest-formatted messages: hint, sentence, aligned values', () => {
    expect(failureOf(() => jestExpect(user).toHaveStatusCode(404))).toMatchInlineSnapshot(`
      "expect(received).toHaveStatusCode(expected)

      Expected response to have status code 404, but the client gets 200.

      Expected status code: 404
      Received status code: 200
      Received body:        "{\\"id\\":\\"u1\\",\\"name\\":\\"Ada\\"}""
    `);
    expect(failureOf(() => jestExpect(user).toHaveHeader('x-id'))).toMatchInlineSnapshot(`
      "expect(received).toHaveHeader(name)

      Expected response to have header "x-id", but no such header is sent.

      Received headers: content-type"
    `);
    expect(failureOf(() => jestExpect(redirect).toRedirectTo('/home'))).toMatch(
      /^expect\(received\)\.toRedirectTo\(location\)\n\nExpected response to redirect to "\/home", but it redirects elsewhere\./,
    );
  });

  it('prints exactly one diff for structures, with matched asymmetric matchers left out', () => {
    const message = failureOf(() =>
      jestExpect(user).toHaveJsonBody({ id: jestExpect.any(String), name: 'Grace' }),
    );
    expect(message).toMatchInlineSnapshot(`
      "expect(received).toHaveJsonBody(expected)

      Expected response body to equal the expected JSON.

      - Expected
      + Received

        Object {
          "id": "u1",
      -   "name": "Grace",
      +   "name": "Ada",
        }"
    `);
    expect(message.match(/- Expected/g)).toHaveLength(1);
    expect(failureOf(() => jestExpect(user).toMatchJsonBody({ name: 'Grace' }))).toMatch(
      /Expected response body to match the subset\.\n\n- Expected\n\+ Received\n\n {2}Object \{\n- {3}"name": "Grace",\n\+ {3}"name": "Ada",\n {2}\}$/,
    );
  });

  it('fails every matcher on a rejected result, with or without .not', () => {
    expect(maskCore(failureOf(() => jestExpect(objectBody).toHaveStatusCode(200)))).toMatchInlineSnapshot(`
      "expect(received).toHaveStatusCode(expected)

      Expected response to have status code 200, but the client gets a 502 from API Gateway (REST) itself, not the handler's response: …

      A result the front end rejects fails every matcher with or without .not, because none of it reaches the client; to assert the rejection itself, use .not.toBeValidProxyResponse().

      Note: … (R-E1)"
    `);
    expect(failureOf(() => jestExpect(objectBody).not.toHaveHeader('x-nope'))).toMatch(
      /^expect\(received\)\.not\.toHaveHeader\(name\)\n\nExpected response not to have header "x-nope", but the client gets a 502 from API Gateway \(REST\) itself, not the handler's response/,
    );
    jestExpect(objectBody).not.toBeValidProxyResponse();
  });

  it('supports .not both ways', () => {
    jestExpect(user).not.toHaveStatusCode(500);
    jestExpect(user).not.toHaveCookie('s');
    expect(failureOf(() => jestExpect(user).not.toHaveContentType('application/json'))).toMatch(
      /^expect\(received\)\.not\.toHaveContentType\(expected\)\n\nExpected response not to have content type "application\/json"\.\n\nExpected media type: {3}not "application\/json"/,
    );
  });

  it('supports the asymmetric forms inside toEqual', () => {
    jestExpect({ a: user, b: redirect }).toEqual({
      a: jestExpect.toHaveJsonBody({ id: 'u1', name: 'Ada' }),
      b: jestExpect.not.toHaveStatusCode(200),
    });
    expect(() => jestExpect([user]).toEqual([jestExpect.toHaveStatusCode(201)])).toThrow(/toHaveStatusCode/);
  });

  it('prints a failing asymmetric form compactly, with its arguments', () => {
    // jest builds the asymmetric matcher itself and prints it with its toAsymmetricMatcher(): name<args>.
    const message = failureOf(() =>
      jestExpect({ a: user, b: user }).toEqual({
        a: jestExpect.toHaveStatusCode(404),
        b: jestExpect.not.toHaveHeader('content-type'),
      }),
    );
    expect(message).toMatch(/^- {3}"a": toHaveStatusCode<404>,$/m);
    expect(message).toMatch(/^- {3}"b": not\.toHaveHeader<content-type>,$/m);
  });

  it('supports .resolves and .rejects', async () => {
    await jestExpect(Promise.resolve(user)).resolves.toHaveJsonBody({ id: 'u1', name: 'Ada' });
    await jestExpect(Promise.reject(new Error('boom'))).rejects.toHaveStatusCode(502);
    await jestExpect(Promise.reject(new Error('boom'))).rejects.toHaveJsonBody({
      message: 'Internal server error',
    });
    expect(
      await asyncFailureOf(() => jestExpect(Promise.reject(new Error('boom'))).rejects.toHaveStatusCode(200)),
    ).toMatch(
      /^expect\(received\)\.rejects\.toHaveStatusCode\(expected\)\n\nExpected response to have status code 200, but the client gets 502\./,
    );
  });

  it('takes a ProxyOutcome and the configured integration', () => {
    configure({ integration: 'http-2.0' });
    jestExpect({ id: 'u1' }).toHaveJsonBody({ id: 'u1' });
    jestExpect(inspectProxyResult(user, { integration: 'alb' })).toHaveStatusCode(200);
  });

  it('throws a Matcher error for misuse that .not cannot turn into a pass', () => {
    expect(failureOf(() => jestExpect(user).not.toHaveHeader(42 as never))).toMatchInlineSnapshot(`
      "expect(received).not.toHaveHeader(name)

      Matcher error: header name must be a non-empty string of header-name characters, such as "content-type"

      Expected has type:  number
      Expected has value: 42"
    `);
    expect(
      failureOf(() => jestExpect(user).not.toBeValidProxyResponse({ integration: 'v2' as never })),
    ).toMatch(/Matcher error: options\.integration must be one of/);
  });
});
