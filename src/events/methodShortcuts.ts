import type { HttpMethod } from './types.js';

type EventFor<E> = (factory: string, init: unknown, method: HttpMethod, path: string, body?: unknown) => E;

/**
 * The frozen `get` … `patch` functions behind `restApi` and `httpApi`. Each passes its own name
 * (`restApi.get`) to `eventFor`, so an init error says which shortcut it came from.
 * @example methodShortcuts('restApi', restApiEventFor).get('/items')
 */
export function methodShortcuts<E>(prefix: string, eventFor: EventFor<E>) {
  const get = `${prefix}.get`;
  const head = `${prefix}.head`;
  const options = `${prefix}.options`;
  const del = `${prefix}.delete`;
  const post = `${prefix}.post`;
  const put = `${prefix}.put`;
  const patch = `${prefix}.patch`;
  return Object.freeze({
    get: (path: string, init?: unknown) => eventFor(get, init, 'GET', path),
    head: (path: string, init?: unknown) => eventFor(head, init, 'HEAD', path),
    options: (path: string, init?: unknown) => eventFor(options, init, 'OPTIONS', path),
    delete: (path: string, init?: unknown) => eventFor(del, init, 'DELETE', path),
    post: (path: string, body?: unknown, init?: unknown) => eventFor(post, init, 'POST', path, body),
    put: (path: string, body?: unknown, init?: unknown) => eventFor(put, init, 'PUT', path, body),
    patch: (path: string, body?: unknown, init?: unknown) => eventFor(patch, init, 'PATCH', path, body),
  });
}
