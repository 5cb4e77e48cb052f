// The setup entries register stand-ins that load the default matchers on their first call. A stand-in that
// dropped the runner's `this`, an argument or the result would turn failures into passes.
import { expect as jestExpect } from 'expect';
import { describe, expect, it, vi } from 'vitest';
import { lazyMatchers } from '../../../src/matchers/lazyMatchers.js';
import { matchers } from '../../../src/matchers/matchers.js';
import { failureOf } from './support.js';

const rejected = { message: 'Hello' };
const created = { statusCode: 201, headers: { 'content-type': 'application/json' }, body: '{"id":1}' };

describe('lazyMatchers', () => {
  it('has every default matcher, by name, and loads nothing until one is called', () => {
    const load = vi.fn(() => matchers);
    const standIns = lazyMatchers(load);
    expect(Object.keys(standIns).sort()).toEqual(Object.keys(matchers).sort());
    for (const [name, standIn] of Object.entries(standIns)) expect(standIn.name).toBe(name);
    expect(load).not.toHaveBeenCalled();
  });

  it('loads once, and passes the runner context, the arguments and the result through', () => {
    const load = vi.fn(() => matchers);
    const standIns = lazyMatchers(load);
    const seen: unknown[] = [];
    const spy = {
      ...matchers,
      toHaveStatusCode(this: unknown, ...args: unknown[]) {
        seen.push(this, ...args);
        return { pass: false, message: () => 'from the real matcher' };
      },
    } as typeof matchers;
    const traced = lazyMatchers(() => spy);
    const context = { isNot: false };
    const result = (traced.toHaveStatusCode as (...a: unknown[]) => unknown).call(context, created, 201);
    expect(result).toEqual({ pass: false, message: expect.any(Function) });
    expect(seen).toEqual([context, created, 201]);
    (standIns.toHaveBody as (...a: unknown[]) => unknown).call(context, created, '{"id":1}');
    (standIns.toHaveBody as (...a: unknown[]) => unknown).call(context, created, '{"id":1}');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("registered on jest's expect, fails and passes exactly as the real matchers, with and without .not", () => {
    jestExpect.extend(lazyMatchers(() => matchers));
    const lazyExpect = jestExpect as any;
    expect(() => lazyExpect(created).toHaveStatusCode(201)).not.toThrow();
    expect(failureOf(() => lazyExpect(created).toHaveStatusCode(200))).toMatch(/201/);
    expect(failureOf(() => lazyExpect(created).not.toHaveStatusCode(201))).toMatch(/201/);
    expect(failureOf(() => lazyExpect(rejected).toBeValidProxyResponse())).toMatch(/R-/);
    expect(() => lazyExpect(rejected).not.toBeValidProxyResponse()).not.toThrow();
    expect(() => lazyExpect(created).toHaveJsonBody({ id: 1 })).not.toThrow();
    expect(failureOf(() => lazyExpect(created).toHaveJsonBody({ id: 2 }))).toMatch(/id/);
  });
});
