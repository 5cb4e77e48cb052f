// The runner's custom equality testers (vitest's expect.addEqualityTesters, jest's the same) decide
// toHaveJsonBody's equality, including when the body is exactly JSON.stringify(expected): the fast path that
// skips the parse must not skip a tester that says those values differ.
import { describe, expect, it } from 'vitest';
import { toHaveJsonBody } from '../../../src/matchers/toHaveJsonBody.js';
import { failureOf } from './support.js';

expect.extend({ toHaveJsonBody });

/** Prices are equal only in the same currency, and never when either says 'XXX' (no currency). */
function priceEquality(a: unknown, b: unknown): boolean | undefined {
  const isPrice = (v: unknown): v is { amount: number; currency: string } =>
    typeof v === 'object' && v !== null && 'amount' in v && 'currency' in v;
  if (!isPrice(a) || !isPrice(b)) return undefined;
  if (a.currency === 'XXX' || b.currency === 'XXX') return false;
  return a.currency === b.currency && Math.abs(a.amount - b.amount) < 0.005;
}
expect.addEqualityTesters([priceEquality]);

const json = (value: unknown) => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

describe('toHaveJsonBody with custom equality testers', () => {
  const unpriced = { amount: 5, currency: 'XXX' };

  it('fails when a tester rejects the values, though the body is exactly the expected JSON', () => {
    expect(failureOf(() => expect(json(unpriced)).toHaveJsonBody(unpriced))).toMatch(
      /Expected response body to equal the expected JSON/,
    );
  });

  it('passes .not on that body', () => {
    expect(json(unpriced)).not.toHaveJsonBody(unpriced);
  });

  it('passes where a tester accepts values JSON spells differently', () => {
    const price = { amount: 10, currency: 'EUR' };
    expect(json({ amount: 10.001, currency: 'EUR' })).toHaveJsonBody(price);
    expect(
      failureOf(() => expect(json({ amount: 10.001, currency: 'EUR' })).not.toHaveJsonBody(price)),
    ).toMatch(/Expected response body not to equal the expected JSON/);
  });

  it('still passes an exact body the testers accept, and fails .not on it', () => {
    const price = { amount: 3, currency: 'USD' };
    expect(json(price)).toHaveJsonBody(price);
    expect(failureOf(() => expect(json(price)).not.toHaveJsonBody(price))).toMatch(/not to equal/);
  });
});
