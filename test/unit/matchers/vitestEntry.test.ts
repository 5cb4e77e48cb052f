// The vitest setup entry, as `setupFiles` loads it: importing it registers every matcher on vitest's expect.
import { describe, expect, it } from 'vitest';
import { matchers } from '../../../src/matchers/index.js';

describe('lambda-proxy-matchers/vitest', () => {
  it('registers every matcher, usable in all forms', async () => {
    const before = Object.keys(matchers).filter((name) => name in expect);
    expect(before).toEqual([]);
    await import('../../../src/vitest.js');
    for (const name of Object.keys(matchers))
      expect(typeof (expect as unknown as Record<string, unknown>)[name]).toBe('function');

    const result = { statusCode: 201, headers: { Location: '/items/1' }, body: '{"id":1}' };
    expect(result).toHaveStatusCode(201);
    expect(result).not.toHaveStatusCode(200);
    expect(result).toHaveJsonBody({ id: 1 });
    expect({ response: result }).toEqual({ response: expect.toHaveHeader('location', '/items/1') });
    await expect(Promise.resolve(result)).resolves.toHaveStatusCode(201);
    await expect(Promise.reject(new Error('boom'))).rejects.toHaveStatusCode(502);
  });
});
