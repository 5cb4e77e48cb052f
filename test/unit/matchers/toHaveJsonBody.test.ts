import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { configure } from '../../../src/contract/configure.js';
import { canonicalJson } from '../../../src/matchers/internal/jsonBody.js';
import { toHaveJsonBody } from '../../../src/matchers/toHaveJsonBody.js';
import { runs } from '../propertyRuns.js';
import { asyncFailureOf, failureOf, jsonResult, maskCore, plain, taggedContext } from './support.js';

expect.extend({ toHaveJsonBody });

/** `[first, <hole>, second]`: an array with an empty slot, which JSON.stringify writes as null. */
function holey([first, second]: [unknown, unknown]): unknown[] {
  const array = [first];
  array[2] = second;
  return array;
}

const user = { statusCode: 200, body: '{"id":"u1","name":"Ada","tags":["admin"]}' };

afterEach(() => {
  configure({ integration: 'rest' });
});

describe('toHaveJsonBody', () => {
  it('passes on any JSON body without an argument', () => {
    expect(user).toHaveJsonBody();
    expect({ statusCode: 200, body: 'null' }).toHaveJsonBody();
  });

  it('passes on a body equal to the expected value, recursively, with asymmetric matchers', () => {
    expect(user).toHaveJsonBody({ id: 'u1', name: 'Ada', tags: ['admin'] });
    expect(user).toHaveJsonBody({
      id: expect.any(String),
      name: 'Ada',
      tags: expect.arrayContaining(['admin']),
    });
    // Key order and whitespace do not matter, as with toEqual.
    expect({ statusCode: 200, body: '{ "b": 2, "a": 1 }' }).toHaveJsonBody({ a: 1, b: 2 });
  });

  it('passes on the canonical serialisation without parsing (the fast path) and agrees with the slow one', () => {
    const result = jsonResult();
    const data = JSON.parse(result.body);
    expect(canonicalJson(data)).toBe(result.body);
    expect(result).toHaveJsonBody(data);
  });

  it('ignores undefined properties, as toEqual does', () => {
    expect({ statusCode: 200, body: '{"a":1}' }).toHaveJsonBody({ a: 1, b: undefined });
  });

  it('passes on a 2.0 result inferred from a plain object', () => {
    configure({ integration: 'http-2.0' });
    expect({ id: 'u1' }).toHaveJsonBody({ id: 'u1' });
  });

  it('fails with one diff showing only the real differences', () => {
    expect(
      failureOf(() =>
        expect(user).toHaveJsonBody({ id: expect.any(String), name: 'Grace', tags: ['admin'] }),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).toHaveJsonBody(expected)

      Expected response body to equal the expected JSON.

      - Expected
      + Received

        {
          "id": "u1",
      -   "name": "Grace",
      +   "name": "Ada",
          "tags": [
            "admin",
          ],
        }"
    `);
  });

  it('fails when the body is not JSON, saying why', () => {
    // The parser's own wording varies between Node versions; the sentence around it does not.
    expect(failureOf(() => expect({ statusCode: 500, body: 'Internal error' }).toHaveJsonBody())).toMatch(
      /^expect\(received\)\.toHaveJsonBody\(\)\n\nExpected response body to be JSON, but JSON\.parse fails: .+\.\n\nReceived body: "Internal error"$/,
    );
  });

  // fetch().json() and axios skip one leading U+FEFF; JSON.parse alone refuses it.
  const withBom = { statusCode: 200, body: '\uFEFF{"a":1}' };

  it('reads a body that starts with a byte order mark as the client does', () => {
    expect(withBom).toHaveJsonBody();
    expect(withBom).toHaveJsonBody({ a: 1 });
    expect(failureOf(() => expect(withBom).not.toHaveJsonBody())).toMatch(
      /Expected response body not to be JSON, but it parses\.\n\nReceived body: "\uFEFF\{"a":1\}"$/,
    );
    expect(failureOf(() => expect(withBom).not.toHaveJsonBody({ a: 1 }))).toMatch(
      /Expected response body not to equal the expected JSON\./,
    );
    expect(failureOf(() => expect(withBom).toHaveJsonBody({ a: 2 }))).toMatch(/- {3}"a": 2,\n\+ {3}"a": 1,/);
    expect(withBom).not.toHaveJsonBody({ a: 2 });
  });

  it('skips only one byte order mark', () => {
    const twice = { statusCode: 200, body: '\uFEFF\uFEFF{"a":1}' };
    expect(failureOf(() => expect(twice).toHaveJsonBody({ a: 1 }))).toMatch(/but JSON\.parse fails: /);
    expect(twice).not.toHaveJsonBody();
  });

  it('fails when the body is empty', () => {
    expect(failureOf(() => expect({ statusCode: 204 }).toHaveJsonBody({}))).toMatchInlineSnapshot(`
      "expect(received).toHaveJsonBody(expected)

      Expected response body to be JSON, but it is empty.

      Received body: """
    `);
  });

  it('fails on the classic bug: an object body on REST', () => {
    expect(
      maskCore(failureOf(() => expect({ statusCode: 200, body: { id: 'u1' } }).toHaveJsonBody({ id: 'u1' }))),
    ).toMatchInlineSnapshot(`
      "expect(received).toHaveJsonBody(expected)

      Expected response to have the expected JSON body, but the client gets a 502 from API Gateway (REST) itself, not the handler's response: …

      A result the front end rejects fails every matcher with or without .not, because none of it reaches the client; to assert the rejection itself, use .not.toBeValidProxyResponse().

      Note: … (R-E1)"
    `);
  });

  it('truncates a long body in the message and says how long it is', () => {
    const body = `<html>${'x'.repeat(5000)}</html>`;
    expect(failureOf(() => expect({ statusCode: 200, body }).toHaveJsonBody())).toMatch(
      /Received body: ".{200}…" \(truncated, 5013 characters\)$/,
    );
  });

  describe('.not', () => {
    it('passes on a different or non-JSON body', () => {
      expect(user).not.toHaveJsonBody({ id: 'u2' });
      expect({ statusCode: 200, body: 'plain' }).not.toHaveJsonBody();
    });

    it('fails on an equal body, through both the fast and the slow path', () => {
      expect(failureOf(() => expect(user).not.toHaveJsonBody(JSON.parse(user.body)))).toMatchInlineSnapshot(`
        "expect(received).not.toHaveJsonBody(expected)

        Expected response body not to equal the expected JSON.

        Expected JSON: not Object {
          "id": "u1",
          "name": "Ada",
          "tags": Array [
            "admin",
          ],
        }
        Received body: "{"id":"u1","name":"Ada","tags":["admin"]}""
      `);
      expect(
        failureOf(() =>
          expect(user).not.toHaveJsonBody({ id: 'u1', name: expect.any(String), tags: ['admin'] }),
        ),
      ).toMatch(
        /^expect\(received\)\.not\.toHaveJsonBody\(expected\)\n\nExpected response body not to equal the expected JSON\./,
      );
    });

    it('fails on a JSON body without an argument', () => {
      expect(failureOf(() => expect(user).not.toHaveJsonBody())).toMatchInlineSnapshot(`
        "expect(received).not.toHaveJsonBody()

        Expected response body not to be JSON, but it parses.

        Received body: "{"id":"u1","name":"Ada","tags":["admin"]}""
      `);
    });

    it('fails on a rejected result rather than passing', () => {
      expect(failureOf(() => expect({ statusCode: 200, body: {} }).not.toHaveJsonBody())).toMatch(
        /with or without \.not/,
      );
      expect(failureOf(() => expect({ statusCode: 200, body: {} }).toHaveJsonBody())).toMatch(
        /Expected response to have a JSON body, but the client gets a 502/,
      );
    });
  });

  describe('asymmetric', () => {
    it('matches inside toEqual', () => {
      expect({ responses: [user] }).toEqual({
        responses: [expect.toHaveJsonBody({ id: 'u1', name: 'Ada', tags: ['admin'] })],
      });
      expect({ responses: [user] }).toEqual({ responses: [expect.not.toHaveJsonBody({ id: 'u2' })] });
      expect(() => expect([user]).toEqual([expect.toHaveJsonBody({ id: 'u2' })])).toThrow();
    });
  });

  describe('.resolves / .rejects', () => {
    it('judges the resolved result', async () => {
      await expect(Promise.resolve(user)).resolves.toHaveJsonBody({ id: 'u1', name: 'Ada', tags: ['admin'] });
      expect(await asyncFailureOf(() => expect(Promise.resolve(user)).resolves.toHaveJsonBody({}))).toMatch(
        /^expect\(received\)\.resolves\.toHaveJsonBody\(expected\)/,
      );
    });

    it("judges the front end's error body under .rejects", async () => {
      await expect(Promise.reject(new Error('boom'))).rejects.toHaveJsonBody({
        message: 'Internal server error',
      });
      configure({ integration: 'http-1.0' });
      await expect(Promise.reject(new Error('boom'))).rejects.toHaveJsonBody({
        message: 'Internal Server Error',
      });
    });
  });

  describe('the fast path', () => {
    it('declines values whose serialisation does not stand for them', () => {
      class Point {
        x = 1;
      }
      for (const value of [
        -0,
        [-0],
        { a: undefined },
        holey([1, 3]),
        new Point(),
        new Date(0),
        { a: expect.any(Number) },
      ]) {
        expect(canonicalJson(value)).toBeUndefined();
      }
      const withSymbol = { a: 1, [Symbol('s')]: 2 };
      expect(canonicalJson(withSymbol)).toBeUndefined();
      expect(canonicalJson(Object.assign([1], { extra: true }))).toBeUndefined();
    });

    it('neither parses nor compares a body that is the canonical text, with or without .not', () => {
      // A context whose equality throws: reaching the deep comparison fails the test.
      const noCompare = taggedContext({
        equals: () => {
          throw new Error('compared on the fast path');
        },
      });
      const body = JSON.stringify({ id: 'u1', tags: ['a'] });
      expect(toHaveJsonBody.call(noCompare, { statusCode: 200, body }, { id: 'u1', tags: ['a'] }).pass).toBe(
        true,
      );
      const negated = toHaveJsonBody.call(
        { ...noCompare, isNot: true },
        { statusCode: 200, body },
        { id: 'u1', tags: ['a'] },
      );
      expect(negated.pass).toBe(true);
      expect(plain(negated.message())).toMatch(/Expected response body not to equal the expected JSON/);
      // Not the canonical text: the slow path compares.
      expect(() => toHaveJsonBody.call(noCompare, { statusCode: 200, body: ' {}' }, {})).toThrow(
        'compared on the fast path',
      );
    });

    it('uses the comparison when custom equality testers are registered', () => {
      let compared = 0;
      const withTesters = taggedContext({
        customTesters: [() => undefined],
        equals: (a, b) => {
          compared += 1;
          return JSON.stringify(a) === JSON.stringify(b);
        },
      });
      expect(toHaveJsonBody.call(withTesters, { statusCode: 200, body: '{"a":1}' }, { a: 1 }).pass).toBe(
        true,
      );
      expect(compared).toBe(1);
    });

    it('takes plain JSON data, null and booleans included, down to 64 levels of nesting', () => {
      expect(canonicalJson(true)).toBe('true');
      expect(canonicalJson(null)).toBe('null');
      expect(canonicalJson({ a: null, b: [false] })).toBe('{"a":null,"b":[false]}');
      const nested = (levels: number, wrap: (inner: unknown) => unknown) => {
        let value: unknown = 1;
        for (let i = 0; i < levels; i++) value = wrap(value);
        return value;
      };
      // The outermost container is at depth 0: 65 levels reach depth 64, the last one taken.
      expect(canonicalJson(nested(65, (inner) => [inner]))).toBe(`${'['.repeat(65)}1${']'.repeat(65)}`);
      expect(canonicalJson(nested(66, (inner) => [inner]))).toBeUndefined();
      expect(canonicalJson(nested(65, (inner) => ({ a: inner })))).toBeDefined();
      expect(canonicalJson(nested(66, (inner) => ({ a: inner })))).toBeUndefined();
    });

    it('gives the verdict of parse-and-compare for any expected value and body (property)', () => {
      const verdict = (assertion: () => void) => {
        try {
          assertion();
          return true;
        } catch {
          return false;
        }
      };
      const serialise = (value: unknown) => {
        try {
          return JSON.stringify(value) ?? 'null';
        } catch {
          return 'null';
        }
      };
      // fc.anything() brings -0, undefined values, holes, NaN and class-like objects that the fast path must
      // decline; `same` makes the body the expected value's own serialisation half of the time.
      const expected = fc.oneof(
        fc.jsonValue(),
        fc.anything(),
        fc.constantFrom(-0, [-0], { a: -0 }, holey([1, 2])),
      );
      fc.assert(
        fc.property(expected, fc.jsonValue(), fc.boolean(), (value, other, same) => {
          const body = same ? serialise(value) : serialise(other);
          const slow = verdict(() => expect(JSON.parse(body)).toEqual(value));
          const fast = verdict(() => expect({ statusCode: 200, body }).toHaveJsonBody(value));
          expect(fast).toBe(slow);
        }),
        { numRuns: runs(500) },
      );
    });

    it('passes whenever the body is the canonical text of the expected value (property)', () => {
      // Except for -0: JSON.stringify writes it as 0, and toEqual tells 0 from -0 (so the matcher fails, as the
      // parse-and-compare property above confirms).
      const hasNegativeZero = (value: unknown): boolean =>
        Object.is(value, -0) ||
        (typeof value === 'object' && value !== null && Object.values(value).some(hasNegativeZero));
      fc.assert(
        fc.property(
          fc.jsonValue().filter((value) => !hasNegativeZero(value)),
          (value) => {
            expect({ statusCode: 200, body: JSON.stringify(value) }).toHaveJsonBody(value);
          },
        ),
        { numRuns: runs(300) },
      );
    });

    it('fails on -0 against a body of 0, as toEqual does', () => {
      expect(() => expect(JSON.parse('{"n":0}')).toEqual({ n: -0 })).toThrow();
      expect({ statusCode: 200, body: '{"n":0}' }).not.toHaveJsonBody({ n: -0 });
    });
  });

  describe('matcher errors', () => {
    it('has none: every expected value is a legitimate comparison', () => {
      // Anything can be compared with a parsed body, so there is no misuse to report; a Matcher error would be
      // noise. The received value is judged by the front end's rules instead.
      expect(failureOf(() => expect(user).toHaveJsonBody(Symbol('x')))).toMatch(
        /Expected response body to equal the expected JSON/,
      );
    });
  });
});
