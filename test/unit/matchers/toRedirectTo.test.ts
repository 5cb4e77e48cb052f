import { afterEach, describe, expect, it } from 'vitest';
import { configure } from '../../../src/contract/configure.js';
import { toRedirectTo } from '../../../src/matchers/toRedirectTo.js';
import { asyncFailureOf, failureOf } from './support.js';

expect.extend({ toRedirectTo });

const redirect = { statusCode: 302, headers: { Location: '/login?next=%2Fhome' }, body: '' };

afterEach(() => {
  configure({ integration: 'rest' });
});

describe('toRedirectTo', () => {
  it('passes on a redirect with that location', () => {
    expect(redirect).toRedirectTo('/login?next=%2Fhome');
    expect(redirect).toRedirectTo(/^\/login/);
    expect(redirect).toRedirectTo(expect.stringContaining('next='), 302);
  });

  it.each([301, 302, 303, 307, 308])('passes on a %i without a status argument', (statusCode) => {
    expect({ ...redirect, statusCode }).toRedirectTo(/^\/login/);
  });

  it.each([300, 304, 305, 306])(
    'fails on a %i without a status argument: it sends no one anywhere',
    (statusCode) => {
      const notRedirect = { ...redirect, statusCode };
      expect(failureOf(() => expect(notRedirect).toRedirectTo(/^\/login/))).toMatch(
        new RegExp(
          `but its status ${statusCode} is not a redirect\\.[\\s\\S]*Expected status: {3}301, 302, 303, 307 or 308\\nReceived status: {3}${statusCode}`,
        ),
      );
      expect(notRedirect).not.toRedirectTo(/^\/login/);
      // Asked for by its number, it is what the test means.
      expect(notRedirect).toRedirectTo(/^\/login/, statusCode);
    },
  );

  it('passes through every integration', () => {
    configure({ integration: 'function-url' });
    expect({ statusCode: 301, headers: { location: 'https://example.com/' } }).toRedirectTo(
      'https://example.com/',
      301,
    );
  });

  it('fails when the location differs', () => {
    expect(failureOf(() => expect(redirect).toRedirectTo('/home'))).toMatchInlineSnapshot(`
      "expect(received).toRedirectTo(location)

      Expected response to redirect to "/home", but it redirects elsewhere.

      Expected location: "/home"
      Received location: "/login?next=%2Fhome"
      Expected status:   301, 302, 303, 307 or 308
      Received status:   302"
    `);
  });

  it('fails when the status is not a redirect', () => {
    expect(
      failureOf(() => expect({ ...redirect, statusCode: 200 }).toRedirectTo('/login?next=%2Fhome')),
    ).toMatchInlineSnapshot(`
      "expect(received).toRedirectTo(location)

      Expected response to redirect to "/login?next=%2Fhome", but its status 200 is not a redirect.

      Expected location: "/login?next=%2Fhome"
      Received location: "/login?next=%2Fhome"
      Expected status:   301, 302, 303, 307 or 308
      Received status:   200"
    `);
  });

  it('fails when the status is another redirect than the one asked for', () => {
    expect(failureOf(() => expect(redirect).toRedirectTo(/login/, 301))).toMatchInlineSnapshot(`
      "expect(received).toRedirectTo(location, status)

      Expected response to redirect to /login/ with status 301, but its status is 302.

      Expected location: /login/
      Received location: "/login?next=%2Fhome"
      Expected status:   301
      Received status:   302"
    `);
  });

  it('fails when no location is sent', () => {
    expect(failureOf(() => expect({ statusCode: 302, body: '' }).toRedirectTo('/'))).toMatch(
      /Expected response to redirect to "\/", but no location header is sent\.\n\nExpected location: "\/"\nReceived location: \(none\)/,
    );
  });

  describe('two different Locations', () => {
    // REST and HTTP API 1.0 send both maps' values (R-M3); browsers refuse the response, Node follows one.
    const merged = { statusCode: 302, headers: { Location: '/b' }, multiValueHeaders: { Location: ['/a'] } };
    const twoLines =
      /but the client gets 2 Location headers, "\/a" and "\/b": browsers refuse such a redirect \(Chrome: ERR_RESPONSE_HEADERS_MULTIPLE_LOCATION\)/;

    it.each(['rest', 'http-1.0'] as const)(
      'fail with and without .not when %s merges the maps',
      (integration) => {
        configure({ integration });
        for (const location of ['/a', '/b', '/c', /^\//]) {
          expect(failureOf(() => expect(merged).toRedirectTo(location))).toMatch(twoLines);
          expect(failureOf(() => expect(merged).not.toRedirectTo(location))).toMatch(twoLines);
        }
        expect(failureOf(() => expect(merged).not.toRedirectTo('/a', 302))).toMatch(
          /^expect\(received\)\.not\.toRedirectTo\(location, status\)\n\nExpected response not to redirect to "\/a" with status 302, but the client gets 2 Location headers/,
        );
        expect(failureOf(() => expect(merged).toRedirectTo('/a', 302))).toMatch(
          /^expect\(received\)\.toRedirectTo\(location, status\)\n\nExpected response to redirect to "\/a" with status 302, but the client gets 2 Location headers, .*, so this fails with or without \.not; send one Location\./,
        );
      },
    );

    it('fail with and without .not from alb-multi-value, naming all three', () => {
      configure({ integration: 'alb-multi-value' });
      const three = {
        statusCode: 301,
        statusDescription: '301 Moved Permanently',
        multiValueHeaders: { location: ['/a', '/b', '/a', '/c'] },
      };
      const said = /the client gets 3 Location headers, "\/a", "\/b" and "\/c": browsers refuse/;
      expect(failureOf(() => expect(three).toRedirectTo('/a'))).toMatch(said);
      expect(failureOf(() => expect(three).not.toRedirectTo('/a'))).toMatch(said);
    });

    it('pass when the same Location is sent twice: it says one thing', () => {
      const same = { statusCode: 302, headers: { Location: '/a' }, multiValueHeaders: { Location: ['/a'] } };
      expect(same).toRedirectTo('/a');
      expect(same).not.toRedirectTo('/b');
    });

    it('leave a status that is no redirect a plain failure, which .not passes', () => {
      const ok = { ...merged, statusCode: 200 };
      expect(failureOf(() => expect(ok).toRedirectTo('/a'))).toMatch(
        /but its status 200 is not a redirect\./,
      );
      expect(ok).not.toRedirectTo('/a');
      expect(merged).not.toRedirectTo('/a', 301);
    });
  });

  it('fails on a rejected result', () => {
    expect(failureOf(() => expect({ ...redirect, Location: '/' }).toRedirectTo('/login'))).toMatch(
      /Expected response to redirect to "\/login", but the client gets a 502 from API Gateway \(REST\) itself, not the handler's response/,
    );
  });

  describe('.not', () => {
    it('passes for another location, a non-redirect or another status', () => {
      expect(redirect).not.toRedirectTo('/home');
      expect({ ...redirect, statusCode: 200 }).not.toRedirectTo('/login?next=%2Fhome');
      expect(redirect).not.toRedirectTo(/login/, 303);
    });

    it('fails when it redirects there', () => {
      expect(failureOf(() => expect(redirect).not.toRedirectTo(/login/))).toMatchInlineSnapshot(`
        "expect(received).not.toRedirectTo(location)

        Expected response not to redirect to /login/.

        Expected location: not /login/
        Received location: "/login?next=%2Fhome"
        Expected status:   301, 302, 303, 307 or 308
        Received status:   302"
      `);
    });
  });

  describe('asymmetric', () => {
    it('matches inside toEqual', () => {
      expect([redirect]).toEqual([expect.toRedirectTo(/login/, 302)]);
      expect([redirect]).toEqual([expect.not.toRedirectTo('/home')]);
      expect(() => expect([redirect]).toEqual([expect.toRedirectTo('/home')])).toThrow();
    });
  });

  describe('.resolves', () => {
    it('judges the resolved result', async () => {
      await expect(Promise.resolve(redirect)).resolves.toRedirectTo(/login/);
      expect(
        await asyncFailureOf(() => expect(Promise.resolve(redirect)).resolves.toRedirectTo('/x')),
      ).toMatch(/^expect\(received\)\.resolves\.toRedirectTo\(location\)/);
    });
  });

  describe('matcher errors', () => {
    it.each([[undefined], [42], [null]])('throws for the location %j, with or without .not', (location) => {
      const message = /Matcher error: location must be a string, a RegExp or an asymmetric matcher/;
      expect(failureOf(() => expect(redirect).toRedirectTo(location as never))).toMatch(message);
      expect(failureOf(() => expect(redirect).not.toRedirectTo(location as never))).toMatch(message);
    });

    it('takes any status from 300 to 399, the last included', () => {
      const unusual = { statusCode: 399, headers: { Location: '/a' }, body: '' };
      expect(unusual).toRedirectTo('/a', 399);
      expect(failureOf(() => expect(unusual).not.toRedirectTo('/a', 399))).toMatch(
        /not to redirect to "\/a" with status 399\./,
      );
      expect(failureOf(() => expect(unusual).toRedirectTo('/a', 400))).toMatch(/Expected has value: 400/);
    });

    it.each([[200], [400], [302.5], ['302'], [undefined]])(
      'throws for the status %j, with or without .not',
      (status) => {
        const message = /Matcher error: status must be a redirect status: an integer from 300 to 399/;
        expect(failureOf(() => expect(redirect).toRedirectTo('/', status as number))).toMatch(message);
        expect(failureOf(() => expect(redirect).not.toRedirectTo('/', status as number))).toMatch(message);
      },
    );
  });
});
