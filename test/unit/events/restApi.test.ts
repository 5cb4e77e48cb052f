import { describe, expect, it } from 'vitest';
import { restApi } from '../../../src/events/restApi.js';
import { restApiEvent } from '../../../src/events/restApiEvent.js';

describe('restApi shortcuts', () => {
  it.each([
    ['get', 'GET'],
    ['head', 'HEAD'],
    ['options', 'OPTIONS'],
    ['delete', 'DELETE'],
  ] as const)('restApi.%s(path, init) is restApiEvent with that method', (name, method) => {
    const init = { query: { a: '1' }, headers: { 'X-A': 'b' } };
    expect(restApi[name]('/items/1', init)).toEqual(restApiEvent({ ...init, method, path: '/items/1' }));
  });

  it.each([
    ['post', 'POST'],
    ['put', 'PUT'],
    ['patch', 'PATCH'],
  ] as const)(
    'restApi.%s(path, body) sends objects as JSON and strings or bytes as they are',
    (name, method) => {
      expect(restApi[name]('/items', { name: 'w' })).toEqual(
        restApiEvent({ method, path: '/items', json: { name: 'w' } }),
      );
      expect(restApi[name]('/items', { name: 'w' }).headers['Content-Type']).toBe('application/json');
      expect(restApi[name]('/items', 'a=b').body).toBe('a=b');
      expect(restApi[name]('/items', 'a=b').headers['Content-Type']).toBeUndefined();
      expect(restApi[name]('/items', new Uint8Array([1])).isBase64Encoded).toBe(true);
      expect(restApi[name]('/items', 42).body).toBe('42');
      expect(restApi[name]('/items').body).toBeNull();
    },
  );

  it('names the shortcut in its errors', () => {
    expect(() => restApi.patch('items')).toThrow(/^restApi\.patch: path must start with '\/'/);
  });

  it('cannot be changed', () => {
    expect(Object.isFrozen(restApi)).toBe(true);
  });
});
