import { afterEach, describe, expect, it } from 'vitest';
import { configure } from '../../../src/contract/configure.js';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import { toHaveHeader } from '../../../src/matchers/toHaveHeader.js';
import { asyncFailureOf, failureOf, maskCore, taggedContext } from './support.js';

expect.extend({ toHaveHeader });

const result = {
  statusCode: 200,
  headers: { 'Content-Type': 'text/plain', 'X-Request-Id': 'req-1' },
  multiValueHeaders: { Vary: ['Accept', 'Origin'] },
  body: 'ok',
};
const objectBody = { statusCode: 200, headers: { 'X-Debug': '1' }, body: { a: 1 } };

afterEach(() => {
  configure({ integration: 'rest' });
});

describe('toHaveHeader', () => {
  it('passes when the header is sent, whatever the case of its name', () => {
    expect(result).toHaveHeader('x-request-id');
    expect(result).toHaveHeader('X-REQUEST-ID', 'req-1');
  });

  it('passes when any of the values sent matches a string, a RegExp or an asymmetric matcher', () => {
    expect(result).toHaveHeader('vary', 'Origin');
    expect(result).toHaveHeader('vary', /^acc/i);
    expect(result).toHaveHeader('vary', expect.stringContaining('rig'));
  });

  it('passes for a header the front end adds: REST sends application/json when the handler sets none', () => {
    expect({ statusCode: 200, body: '{}' }).toHaveHeader('content-type', 'application/json');
  });

  it('gives a global RegExp the same answer every time', () => {
    const pattern = /req/g;
    expect(result).toHaveHeader('x-request-id', pattern);
    expect(result).toHaveHeader('x-request-id', pattern);
    expect(pattern.lastIndex).toBe(0);
  });

  it('does not find inherited properties as headers', () => {
    expect(result).not.toHaveHeader('constructor');
    expect(result).not.toHaveHeader('__proto__');
  });

  it('fails listing the headers sent when the header is missing', () => {
    expect(failureOf(() => expect(result).toHaveHeader('x-missing'))).toMatchInlineSnapshot(`
      "expect(received).toHaveHeader(name)

      Expected response to have header "x-missing", but no such header is sent.

      Received headers: vary, content-type, x-request-id"
    `);
  });

  it('fails showing every value sent when none matches', () => {
    expect(failureOf(() => expect(result).toHaveHeader('Vary', 'Cookie'))).toMatchInlineSnapshot(`
      "expect(received).toHaveHeader(name, value)

      Expected response to have header "vary" matching "Cookie", but none of its values match.

      Expected value:  "Cookie"
      Received values: "Accept", "Origin""
    `);
  });

  it('fails on a result the front end rejects', () => {
    expect(failureOf(() => expect(objectBody).toHaveHeader('x-debug'))).toMatch(
      /^expect\(received\)\.toHaveHeader\(name\)\n\nExpected response to have header "x-debug", but the client gets a 502 from API Gateway \(REST\) itself, not the handler's response: body must be a string/,
    );
  });

  it('says when the front end drops the header: ALB in multi-value mode ignores `headers`', () => {
    configure({ integration: 'alb-multi-value' });
    expect(maskCore(failureOf(() => expect(result).toHaveHeader('x-request-id')))).toMatchInlineSnapshot(`
      "expect(received).toHaveHeader(name)

      Expected response to have header "x-request-id", but no such header is sent.

      Received headers: vary, content-type

      Warning: … (AM-1)"
    `);
  });

  it('prints the expected value as expected and the values sent as received', () => {
    const { pass, message } = toHaveHeader.call(taggedContext(), result, 'x-request-id', 'req-2');
    expect(pass).toBe(false);
    expect(message()).toContain('Expected value: <e>"req-2"</e>');
    expect(message()).toContain('Received value: <r>"req-1"</r>');
  });

  describe('.not', () => {
    it('passes when the header is missing or no value matches', () => {
      expect(result).not.toHaveHeader('x-missing');
      expect(result).not.toHaveHeader('x-request-id', 'req-2');
    });

    it('fails when the header is sent', () => {
      expect(failureOf(() => expect(result).not.toHaveHeader('x-request-id'))).toMatchInlineSnapshot(`
        "expect(received).not.toHaveHeader(name)

        Expected response not to have header "x-request-id".

        Received value: "req-1""
      `);
      expect(failureOf(() => expect(result).not.toHaveHeader('vary', /origin/i))).toMatchInlineSnapshot(`
        "expect(received).not.toHaveHeader(name, value)

        Expected response not to have header "vary" matching /origin/i.

        Expected value:  not /origin/i
        Received values: "Accept", "Origin""
      `);
    });

    it('fails on a rejected result instead of passing for a header that never reached the client', () => {
      expect(failureOf(() => expect(objectBody).not.toHaveHeader('x-other'))).toMatch(
        /Expected response not to have header "x-other", but the client gets a 502 from API Gateway \(REST\) itself, not the handler's response[\s\S]*fails every matcher with or without \.not/,
      );
    });
  });

  describe('asymmetric', () => {
    it('matches inside toEqual', () => {
      expect([result]).toEqual([expect.toHaveHeader('x-request-id', 'req-1')]);
      expect([result]).toEqual([expect.not.toHaveHeader('x-debug')]);
      expect(() => expect([result]).toEqual([expect.toHaveHeader('x-debug')])).toThrow(/toHaveHeader/);
    });
  });

  describe('.resolves', () => {
    it('judges the resolved result', async () => {
      await expect(Promise.resolve(result)).resolves.toHaveHeader('x-request-id');
      expect(
        await asyncFailureOf(() => expect(Promise.resolve(result)).resolves.toHaveHeader('x-nope')),
      ).toMatch(/^expect\(received\)\.resolves\.toHaveHeader\(name\)/);
    });

    it('judges the error response under .rejects', async () => {
      await expect(Promise.reject(new Error('boom'))).rejects.toHaveHeader(
        'content-type',
        'application/json',
      );
    });
  });

  describe('matcher errors', () => {
    it.each([[42], [''], ['x y'], [undefined]])('throws for the name %j, with or without .not', (name) => {
      const message = /Matcher error: header name must be a non-empty string/;
      expect(failureOf(() => expect(result).toHaveHeader(name as never))).toMatch(message);
      expect(failureOf(() => expect(result).not.toHaveHeader(name as never))).toMatch(message);
    });

    it.each([[42], [null], [undefined], [{}]])('throws for the value %j, with or without .not', (value) => {
      const message = /Matcher error: header value must be a string, a RegExp or an asymmetric matcher/;
      expect(failureOf(() => expect(result).toHaveHeader('vary', value as string))).toMatch(message);
      expect(failureOf(() => expect(result).not.toHaveHeader('vary', value as string))).toMatch(message);
    });

    it('words the misuse as jest does', () => {
      expect(failureOf(() => expect(result).toHaveHeader('x-count', 5 as never))).toMatchInlineSnapshot(`
        "expect(received).toHaveHeader(name, value)

        Matcher error: header value must be a string, a RegExp or an asymmetric matcher; leave it out to check only that the header is sent

        Expected has type:  Number
        Expected has value: 5"
      `);
    });
  });

  describe('what a failure says', () => {
    it('says (none) for an outcome that sends no header at all', () => {
      // Every integration adds a Content-Type, so only an outcome built by hand sends none.
      const bare = inspectProxyResult({ statusCode: 204, body: '' });
      for (const name of Object.keys(bare.response.headers)) delete bare.response.headers[name];
      expect(failureOf(() => expect(bare).toHaveHeader('x-id'))).toMatch(/Received headers: \(none\)/);
      expect(failureOf(() => expect(bare).toHaveHeader('x-id', 'a'))).toMatch(/Received headers: \(none\)/);
    });

    it('says the one value differs, and says nothing of a finding under .not', () => {
      const message = failureOf(() => expect(result).toHaveHeader('X-Request-Id', 'req-2'));
      expect(message).toMatch(/matching "req-2", but its value differs\./);
      expect(failureOf(() => expect(result).not.toHaveHeader('X-Request-Id', 'req-1'))).toMatch(
        /not to have header "x-request-id" matching "req-1"\.\n/,
      );
    });

    it('keeps the note about the header asked for, whatever case it is asked in', () => {
      // HTTP API 2.0 adds a Content-Type when the handler sets none, and notes it at headers.content-type.
      configure({ integration: 'http-2.0' });
      const plainText = { statusCode: 200, body: 'ok' };
      const note = /Note: .*content-type.* \(H2-\d+\)/;
      expect(failureOf(() => expect(plainText).toHaveHeader('Content-Type', 'text/html'))).toMatch(note);
      expect(failureOf(() => expect(plainText).not.toHaveHeader('Content-Type'))).toMatch(note);
    });
  });
});
