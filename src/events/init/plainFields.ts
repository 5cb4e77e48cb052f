import { isPlainObject } from '../../internal/isPlainObject.js';
import type { AuthorizerInit } from '../types.js';
import { describe, failInit } from './eventInitError.js';

/** The init fields that need only a type check here; the builders read their meaning. */
export interface PlainFields {
  route: string | undefined;
  authorizer: AuthorizerInit | undefined;
  multiValue: boolean;
  seed: number | string | undefined;
  overrides: Record<string, unknown> | undefined;
}

/**
 * Checks `route`, `authorizer`, `multiValue`, `seed` and `overrides` by type: the route's syntax is
 * matchRoute's job and the authorizer's shape the authorizer layout's, where the front end is known.
 * @example plainFields('albEvent', { multiValue: true }).multiValue // true
 */
export function plainFields(factory: string, init: Record<string, unknown>): PlainFields {
  const { route, authorizer, multiValue, seed, overrides } = init;
  if (route !== undefined && typeof route !== 'string') {
    failInit(factory, `route must be a string such as '/items/{id}'; got ${describe(route)}`);
  }
  if (authorizer !== undefined && !isPlainObject(authorizer)) {
    failInit(
      factory,
      `authorizer must be an object such as { claims: { sub: 'user-1' } }; got ${describe(authorizer)}`,
    );
  }
  if (multiValue !== undefined && typeof multiValue !== 'boolean') {
    failInit(factory, `multiValue must be true or false; got ${describe(multiValue)}`);
  }
  if (seed !== undefined && typeof seed !== 'number' && typeof seed !== 'string') {
    failInit(factory, `seed must be a number or a string; got ${describe(seed)}`);
  }
  if (overrides !== undefined && !isPlainObject(overrides)) {
    failInit(factory, `overrides must be a plain object shaped like the event; got ${describe(overrides)}`);
  }
  return {
    route,
    authorizer: authorizer as AuthorizerInit | undefined,
    multiValue: multiValue === true,
    seed,
    overrides,
  };
}
