import type { HttpMethod } from '../types.js';
import { describe, failInit } from './eventInitError.js';

// Null prototype, so 'constructor' or 'toString' as a method finds nothing.
const METHODS: Record<string, HttpMethod> = Object.assign(Object.create(null), {
  GET: 'GET',
  POST: 'POST',
  PUT: 'PUT',
  PATCH: 'PATCH',
  DELETE: 'DELETE',
  HEAD: 'HEAD',
  OPTIONS: 'OPTIONS',
  get: 'GET',
  post: 'POST',
  put: 'PUT',
  patch: 'PATCH',
  delete: 'DELETE',
  head: 'HEAD',
  options: 'OPTIONS',
});

/**
 * The request's method: the shortcut's (`restApi.post`) when there is one, which `init.method` may repeat
 * but not contradict; else `init.method` in any case; else GET.
 * @example requestMethod('restApiEvent', 'post', undefined) // 'POST'
 */
export function requestMethod(factory: string, given: unknown, shortcut: HttpMethod | undefined): HttpMethod {
  if (shortcut !== undefined) {
    if (given !== undefined && METHODS[String(given).toUpperCase()] !== shortcut) {
      failInit(
        factory,
        `init.method ${describe(given)} contradicts the shortcut's ${shortcut}; drop init.method`,
      );
    }
    return shortcut;
  }
  if (given === undefined) return 'GET';
  const method = typeof given === 'string' ? (METHODS[given] ?? METHODS[given.toUpperCase()]) : undefined;
  if (method === undefined) {
    failInit(
      factory,
      `method ${describe(given)} is not one the front ends pass on; use GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS`,
    );
  }
  return method;
}
