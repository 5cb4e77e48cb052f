import { afterEach, describe, expect, it } from 'vitest';
import { configure } from '../../../src/contract/configure.js';
import { toHaveCookie } from '../../../src/matchers/toHaveCookie.js';
import { toHaveHeader } from '../../../src/matchers/toHaveHeader.js';
import { asyncFailureOf, failureOf, maskCore } from './support.js';

expect.extend({ toHaveCookie, toHaveHeader });

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

  describe('the same name set twice', () => {
    // A later Set-Cookie for a name replaces the earlier one (RFC 6265 §5.3 step 11): the client keeps "new".
    const twice = { statusCode: 200, cookies: ['session=old; Path=/', 'session=new; Path=/'], body: '' };

    it('judges the last line, with and without .not', () => {
      configure({ integration: 'http-2.0' });
      expect(twice).toHaveCookie('session', 'new');
      expect(twice).not.toHaveCookie('session', 'old');
      expect(failureOf(() => expect(twice).not.toHaveCookie('session', 'new'))).toMatch(
        /Expected response not to set cookie "session" with a value matching "new"\./,
      );
      expect(maskCore(failureOf(() => expect(twice).toHaveCookie('session', 'old')))).toMatchInlineSnapshot(`
        "expect(received).toHaveCookie(name, value)

        Expected response to set cookie "session" with a value matching "old", but a later Set-Cookie for it replaces that value: the client keeps the last one.

        Expected value:      "old"
        Received value:      "new"
        Received set-cookie: "session=old; Path=/", "session=new; Path=/"

        Note: … (H2-6)"
      `);
    });

    it('judges the last line across headers and multiValueHeaders as REST sends them', () => {
      // R-M3: multiValueHeaders values first, then the headers value.
      const merged = {
        statusCode: 200,
        headers: { 'Set-Cookie': 'session=b' },
        multiValueHeaders: { 'Set-Cookie': ['session=a'] },
        body: '',
      };
      expect(merged).toHaveCookie('session', 'b');
      expect(merged).not.toHaveCookie('session', 'a');
      expect(failureOf(() => expect(merged).toHaveCookie('session', 'a'))).toMatch(/replaces that value/);
    });

    it('still says "its value differs" when no line matches', () => {
      configure({ integration: 'http-2.0' });
      expect(failureOf(() => expect(twice).toHaveCookie('session', 'other'))).toMatch(
        /with a value matching "other", but its value differs\./,
      );
    });
  });

  describe('a deletion cookie', () => {
    const deleted = (...attributes: string[]) => ({
      statusCode: 200,
      multiValueHeaders: { 'Set-Cookie': ['session=abc123', ['session=', ...attributes].join('; ')] },
      body: '',
    });

    it.each([
      ['Max-Age=0', ['Max-Age=0', 'Path=/'], /deletes it \(Max-Age=0\)/],
      ['a negative Max-Age', ['max-age=-1'], /deletes it \(Max-Age=-1\)/],
      [
        'an Expires in the past',
        ['Expires=Thu, 01 Jan 1970 00:00:00 GMT'],
        /deletes it \(Expires=Thu, 01 Jan 1970 00:00:00 GMT, in the past\)/,
      ],
    ])('still sets the cookie with %s, and the message says it deletes it', (_, attributes, said) => {
      const result = deleted(...attributes);
      expect(result).toHaveCookie('session');
      expect(result).toHaveHeader('set-cookie', /session=; .*(Max-Age=-?0|Max-Age=-1|Expires=)/i);
      const message = failureOf(() => expect(result).not.toHaveCookie('session'));
      expect(message).toMatch(/Expected response not to set cookie "session", and its last Set-Cookie /);
      expect(message).toMatch(said);
      expect(message).toMatch(/which counts as setting it\./);
      // The earlier value is gone: the deletion replaced it.
      expect(result).not.toHaveCookie('session', 'abc123');
      expect(failureOf(() => expect(result).toHaveCookie('session', 'abc123'))).toMatch(
        /, but its last Set-Cookie deletes it/,
      );
    });

    it('is no deletion when Max-Age is positive, whatever Expires says: Max-Age wins', () => {
      const result = deleted('Expires=Thu, 01 Jan 1970 00:00:00 GMT', 'Max-Age=60');
      expect(failureOf(() => expect(result).not.toHaveCookie('session'))).not.toMatch(/deletes/);
    });
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

describe('toHaveCookie names (issue 9 §4)', () => {
  const named = {
    statusCode: 200,
    multiValueHeaders: {
      'Set-Cookie': ['user[id]=42; Path=/', 'a.b=1', '__Host-x=y; Secure; Path=/', ' spaced =v'],
    },
    body: '',
  };

  it.each([['user[id]'], ['a.b'], ['__Host-x'], ['spaced']])('asserts the browser-legal name %j', (name) => {
    expect(named).toHaveCookie(name);
    expect(named).not.toHaveCookie(`${name}2`);
  });

  it('fails on a browser-legal name that is not set, with and without .not', () => {
    expect(failureOf(() => expect(named).toHaveCookie('user[name]'))).toMatch(
      /Expected response to set cookie "user\[name\]", but it sets only "user\[id\]", "a\.b", "__Host-x", "spaced"\./,
    );
    expect(failureOf(() => expect(named).not.toHaveCookie('a.b', '1'))).toMatch(
      /Expected response not to set cookie "a\.b" with a value matching "1"\./,
    );
  });

  it.each([
    ['', /: it is empty/],
    ['a=b', /: it holds '=', where the client splits the name from the value/],
    ['a;b', /: it holds ';', where the client's name-value pair ends/],
    ['a\nb', /: it holds a control character/],
    [' a', /: the client trims the spaces around it, so use "a"/],
  ])('refuses %j with its reason, with or without .not', (name, reason) => {
    const prefix = /Matcher error: cookie name must be a non-empty string of cookie-name characters/;
    for (const message of [
      failureOf(() => expect(named).toHaveCookie(name)),
      failureOf(() => expect(named).not.toHaveCookie(name)),
    ]) {
      expect(message).toMatch(prefix);
      expect(message).toMatch(reason);
    }
  });
});
