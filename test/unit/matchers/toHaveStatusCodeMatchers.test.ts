// toHaveStatusCode with a class ('4xx') or an asymmetric matcher (issue 9 §4), failing side with and without
// .not, under vitest's context and a bun-like one, and its Matcher errors for what is neither.
import { describe, expect, it } from 'vitest';
import { toHaveStatusCode } from '../../../src/matchers/toHaveStatusCode.js';
import { bunExpect, bunLikeContext, failureMessage, thrownMessage } from './bunLikeContext.js';
import { failureOf, taggedContext } from './support.js';

expect.extend({ toHaveStatusCode });

const created = { statusCode: 201, body: '{"id":"a1"}' };
const notFound = { statusCode: 404, body: 'no such user' };

/** A user's own asymmetric matcher: any code the client may retry. */
const retryable = {
  asymmetricMatch: (status: unknown) => status === 429 || status === 503,
  toString: () => 'Retryable',
  toAsymmetricMatcher: () => 'Retryable',
};

describe('toHaveStatusCode(class)', () => {
  it.each([
    ['2xx', created],
    ['4xx', notFound],
    ['5xx', { statusCode: 599, body: '' }],
    ['3xx', { statusCode: 302, headers: { location: '/a' }, body: '' }],
  ] as const)('passes for %s', (code, result) => {
    expect(result).toHaveStatusCode(code);
  });

  it("'1xx' is a class no client sees as a final response: a 1xx result is rejected (RF-3)", () => {
    expect(failureOf(() => expect({ statusCode: 100, body: '' }).toHaveStatusCode('1xx'))).toMatch(
      /gets a 502 from API Gateway \(REST\) itself.*statusCode 100 is informational/,
    );
    expect(failureOf(() => expect({ statusCode: 100, body: '' }).not.toHaveStatusCode('1xx'))).toMatch(
      /statusCode 100 is informational/,
    );
    expect({ statusCode: 200, body: '' }).not.toHaveStatusCode('1xx');
  });

  it('fails outside the class, naming it and what the client gets', () => {
    expect(failureOf(() => expect(created).toHaveStatusCode('4xx'))).toMatchInlineSnapshot(`
      "expect(received).toHaveStatusCode(expected)

      Expected response to have a "4xx" (client error) status code, but the client gets 201.

      Expected status code: "4xx"
      Received status code: 201
      Received body:        "{"id":"a1"}""
    `);
    expect(failureOf(() => expect({ statusCode: 500, body: '' }).toHaveStatusCode('4xx'))).toMatch(
      /but the client gets 500/,
    );
  });

  it('with .not, fails inside the class', () => {
    expect(failureOf(() => expect(notFound).not.toHaveStatusCode('4xx'))).toMatchInlineSnapshot(`
      "expect(received).not.toHaveStatusCode(expected)

      Expected response not to have a "4xx" (client error) status code.

      Expected status code: not "4xx"
      Received status code: 404"
    `);
    expect(created).not.toHaveStatusCode('4xx');
  });
});

describe('toHaveStatusCode(asymmetric matcher)', () => {
  it('passes through the runner’s equals, for its own matchers and a user’s', () => {
    expect(created).toHaveStatusCode(expect.any(Number));
    expect({ statusCode: 503, body: '' }).toHaveStatusCode(retryable);
  });

  it('fails when the matcher refuses the status', () => {
    const message = failureOf(() => expect(created).toHaveStatusCode(retryable));
    expect(message).toMatch(
      /^expect\(received\)\.toHaveStatusCode\(expected\)\n\nExpected response to have a status code matching /,
    );
    expect(message).toMatch(/, but the client gets 201\.\n/);
    expect(message).toMatch(/Received status code: 201/);
  });

  it('with .not, fails when the matcher accepts the status', () => {
    const message = failureOf(() => expect(created).not.toHaveStatusCode(expect.any(Number)));
    expect(message).toMatch(/Expected response not to have a status code matching Any<Number>\./);
    expect(message).toMatch(/Expected status code: not Any<Number>/);
  });

  it('works with a bun-like context and bun’s own asymmetric matchers', () => {
    const any = bunExpect.any(Number);
    expect(failureMessage(bunLikeContext({ isNot: true }), toHaveStatusCode, created, any)).toMatch(
      /not to have a status code matching/,
    );
    expect(failureMessage(bunLikeContext(), toHaveStatusCode, created, '5xx')).toMatch(
      /5xx.* \(server error\) status code/,
    );
    expect(thrownMessage(bunLikeContext(), toHaveStatusCode, created, '6xx')).toMatch(
      /"6xx" is no HTTP status class/,
    );
  });
});

describe('toHaveStatusCode edges', () => {
  it("a class starts at its first code: 200 is '2xx', 199 is not", () => {
    expect({ statusCode: 200, body: '' }).toHaveStatusCode('2xx');
    expect(failureOf(() => expect({ statusCode: 200, body: '' }).not.toHaveStatusCode('2xx'))).toMatch(
      /not to have a "2xx" \(successful\) status code/,
    );
    expect({ statusCode: 400, body: '' }).toHaveStatusCode('4xx');
    expect({ statusCode: 400, body: '' }).not.toHaveStatusCode('3xx');
  });

  it.each([
    ['1xx', 'informational', created],
    ['2xx', 'successful', notFound],
    ['3xx', 'redirection', created],
  ] as const)('names the class %s as %s in the claim', (code, name, result) => {
    expect(failureOf(() => expect(result).toHaveStatusCode(code))).toContain(
      `"${code}" (${name}) status code`,
    );
  });

  it('compares an exact code exactly, whatever the equality testers say', () => {
    // A context whose equality calls everything equal: the number form must not go through it.
    const loose = taggedContext({ equals: () => true });
    expect(toHaveStatusCode.call(loose, created, 200).pass).toBe(false);
    expect(toHaveStatusCode.call({ ...loose, isNot: true }, created, 201).pass).toBe(true);
  });
});

describe('toHaveStatusCode misuse', () => {
  it.each([
    ['6xx', /a class from '1xx' to '5xx' \("6xx" is no HTTP status class\)/],
    ['4XX', /or a class written in lower case, '4xx'/],
    [
      'abc',
      /an integer from 100 to 599, a class from '1xx' to '5xx', or an asymmetric matcher such as expect\.any\(Number\)/,
    ],
    [99, /an integer from 100 to 599, a class from '1xx' to '5xx', or an asymmetric matcher/],
    [{ min: 200 }, /or an asymmetric matcher such as expect\.any\(Number\)/],
    // Only a string is a class: an array that prints as one is not.
    [['2xx'], /or an asymmetric matcher such as expect\.any\(Number\)/],
    // A class is the whole string, not a part of it.
    ['a2xx', /a class from '1xx' to '5xx', or an asymmetric matcher/],
    ['2xxa', /a class from '1xx' to '5xx', or an asymmetric matcher/],
    ['x6xx', /a class from '1xx' to '5xx', or an asymmetric matcher/],
    ['6xxy', /a class from '1xx' to '5xx', or an asymmetric matcher/],
    // Digits with something before them are not a quoted number: the whole fix list applies.
    ['a200', /a class from '1xx' to '5xx', or an asymmetric matcher/],
  ])('throws a Matcher error for %j, with or without .not', (code, fix) => {
    for (const message of [
      failureOf(() => expect(created).toHaveStatusCode(code as never)),
      failureOf(() => expect(created).not.toHaveStatusCode(code as never)),
    ]) {
      expect(message).toMatch(
        /Matcher error: expected value must be a status code: an integer from 100 to 599/,
      );
      expect(message).toMatch(fix);
      expect(message).toMatch(/Expected has value:/);
    }
  });
});
