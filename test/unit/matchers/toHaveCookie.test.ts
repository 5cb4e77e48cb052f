import { afterEach, describe, expect, it } from 'vitest';
import { configure } from '../../../src/contract/configure.js';
import { toHaveCookie } from '../../../src/matchers/toHaveCookie.js';
import { asyncFailureOf, failureOf, maskCore } from './support.js';

expect.extend({ toHaveCookie });

const login = {
  statusCode: 200,
  multiValueHeaders: { 'Set-Cookie': ['session=abc123; Path=/; HttpOnly', 'theme=dark'] },
  body: '',
};

afterEach(() => {
  configure({ integration: 'rest' });
});

describe('toHaveCookie', () => {
  it('passes when the cookie is set, from multiValueHeaders', () => {
    expect(login).toHaveCookie('session');
    expect(login).toHaveCookie('session', 'abc123');
    expect(login).toHaveCookie('theme', /^d/);
    expect(login).toHaveCookie('session', expect.stringMatching(/^[a-z0-9]+$/));
  });

  it('passes when the cookie is set from headers', () => {
    expect({ statusCode: 200, headers: { 'set-cookie': 'a=1; Secure' }, body: '' }).toHaveCookie('a', '1');
  });

  it('passes when the cookie is set from 2.0 cookies', () => {
    configure({ integration: 'http-2.0' });
    expect({ statusCode: 200, cookies: ['a=1', 'b=2; Max-Age=60'], body: '' }).toHaveCookie('b', '2');
  });

  it('fails listing the cookies set when the name is missing', () => {
    expect(failureOf(() => expect(login).toHaveCookie('csrf'))).toMatchInlineSnapshot(`
      "expect(received).toHaveCookie(name)

      Expected response to set cookie "csrf", but it sets only "session", "theme".

      Received set-cookie: "session=abc123; Path=/; HttpOnly", "theme=dark""
    `);
  });

  it('fails showing the value when it differs', () => {
    expect(failureOf(() => expect(login).toHaveCookie('session', 'xyz'))).toMatchInlineSnapshot(`
      "expect(received).toHaveCookie(name, value)

      Expected response to set cookie "session" with a value matching "xyz", but its value differs.

      Expected value:      "xyz"
      Received value:      "abc123"
      Received set-cookie: "session=abc123; Path=/; HttpOnly""
    `);
  });

  it('says when the front end drops the cookies: HTTP API 1.0 ignores a cookies key', () => {
    configure({ integration: 'http-1.0' });
    expect(
      maskCore(failureOf(() => expect({ statusCode: 200, cookies: ['a=1'], body: '' }).toHaveCookie('a'))),
    ).toMatchInlineSnapshot(`
      "expect(received).toHaveCookie(name)

      Expected response to set cookie "a", but it sets no cookies.

      Received set-cookie: (none)

      Warning: … (H1-2)"
    `);
  });

  it('fails on a rejected result: REST has no cookies key', () => {
    expect(
      failureOf(() => expect({ statusCode: 200, cookies: ['a=1'], body: '' }).toHaveCookie('a')),
    ).toMatch(
      /^expect\(received\)\.toHaveCookie\(name\)\n\nExpected response to set cookie "a", but the client gets a 502 from API Gateway \(REST\) itself, not the handler's response: 'cookies' is a key of HTTP API 2\.0 responses/,
    );
  });

  describe('.not', () => {
    it('passes when the cookie is missing or its value differs', () => {
      expect(login).not.toHaveCookie('csrf');
      expect(login).not.toHaveCookie('session', 'xyz');
      // Names are case-sensitive.
      expect(login).not.toHaveCookie('Session');
    });

    it('fails when the cookie is set', () => {
      expect(failureOf(() => expect(login).not.toHaveCookie('theme'))).toMatchInlineSnapshot(`
        "expect(received).not.toHaveCookie(name)

        Expected response not to set cookie "theme".

        Received value:      "dark"
        Received set-cookie: "theme=dark""
      `);
    });

    it('fails on a rejected result', () => {
      expect(
        failureOf(() => expect({ statusCode: 200, cookies: ['a=1'], body: '' }).not.toHaveCookie('b')),
      ).toMatch(/with or without \.not/);
    });
  });

  describe('asymmetric', () => {
    it('matches inside toEqual', () => {
      expect({ r: login }).toEqual({ r: expect.toHaveCookie('session', 'abc123') });
      expect({ r: login }).toEqual({ r: expect.not.toHaveCookie('csrf') });
      expect(() => expect({ r: login }).toEqual({ r: expect.toHaveCookie('csrf') })).toThrow();
    });
  });

  describe('.resolves', () => {
    it('judges the resolved result', async () => {
      await expect(Promise.resolve(login)).resolves.toHaveCookie('session');
      expect(await asyncFailureOf(() => expect(Promise.resolve(login)).resolves.toHaveCookie('x'))).toMatch(
        /^expect\(received\)\.resolves\.toHaveCookie\(name\)/,
      );
    });
  });

  describe('matcher errors', () => {
    it.each([[''], [42], ['a=b'], [undefined]])('throws for the name %j, with or without .not', (name) => {
      const message = /Matcher error: cookie name must be a non-empty string of cookie-name characters/;
      expect(failureOf(() => expect(login).toHaveCookie(name as never))).toMatch(message);
      expect(failureOf(() => expect(login).not.toHaveCookie(name as never))).toMatch(message);
    });

    it.each([[1], [undefined], [null]])('throws for the value %j, with or without .not', (value) => {
      const message = /Matcher error: cookie value must be a string, a RegExp or an asymmetric matcher/;
      expect(failureOf(() => expect(login).toHaveCookie('session', value as never))).toMatch(message);
      expect(failureOf(() => expect(login).not.toHaveCookie('session', value as never))).toMatch(message);
    });
  });
});
