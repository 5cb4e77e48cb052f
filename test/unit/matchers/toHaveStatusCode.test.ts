import { afterEach, describe, expect, it } from 'vitest';
import { configure } from '../../../src/contract/configure.js';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import { toHaveStatusCode } from '../../../src/matchers/toHaveStatusCode.js';
import { asyncFailureOf, failureOf, maskCore, taggedContext } from './support.js';

expect.extend({ toHaveStatusCode });

const created = { statusCode: 201, body: '{"id":"a1"}' };
const objectBody = { statusCode: 200, body: { a: 1 } };

afterEach(() => {
  configure({ integration: 'rest' });
});

describe('toHaveStatusCode', () => {
  it('passes when the client gets that status', () => {
    expect(created).toHaveStatusCode(201);
    expect({ statusCode: '404', body: '' }).toHaveStatusCode(404);
  });

  it('passes for the status the front end decides: REST defaults a missing statusCode to 200', () => {
    expect({ body: 'ok' }).toHaveStatusCode(200);
  });

  it('fails with both codes and the body when the status differs', () => {
    expect(failureOf(() => expect(created).toHaveStatusCode(200))).toMatchInlineSnapshot(`
      "expect(received).toHaveStatusCode(expected)

      Expected response to have status code 200, but the client gets 201.

      Expected status code: 200
      Received status code: 201
      Received body:        "{"id":"a1"}""
    `);
  });

  it('fails on a result the front end rejects, saying what the client gets instead and the fix', () => {
    expect(maskCore(failureOf(() => expect(objectBody).toHaveStatusCode(200)))).toMatchInlineSnapshot(`
      "expect(received).toHaveStatusCode(expected)

      Expected response to have status code 200, but the client gets a 502 from API Gateway (REST) itself, not the handler's response: …

      A result the front end rejects fails every matcher with or without .not, because none of it reaches the client; to assert the rejection itself, use .not.toBeValidProxyResponse().

      Note: … (R-E1)"
    `);
  });

  it('names what the front end did on its own (2.0 inference)', () => {
    configure({ integration: 'http-2.0' });
    expect(maskCore(failureOf(() => expect({ message: 'hi' }).toHaveStatusCode(201)))).toMatchInlineSnapshot(`
      "expect(received).toHaveStatusCode(expected)

      Expected response to have status code 201, but the client gets 200.

      Expected status code: 201
      Received status code: 200
      Received body:        "{"message":"hi"}"

      Note: … (H2-1)"
    `);
  });

  it('judges through the configured integration', () => {
    configure({ integration: 'http-1.0' });
    // HTTP API 1.0 has no default status: a result without one is answered 500.
    expect(failureOf(() => expect({ body: 'ok' }).toHaveStatusCode(200))).toMatch(
      /gets a 500 from API Gateway \(HTTP API, payload 1\.0\) itself, not the handler's response: .*statusCode/,
    );
  });

  it('takes a ProxyOutcome as it is', () => {
    const outcome = inspectProxyResult(created, { integration: 'alb' });
    expect(outcome).toHaveStatusCode(201);
    expect(failureOf(() => expect(outcome).toHaveStatusCode(200))).toMatch(/the client gets 201/);
  });

  it('prints the expected code as expected and the received code and body as received', () => {
    const { pass, message } = toHaveStatusCode.call(taggedContext(), created, 200);
    expect(pass).toBe(false);
    expect(message()).toContain('Expected status code: <e>200</e>');
    expect(message()).toContain('Received status code: <r>201</r>');
    expect(message()).toContain('Received body:        <r>"{\\"id\\":\\"a1\\"}"</r>');
  });

  describe('.not', () => {
    it('passes when the status differs', () => {
      expect(created).not.toHaveStatusCode(200);
    });

    it('fails when the status is that one', () => {
      expect(failureOf(() => expect(created).not.toHaveStatusCode(201))).toMatchInlineSnapshot(`
        "expect(received).not.toHaveStatusCode(expected)

        Expected response not to have status code 201.

        Expected status code: not 201
        Received status code: 201"
      `);
    });

    it('still fails on a rejected result, even for a status the client does not get', () => {
      // The client gets 502, so "not 200" is literally true, but nothing of the handler's reached it.
      expect(failureOf(() => expect(objectBody).not.toHaveStatusCode(200))).toMatch(
        /^expect\(received\)\.not\.toHaveStatusCode\(expected\)\n\nExpected response not to have status code 200, but the client gets a 502 from API Gateway \(REST\) itself, not the handler's response: body must be a string/,
      );
      expect(failureOf(() => expect(objectBody).not.toHaveStatusCode(502))).toMatch(
        /fails every matcher with or without \.not/,
      );
    });
  });

  describe('asymmetric', () => {
    it('matches inside toEqual', () => {
      expect({ response: created }).toEqual({ response: expect.toHaveStatusCode(201) });
      expect({ response: created }).toEqual({ response: expect.not.toHaveStatusCode(200) });
    });

    it('fails inside toEqual when the status differs', () => {
      expect(() => expect({ response: created }).toEqual({ response: expect.toHaveStatusCode(200) })).toThrow(
        /toHaveStatusCode/,
      );
      expect(() => expect([created]).toEqual([expect.not.toHaveStatusCode(201)])).toThrow();
    });

    it('prints as toHaveStatusCode<code> on the expected side', () => {
      expect(failureOf(() => expect({ r: created }).toEqual({ r: expect.toHaveStatusCode(404) }))).toBe(
        'expected { r: { statusCode: 201, …(1) } } to deeply equal { r: toHaveStatusCode<404> }',
      );
    });
  });

  describe('.resolves / .rejects', () => {
    it('judges the resolved result', async () => {
      await expect(Promise.resolve(created)).resolves.toHaveStatusCode(201);
      expect(
        await asyncFailureOf(() => expect(Promise.resolve(created)).resolves.toHaveStatusCode(200)),
      ).toMatch(
        /^expect\(received\)\.resolves\.toHaveStatusCode\(expected\)\n\nExpected response to have status code 200, but the client gets 201\./,
      );
    });

    it('judges a thrown error as the front end answers it', async () => {
      await expect(Promise.reject(new Error('boom'))).rejects.toHaveStatusCode(502);
      configure({ integration: 'http-2.0' });
      await expect(Promise.reject(new Error('boom'))).rejects.toHaveStatusCode(500);
      expect(
        maskCore(
          await asyncFailureOf(() => expect(Promise.reject(new Error('boom'))).rejects.toHaveStatusCode(200)),
        ),
      ).toMatchInlineSnapshot(`
        "expect(received).rejects.toHaveStatusCode(expected)

        Expected response to have status code 200, but the client gets 500.

        Expected status code: 200
        Received status code: 500
        Received body:        "{"message":"Internal Server Error"}"

        API Gateway (HTTP API, payload 2.0) answers 500: …

        Note: … (H2-12)"
      `);
    });
  });

  describe('matcher errors', () => {
    it('words a misuse as jest does, naming the wrong argument', () => {
      expect(failureOf(() => expect(created).toHaveStatusCode('200' as never))).toMatchInlineSnapshot(`
        "expect(received).toHaveStatusCode(expected)

        Matcher error: expected value must be a status code: an integer from 100 to 599

        Expected has type:  String
        Expected has value: "200""
      `);
    });

    it.each([['200'], [200.5], [42], [600], [undefined]])(
      'throws for the code %j, with or without .not',
      (code) => {
        const message = /Matcher error: expected value must be a status code: an integer from 100 to 599/;
        expect(failureOf(() => expect(created).toHaveStatusCode(code as never))).toMatch(message);
        expect(failureOf(() => expect(created).not.toHaveStatusCode(code as never))).toMatch(message);
      },
    );
  });
});
