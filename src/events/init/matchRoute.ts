import type { HttpMethod } from '../types.js';
import { describe, failInit } from './eventInitError.js';

/** A route as API Gateway keys it: an optional method (`ANY` included) and a path template. */
export interface Route {
  /** `GET`, `ANY`, …, or `undefined` when the init gave only a template. */
  method: string | undefined;
  /** `/items/{id}`; `$default` for the HTTP API default route. */
  template: string;
  /** Path parameters read from the request path; `undefined` when the template has none. */
  parameters: Record<string, string> | undefined;
}

const ROUTE = /^(?:(ANY|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) +)?(\/\S*)$/;
const PARAM = /^\{([A-Za-z0-9._-]+)(\+?)\}$/;

function define(target: Record<string, string>, key: string, value: string): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * Parses `route` and reads its parameters from `path`; `matchRoute(f, 'GET', '/items/42', '/items/{id}')`
 * → `{ method: undefined, template: '/items/{id}', parameters: { id: '42' } }`. Throws when the path
 * cannot reach that route, since API Gateway would never have invoked the function with it.
 */
export function matchRoute(
  factory: string,
  method: HttpMethod,
  path: string,
  route: string,
  allowDefault: boolean,
): Route {
  if (route === '$default') {
    if (!allowDefault)
      failInit(
        factory,
        "route '$default' is an HTTP API route; a REST API resource is a path such as '/{proxy+}'",
      );
    return { method: undefined, template: '$default', parameters: undefined };
  }
  const m = ROUTE.exec(route);
  if (m === null) {
    failInit(
      factory,
      `route must be a path template such as '/items/{id}' or 'GET /items/{id}'; got ${describe(route)}`,
    );
  }
  const routeMethod = m[1];
  const template = m[2] as string;
  if (routeMethod !== undefined && routeMethod !== 'ANY' && routeMethod !== method) {
    failInit(factory, `route '${route}' only receives ${routeMethod} requests, but the method is ${method}`);
  }

  const wanted = template.split('/');
  const given = path.split('/');
  let parameters: Record<string, string> | undefined;
  for (let i = 1; i < wanted.length; i++) {
    const segment = wanted[i] as string;
    const param = PARAM.exec(segment);
    if (param === null) {
      if (segment.includes('{') || segment.includes('}')) {
        failInit(
          factory,
          `route segment '${segment}' must be a whole {name} or {name+}; API Gateway has no partial parameters`,
        );
      }
      if (given[i] !== segment) failInit(factory, `path '${path}' does not match route '${route}'`);
      continue;
    }
    const name = param[1] as string;
    if (parameters === undefined) parameters = {};
    if (param[2] === '+') {
      if (i !== wanted.length - 1)
        failInit(factory, `route '${route}': a greedy {${name}+} must be the last segment`);
      const rest = given.slice(i).join('/');
      if (rest === '')
        failInit(
          factory,
          `path '${path}' does not match route '${route}': {${name}+} needs at least one segment`,
        );
      define(parameters, name, rest);
      return { method: routeMethod, template, parameters };
    }
    const value = given[i];
    if (value === undefined || value === '')
      failInit(factory, `path '${path}' does not match route '${route}': {${name}} is empty`);
    define(parameters, name, value);
  }
  if (given.length !== wanted.length) failInit(factory, `path '${path}' does not match route '${route}'`);
  return { method: routeMethod, template, parameters };
}

/**
 * The route's parameters with the caller's `pathParameters` laid over them; `undefined` when none are left.
 * @example mergePathParameters({ id: '42' }, { lang: 'en' }) // { id: '42', lang: 'en' }
 */
export function mergePathParameters(
  fromRoute: Record<string, string> | undefined,
  given: Record<string, string> | undefined,
): Record<string, string> | undefined {
  if (given === undefined) return fromRoute;
  const merged = { ...fromRoute, ...given };
  return Object.keys(merged).length === 0 ? undefined : merged;
}
