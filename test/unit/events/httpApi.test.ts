import { describe, expect, it } from 'vitest';
import { httpApi } from '../../../src/events/httpApi.js';
import { httpApiEvent } from '../../../src/events/httpApiEvent.js';

describe('httpApi shortcuts', () => {
  it.each([
    ['get', 'GET'],
    ['head', 'HEAD'],
    ['options', 'OPTIONS'],
    ['delete', 'DELETE'],
  ] as const)('httpApi.%s(path, init) is httpApiEvent with that method', (name, method) => {
    const init = { route: '/items/{id}', cookies: ['a=1'] };
    expect(httpApi[name]('/items/1', init)).toEqual(httpApiEvent({ ...init, method, path: '/items/1' }));
  });

  it.each([
    ['post', 'POST'],
    ['put', 'PUT'],
    ['patch', 'PATCH'],
  ] as const)(
    'httpApi.%s(path, body) sends objects as JSON and strings or bytes as they are',
    (name, method) => {
      expect(httpApi[name]('/items', [1, 2])).toEqual(httpApiEvent({ method, path: '/items', json: [1, 2] }));
      expect(httpApi[name]('/items', null).body).toBe('null');
      expect(httpApi[name]('/items', 'text').body).toBe('text');
      expect(httpApi[name]('/items')).not.toHaveProperty('body');
    },
  );

  it('names the shortcut in its errors', () => {
    expect(() => httpApi.get('/x', { multiValue: true } as never)).toThrow(
      /^httpApi\.get: multiValue does not exist for HTTP APIs/,
    );
  });
});
