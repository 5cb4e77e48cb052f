import { afterEach, describe, expect, it } from 'vitest';
import { configure } from '../../../src/contract/configure.js';
import { toHaveContentType } from '../../../src/matchers/toHaveContentType.js';
import { asyncFailureOf, failureOf, maskCore } from './support.js';

expect.extend({ toHaveContentType });

const json = { statusCode: 200, headers: { 'Content-Type': 'Application/JSON; charset=utf-8' }, body: '{}' };
const bare = { statusCode: 200, body: 'hello' };

afterEach(() => {
  configure({ integration: 'rest' });
});

describe('toHaveContentType', () => {
  it('passes on the media type, ignoring parameters and case', () => {
    expect(json).toHaveContentType('application/json');
    expect(json).toHaveContentType('APPLICATION/JSON');
  });

  it("passes on the type the front end adds when the handler sets none (REST's application/json)", () => {
    expect(bare).toHaveContentType('application/json');
  });

  it('fails naming the type sent', () => {
    expect(failureOf(() => expect(json).toHaveContentType('text/html'))).toMatchInlineSnapshot(`
      "expect(received).toHaveContentType(expected)

      Expected response to have content type "text/html", but it differs.

      Expected media type:   "text/html"
      Received content-type: "Application/JSON; charset=utf-8""
    `);
  });

  it('fails saying the front end chose the type when the handler set none', () => {
    configure({ integration: 'alb' });
    expect(maskCore(failureOf(() => expect(bare).toHaveContentType('text/plain')))).toMatchInlineSnapshot(`
      "expect(received).toHaveContentType(expected)

      Expected response to have content type "text/plain", but it differs.

      Expected media type:   "text/plain"
      Received content-type: "application/octet-stream"

      Note: … (A-C1)"
    `);
  });

  it('fails when no content-type is sent', () => {
    // REST sends none when the handler sets Content-Type to null (R-H4).
    expect(
      maskCore(
        failureOf(() =>
          expect({ statusCode: 200, headers: { 'Content-Type': null }, body: '' }).toHaveContentType(
            'text/plain',
          ),
        ),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).toHaveContentType(expected)

      Expected response to have content type "text/plain", but no content-type header is sent.

      Expected media type:   "text/plain"
      Received content-type: (none)

      Note: … (R-H4)"
    `);
  });

  describe('two different media types', () => {
    // REST and HTTP API 1.0 send both maps' values (R-M3); Node's http keeps the first, fetch() the last.
    const merged = {
      statusCode: 200,
      headers: { 'Content-Type': 'application/json' },
      multiValueHeaders: { 'Content-Type': ['text/html'] },
      body: '{}',
    };
    const twoLines =
      /but the client gets 2 Content-Type headers, "text\/html" and "application\/json": clients disagree on which counts/;

    it.each(['rest', 'http-1.0'] as const)(
      'fail with and without .not when %s merges the maps',
      (integration) => {
        configure({ integration });
        for (const mediaType of ['application/json', 'text/html', 'text/plain']) {
          expect(failureOf(() => expect(merged).toHaveContentType(mediaType))).toMatch(twoLines);
          expect(failureOf(() => expect(merged).not.toHaveContentType(mediaType))).toMatch(twoLines);
        }
        expect(failureOf(() => expect(merged).not.toHaveContentType('text/html'))).toMatch(
          /^expect\(received\)\.not\.toHaveContentType\(expected\)\n\nExpected response not to have content type "text\/html", but/,
        );
      },
    );

    it('fail with and without .not from alb-multi-value', () => {
      configure({ integration: 'alb-multi-value' });
      const two = {
        statusCode: 200,
        statusDescription: '200 OK',
        multiValueHeaders: { 'content-type': ['application/json', 'application/xml'] },
        body: '{}',
      };
      const said = /2 Content-Type headers, "application\/json" and "application\/xml"/;
      expect(failureOf(() => expect(two).toHaveContentType('application/json'))).toMatch(said);
      expect(failureOf(() => expect(two).not.toHaveContentType('application/json'))).toMatch(said);
      expect(failureOf(() => expect(two).toHaveContentType('application/json'))).toMatch(
        /^expect\(received\)\.toHaveContentType\(expected\)\n\nExpected response to have content type "application\/json", but the client gets 2 .*, so this fails with or without \.not; send one Content-Type\./,
      );
    });

    it('pass when the lines differ only in parameters or case: one media type, which the matcher judges', () => {
      const same = {
        statusCode: 200,
        headers: { 'Content-Type': 'application/json' },
        multiValueHeaders: { 'Content-Type': ['Application/JSON; charset=utf-8'] },
        body: '{}',
      };
      expect(same).toHaveContentType('application/json');
      expect(same).not.toHaveContentType('text/html');
    });
  });

  it('fails on a rejected result', () => {
    expect(
      failureOf(() => expect({ ...json, body: { a: 1 } }).toHaveContentType('application/json')),
    ).toMatch(
      /Expected response to have content type "application\/json", but the client gets a 502 from API Gateway \(REST\) itself, not the handler's response/,
    );
  });

  describe('.not', () => {
    it('passes on another type', () => {
      expect(json).not.toHaveContentType('text/html');
    });

    it('fails on that type', () => {
      expect(failureOf(() => expect(json).not.toHaveContentType('application/json'))).toMatchInlineSnapshot(`
        "expect(received).not.toHaveContentType(expected)

        Expected response not to have content type "application/json".

        Expected media type:   not "application/json"
        Received content-type: "Application/JSON; charset=utf-8""
      `);
    });

    it('fails on a rejected result', () => {
      expect(failureOf(() => expect({ ...json, body: { a: 1 } }).not.toHaveContentType('text/html'))).toMatch(
        /itself, not the handler's response[\s\S]*with or without \.not/,
      );
    });
  });

  describe('asymmetric', () => {
    it('matches inside toEqual', () => {
      expect({ a: json }).toEqual({ a: expect.toHaveContentType('application/json') });
      expect({ a: json }).toEqual({ a: expect.not.toHaveContentType('text/html') });
      expect(() => expect({ a: json }).toEqual({ a: expect.toHaveContentType('text/html') })).toThrow();
    });
  });

  describe('.resolves', () => {
    it('judges the resolved result', async () => {
      await expect(Promise.resolve(json)).resolves.toHaveContentType('application/json');
      expect(
        await asyncFailureOf(() => expect(Promise.resolve(json)).resolves.toHaveContentType('text/css')),
      ).toMatch(/^expect\(received\)\.resolves\.toHaveContentType\(expected\)/);
    });
  });

  describe('matcher errors', () => {
    it('throws for parameters, pointing at toHaveHeader', () => {
      expect(
        failureOf(() => expect(json).toHaveContentType('application/json; charset=utf-8')),
      ).toMatchInlineSnapshot(`
        "expect(received).toHaveContentType(expected)

        Matcher error: expected value must be a media type without parameters, which this matcher ignores; check them with toHaveHeader('content-type', /charset=utf-8/i)

        Expected has type:  String
        Expected has value: "application/json; charset=utf-8""
      `);
      expect(failureOf(() => expect(json).not.toHaveContentType('text/html; charset=utf-8'))).toMatch(
        /Matcher error/,
      );
    });

    it.each([['json'], [''], [42], [/json/]])('throws for %j, with or without .not', (mediaType) => {
      const message = /Matcher error: expected value must be a media type such as "application\/json"/;
      expect(failureOf(() => expect(json).toHaveContentType(mediaType as never))).toMatch(message);
      expect(failureOf(() => expect(json).not.toHaveContentType(mediaType as never))).toMatch(message);
    });
  });

  describe('spaces and unrelated notes', () => {
    it('ignores spaces around the expected type and before the parameters sent', () => {
      const spaced = { statusCode: 200, headers: { 'content-type': 'text/html ; charset=utf-8' }, body: '' };
      expect(spaced).toHaveContentType(' text/html ');
      expect(failureOf(() => expect(spaced).not.toHaveContentType(' Text/HTML'))).toMatch(
        /not to have content type "text\/html"\./,
      );
    });

    it('leaves out notes about other fields', () => {
      // REST notes at headers.x-count that it sends the number 1 as text (R-H2): not about the Content-Type.
      const counted = { statusCode: 200, headers: { 'content-type': 'text/html', 'x-count': 1 }, body: '' };
      expect(failureOf(() => expect(counted).toHaveContentType('application/json'))).not.toMatch(/R-H2/);
      expect(failureOf(() => expect(counted).not.toHaveContentType('text/html'))).not.toMatch(/R-H2/);
    });
  });
});
