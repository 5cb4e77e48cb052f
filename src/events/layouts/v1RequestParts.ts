import { matchRoute, mergePathParameters } from '../init/matchRoute.js';
import type { NormalizedRequest } from '../init/normalizedRequest.js';
import { lastValueMap, multiValueMap, splitQuery } from '../init/queryString.js';
import { stageVariablesCopy } from './stageVariablesCopy.js';

/** The fields REST and HTTP API payload 1.0 read from a request the same way; `null` where there is none. */
export interface V1RequestParts {
  /** The route template, or the path itself when no route is given. */
  resource: string;
  pathParameters: Record<string, string> | null;
  queryStringParameters: Record<string, string> | null;
  multiValueQueryStringParameters: Record<string, string[]> | null;
  stageVariables: Record<string, string> | null;
}

/**
 * The resource, path parameters, query maps and stage variables of a payload 1.0 event; `allowDefault` lets
 * an HTTP API's `$default` route through, which REST has no equivalent of.
 * @example v1RequestParts(req, false).resource // '/items/{id}'
 */
export function v1RequestParts(req: NormalizedRequest, allowDefault: boolean): V1RequestParts {
  let resource = req.path;
  let pathParameters: Record<string, string> | undefined;
  if (req.route !== undefined) {
    const route = matchRoute(req.factory, req.method, req.path, req.route, allowDefault);
    resource = route.template;
    pathParameters = route.parameters;
  }
  pathParameters = mergePathParameters(pathParameters, req.pathParameters);
  const pairs = req.rawQuery === '' ? undefined : splitQuery(req.rawQuery, true);
  return {
    resource,
    pathParameters: pathParameters ?? null,
    queryStringParameters: pairs === undefined ? null : lastValueMap(pairs),
    multiValueQueryStringParameters: pairs === undefined ? null : multiValueMap(pairs),
    stageVariables: stageVariablesCopy(req.stageVariables) ?? null,
  };
}
