import { afterEach, describe, expect, it } from 'vitest';
import { configure } from '../../../src/contract/configure.js';
import { toHaveBody } from '../../../src/matchers/toHaveBody.js';
import { asyncFailureOf, failureOf } from './support.js';

expect.extend({ toHaveBody });

const html = {
  statusCode: 200,
  headers: { 'content-type': 'text/html' },
  body: '<!doctype html><title>Home</title>',
};
const base64 = { statusCode: 200, body: Buffer.from('héllo').toString('base64'), isBase64Encoded: true };

afterEach(() => {
  configure({ integration: 'rest' });
});

describe('toHaveBody', () => {
  it('passes on the exact text, a RegExp or an asymmetric matcher', () => {
    expect(html).toHaveBody('<!doctype html><title>Home</title>');
    expect(html).toHaveBody(/<title>Home<\/title>/);
    expect(html).toHaveBody(expect.stringContaining('Home'));
  });

  it('reads the body as the client does: decoded where the front end decodes base64', () => {
    configure({ integration: 'http-2.0' });
    expect(base64).toHaveBody('héllo');
  });

  it('reads the body as the client does: undecoded on REST without a matching binary media type', () => {
    expect(base64).toHaveBody(base64.body);
  });

  it('fails showing both texts', () => {
    expect(
      failureOf(() => expect(html).toHaveBody('<!doctype html><title>About</title>')),
    ).toMatchInlineSnapshot(`
      "expect(received).toHaveBody(expected)

      Expected response body to be the expected text.

      Expected body: "<!doctype html><title>About</title>"
      Received body: "<!doctype html><title>Home</title>""
    `);
  });

  it('fails showing both texts around their first difference when they are long', () => {
    const long = 'a'.repeat(1000);
    const message = failureOf(() =>
      expect({ statusCode: 200, body: `${long}b${long}` }).toHaveBody(`${long}c${long}`),
    );
    expect(message).toMatchInlineSnapshot(`
      "expect(received).toHaveBody(expected)

      Expected response body to be the expected text, but it differs from character 1000.

      Expected body: "…aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" (from character 960, 2001 characters)
      Received body: "…aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" (from character 960, 2001 characters)"
    `);
  });

  it('fails with a RegExp and an empty body', () => {
    expect(failureOf(() => expect({ statusCode: 204 }).toHaveBody(/./))).toMatchInlineSnapshot(`
      "expect(received).toHaveBody(expected)

      Expected response body to match /./.

      Expected body: /./
      Received body: """
    `);
  });

  it('fails on a rejected result', () => {
    expect(failureOf(() => expect({ statusCode: 200, body: ['a'] }).toHaveBody('a'))).toMatch(
      /Expected response to have the expected body, but the client gets a 502 from API Gateway \(REST\) itself, not the handler's response: body must be a string/,
    );
  });

  describe('the window around a long difference', () => {
    const at = (i: number, length: number, mark: string) =>
      `${'a'.repeat(i)}${mark}${'a'.repeat(length - i - 1)}`;

    it('shows long texts from their start while the difference is in view (before character 160)', () => {
      const message = failureOf(() =>
        expect({ statusCode: 200, body: at(50, 300, 'b') }).toHaveBody(at(50, 300, 'c')),
      );
      expect(message).toMatch(/Expected response body to be the expected text\.\n/);
      expect(message).toMatch(/Expected body: "a{50}ca{149}…" \(truncated, 300 characters\)/);
      expect(message).toMatch(/Received body: "a{50}ba{149}…" \(truncated, 300 characters\)/);
    });

    it('moves the window from character 160 on, without an ellipsis where the text ends', () => {
      const message = failureOf(() =>
        expect({ statusCode: 200, body: at(160, 320, 'b') }).toHaveBody(at(160, 320, 'c')),
      );
      expect(message).toMatch(/but it differs from character 160\./);
      expect(message).toMatch(/Expected body: "…a{40}ca{159}" \(from character 120, 320 characters\)/);
      expect(message).toMatch(/Received body: "…a{40}ba{159}" \(from character 120, 320 characters\)/);
    });

    it('under .not, shows the equal long text from its start, truncated', () => {
      const text = 'a'.repeat(300);
      const message = failureOf(() => expect({ statusCode: 200, body: text }).not.toHaveBody(text));
      expect(message).toMatch(/Expected response body not to be the expected text\.\n/);
      expect(message).toMatch(/Expected body: not "a{200}…" \(truncated, 300 characters\)/);
    });
  });

  describe('.not', () => {
    it('passes on another text', () => {
      expect(html).not.toHaveBody('nope');
      expect(html).not.toHaveBody(/about/i);
    });

    it('fails on that text', () => {
      expect(failureOf(() => expect(html).not.toHaveBody(/home/i))).toMatchInlineSnapshot(`
        "expect(received).not.toHaveBody(expected)

        Expected response body not to match /home/i.

        Expected body: not /home/i
        Received body: "<!doctype html><title>Home</title>""
      `);
    });
  });

  describe('asymmetric', () => {
    it('matches inside toEqual', () => {
      expect([html]).toEqual([expect.toHaveBody(/Home/)]);
      expect([html]).toEqual([expect.not.toHaveBody(/About/)]);
      expect(() => expect([html]).toEqual([expect.toHaveBody(/About/)])).toThrow();
    });
  });

  describe('.resolves / .rejects', () => {
    it('judges the resolved result', async () => {
      await expect(Promise.resolve(html)).resolves.toHaveBody(/Home/);
      expect(await asyncFailureOf(() => expect(Promise.resolve(html)).resolves.toHaveBody('x'))).toMatch(
        /^expect\(received\)\.resolves\.toHaveBody\(expected\)/,
      );
    });

    it("judges the front end's error body under .rejects", async () => {
      configure({ integration: 'function-url' });
      await expect(Promise.reject(new Error('boom'))).rejects.toHaveBody('Internal Server Error');
    });
  });

  describe('matcher errors', () => {
    it.each([[undefined], [42], [{ a: 1 }]])('throws for %j, with or without .not', (expected) => {
      const message =
        /Matcher error: expected value must be a string, a RegExp or an asymmetric matcher; for JSON use toHaveJsonBody/;
      expect(failureOf(() => expect(html).toHaveBody(expected as never))).toMatch(message);
      expect(failureOf(() => expect(html).not.toHaveBody(expected as never))).toMatch(message);
    });
  });
});
