import { afterEach, describe, expect, it } from 'vitest';
import { configure } from '../../../src/contract/configure.js';
import { toMatchJsonBody } from '../../../src/matchers/toMatchJsonBody.js';
import { asyncFailureOf, failureOf } from './support.js';

expect.extend({ toMatchJsonBody });

const order = {
  statusCode: 201,
  body: JSON.stringify({
    id: 'o1',
    total: 42,
    customer: { name: 'Ada', email: 'ada@example.com' },
    lines: [{ sku: 'a' }],
  }),
};

afterEach(() => {
  configure({ integration: 'rest' });
});

describe('toMatchJsonBody', () => {
  it('passes when the body has the properties of the subset, recursively', () => {
    expect(order).toMatchJsonBody({ id: 'o1' });
    expect(order).toMatchJsonBody({ customer: { name: 'Ada' } });
    expect(order).toMatchJsonBody({ total: expect.any(Number), lines: [{ sku: 'a' }] });
  });

  it('reads a body that starts with a byte order mark as the client does', () => {
    const withBom = { statusCode: 200, body: '\uFEFF{"a":1,"b":2}' };
    expect(withBom).toMatchJsonBody({ a: 1 });
    expect(failureOf(() => expect(withBom).not.toMatchJsonBody({ a: 1 }))).toMatch(
      /Expected response body not to match the subset\./,
    );
    expect(failureOf(() => expect(withBom).toMatchJsonBody({ a: 2 }))).toMatch(
      /Expected response body to match the subset\./,
    );
    expect(withBom).not.toMatchJsonBody({ a: 2 });
  });

  it('passes on an array body matched element by element', () => {
    expect({ statusCode: 200, body: '[{"id":1,"x":true},{"id":2}]' }).toMatchJsonBody([{ id: 1 }, { id: 2 }]);
  });

  it('fails with a diff of only the properties the subset names', () => {
    expect(
      failureOf(() => expect(order).toMatchJsonBody({ customer: { name: 'Grace' }, total: 42 })),
    ).toMatchInlineSnapshot(`
      "expect(received).toMatchJsonBody(expected)

      Expected response body to match the subset.

      - Expected
      + Received

        {
          "customer": {
      -     "name": "Grace",
      +     "name": "Ada",
          },
          "total": 42,
        }"
    `);
  });

  it('fails when the body is JSON but not an object', () => {
    expect(
      failureOf(() => expect({ statusCode: 200, body: '"text"' }).toMatchJsonBody({ a: 1 })),
    ).toMatchInlineSnapshot(`
      "expect(received).toMatchJsonBody(expected)

      Expected response body to match the subset, but it is JSON of type string, not an object.

      Received body: ""text"""
    `);
  });

  it('fails when the body is JSON null, with or without .not', () => {
    const nothing = { statusCode: 200, body: 'null' };
    expect(failureOf(() => expect(nothing).toMatchJsonBody({}))).toMatch(
      /Expected response body to match the subset, but it is JSON null, not an object\./,
    );
    expect(nothing).not.toMatchJsonBody({});
  });

  it('names the argument in a Matcher error', () => {
    expect(failureOf(() => expect(order).toMatchJsonBody('x' as never))).toMatch(
      /Matcher error: expected value must be an object or an array[\s\S]*Expected has value: "x"/,
    );
  });

  it('fails when the body is not JSON', () => {
    expect(
      failureOf(() => expect({ statusCode: 200, body: '' }).toMatchJsonBody({ a: 1 })),
    ).toMatchInlineSnapshot(`
      "expect(received).toMatchJsonBody(expected)

      Expected response body to be JSON matching the subset, but it is empty.

      Received body: """
    `);
  });

  it('fails on a rejected result', () => {
    expect(
      failureOf(() => expect({ statusCode: 200, body: { id: 'o1' } }).toMatchJsonBody({ id: 'o1' })),
    ).toMatch(
      /Expected response to have a JSON body matching the subset, but the client gets a 502 from API Gateway \(REST\) itself, not the handler's response/,
    );
  });

  describe('.not', () => {
    it('passes when the subset does not match', () => {
      expect(order).not.toMatchJsonBody({ id: 'o2' });
    });

    it('fails when it matches', () => {
      expect(failureOf(() => expect(order).not.toMatchJsonBody({ id: 'o1' }))).toMatchInlineSnapshot(`
        "expect(received).not.toMatchJsonBody(expected)

        Expected response body not to match the subset.

        Expected subset: not Object {
          "id": "o1",
        }
        Received body:   "{"id":"o1","total":42,"customer":{"name":"Ada","email":"ada@example.com"},"lines":[{"sku":"a"}]}""
      `);
    });

    it('fails on a rejected result', () => {
      expect(failureOf(() => expect({ statusCode: 200, body: {} }).not.toMatchJsonBody({ a: 1 }))).toMatch(
        /with or without \.not/,
      );
    });
  });

  describe('asymmetric', () => {
    it('matches inside toEqual', () => {
      expect([order]).toEqual([expect.toMatchJsonBody({ customer: { name: 'Ada' } })]);
      expect([order]).toEqual([expect.not.toMatchJsonBody({ customer: { name: 'Grace' } })]);
      expect(() => expect([order]).toEqual([expect.toMatchJsonBody({ id: 'x' })])).toThrow();
    });
  });

  describe('.resolves', () => {
    it('judges the resolved result', async () => {
      await expect(Promise.resolve(order)).resolves.toMatchJsonBody({ id: 'o1' });
      expect(
        await asyncFailureOf(() => expect(Promise.resolve(order)).resolves.toMatchJsonBody({ id: 'x' })),
      ).toMatch(/^expect\(received\)\.resolves\.toMatchJsonBody\(expected\)/);
    });
  });

  describe('matcher errors', () => {
    it.each([[undefined], [null], ['o1'], [42]])('throws for %j, with or without .not', (subset) => {
      const message = /Matcher error: expected value must be an object or an array/;
      expect(failureOf(() => expect(order).toMatchJsonBody(subset as never))).toMatch(message);
      expect(failureOf(() => expect(order).not.toMatchJsonBody(subset as never))).toMatch(message);
    });
  });
});
