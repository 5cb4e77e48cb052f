import { afterEach, describe, expect, it } from 'vitest';
import { configure } from '../../../src/contract/configure.js';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import { toBeValidProxyResponse } from '../../../src/matchers/toBeValidProxyResponse.js';
import { asyncFailureOf, failureOf, maskCore } from './support.js';

expect.extend({ toBeValidProxyResponse });

const ok = { statusCode: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' };
const objectBody = { statusCode: 200, body: { a: 1 } };

afterEach(() => {
  configure({ integration: 'rest' });
});

describe('toBeValidProxyResponse', () => {
  it('passes when the front end builds a response from the result', () => {
    expect(ok).toBeValidProxyResponse();
    expect({}).toBeValidProxyResponse(); // REST: every key is optional (R-K2)
  });

  it('judges by the integration given as an option, else the configured one', () => {
    expect({ message: 'hi' }).toBeValidProxyResponse({ integration: 'http-2.0' });
    expect({ message: 'hi' }).not.toBeValidProxyResponse();
    configure({ integration: 'function-url' });
    expect({ message: 'hi' }).toBeValidProxyResponse();
  });

  it('counts warnings as errors with strict', () => {
    configure({ integration: 'http-1.0' });
    const dropped = { statusCode: 200, cookies: ['a=1'], body: '' };
    expect(dropped).toBeValidProxyResponse();
    expect(failureOf(() => expect(dropped).toBeValidProxyResponse({ strict: true }))).toMatch(
      /^expect\(received\)\.toBeValidProxyResponse\(options\)\n\nExpected result to be a valid proxy response, but strict counts this warning as an error \(API Gateway \(HTTP API, payload 1\.0\) itself would accept the result\): HTTP API 1\.0 ignores 'cookies'/,
    );
  });

  it('fails naming the field, the rule and the fix', () => {
    expect(maskCore(failureOf(() => expect(objectBody).toBeValidProxyResponse()))).toMatchInlineSnapshot(`
      "expect(received).toBeValidProxyResponse()

      Expected result to be a valid proxy response, but API Gateway (REST) would answer 502: …

      Note: … (R-E1)"
    `);
  });

  it('fails listing every problem when there are several', () => {
    expect(
      maskCore(
        failureOf(() => expect({ statusCode: 'OK', body: { a: 1 }, cookies: [] }).toBeValidProxyResponse()),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).toBeValidProxyResponse()

      Expected result to be a valid proxy response, but API Gateway (REST) would answer 502: …

        1. cookies: … (R-K1)
        2. statusCode: … (R-S2)
        3. body: … (R-B2)

      Note: … (R-E1)"
    `);
  });

  it('takes a ProxyOutcome as it is', () => {
    expect(inspectProxyResult(ok)).toBeValidProxyResponse();
    expect(inspectProxyResult(objectBody)).not.toBeValidProxyResponse();
    expect(inspectProxyResult(ok, { integration: 'alb' })).toBeValidProxyResponse({ integration: 'alb' });
  });

  describe('.not', () => {
    it('passes on a result the front end rejects', () => {
      expect(objectBody).not.toBeValidProxyResponse();
      expect(null).not.toBeValidProxyResponse();
      expect('{"statusCode":200}').not.toBeValidProxyResponse();
    });

    it('fails on an accepted result, saying what the front end builds', () => {
      expect(failureOf(() => expect(ok).not.toBeValidProxyResponse())).toMatchInlineSnapshot(`
        "expect(received).not.toBeValidProxyResponse()

        Expected result not to be a valid proxy response, but API Gateway (REST) builds a 200 response from it."
      `);
      configure({ integration: 'http-2.0' });
      expect(
        maskCore(failureOf(() => expect({ message: 'hi' }).not.toBeValidProxyResponse())),
      ).toMatchInlineSnapshot(`
        "expect(received).not.toBeValidProxyResponse()

        Expected result not to be a valid proxy response, but API Gateway (HTTP API, payload 2.0) builds a 200 response from it.

        Note: … (H2-1)"
      `);
    });
  });

  describe('asymmetric', () => {
    it('matches inside toEqual', () => {
      expect({ response: ok }).toEqual({ response: expect.toBeValidProxyResponse() });
      expect({ response: objectBody }).toEqual({ response: expect.not.toBeValidProxyResponse() });
      expect([{ message: 'hi' }]).toEqual([expect.toBeValidProxyResponse({ integration: 'http-2.0' })]);
      expect(() => expect([objectBody]).toEqual([expect.toBeValidProxyResponse()])).toThrow();
    });
  });

  describe('.resolves / .rejects', () => {
    it('judges the resolved result', async () => {
      await expect(Promise.resolve(ok)).resolves.toBeValidProxyResponse();
      expect(
        await asyncFailureOf(() => expect(Promise.resolve(objectBody)).resolves.toBeValidProxyResponse()),
      ).toMatch(
        /^expect\(received\)\.resolves\.toBeValidProxyResponse\(\)\n\nExpected result to be a valid proxy response, but API Gateway \(REST\) would answer 502/,
      );
    });

    it('is never valid for a thrown error: the client gets the error response', async () => {
      await expect(Promise.reject(new Error('boom'))).rejects.not.toBeValidProxyResponse();
      expect(
        maskCore(
          await asyncFailureOf(() =>
            expect(Promise.reject(new TypeError('bad'))).rejects.toBeValidProxyResponse(),
          ),
        ),
      ).toMatchInlineSnapshot(`
        "expect(received).rejects.toBeValidProxyResponse()

        Expected result to be a valid proxy response, but API Gateway (REST) answers 502: …

        Note: … (R-E2)"
      `);
    });
  });

  describe('matcher errors', () => {
    it.each([
      [{ integration: 'apigateway' }, /options\.integration must be one of 'rest', 'http-1\.0'/],
      [
        { integrations: 'rest' },
        /options\.integrations is not an option; the options are integration, strict, binaryMediaTypes, accept/,
      ],
      [{ strict: 'yes' }, /options\.strict must be true or false/],
      [{ binaryMediaTypes: 'image/png' }, /options\.binaryMediaTypes must be an array of media types/],
      [{ accept: ['image/png'] }, /options\.accept must be an Accept header/],
      ['rest', /options must be an object such as \{ integration: "http-2\.0" \}/],
    ])('throws for the options %j, with or without .not', (options, message) => {
      expect(failureOf(() => expect(ok).toBeValidProxyResponse(options as never))).toMatch(message);
      expect(failureOf(() => expect(objectBody).not.toBeValidProxyResponse(options as never))).toMatch(
        message,
      );
    });

    it('words the misuse as jest does', () => {
      expect(
        failureOf(() => expect(ok).toBeValidProxyResponse({ integration: 'v2' as never })),
      ).toMatchInlineSnapshot(`
        "expect(received).toBeValidProxyResponse(options)

        Matcher error: options.integration must be one of 'rest', 'http-1.0', 'http-2.0', 'alb', 'alb-multi-value', 'function-url', 'lattice'

        Expected has type:  Object
        Expected has value: Object {
          "integration": "v2",
        }"
      `);
    });

    it('throws for options that would judge a ProxyOutcome differently', () => {
      const outcome = inspectProxyResult(ok);
      expect(failureOf(() => expect(outcome).toBeValidProxyResponse({ integration: 'alb' }))).toMatch(
        /Matcher error: options cannot apply to a ProxyOutcome, which is already judged \(by rest\)/,
      );
      expect(failureOf(() => expect(outcome).not.toBeValidProxyResponse({ strict: true }))).toMatch(
        /Matcher error/,
      );
    });
  });
});
