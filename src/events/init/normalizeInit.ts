import { defaultRequestIds, requestIds } from '../layouts/requestIds.js';
import { requestTime } from '../layouts/requestTime.js';
import type { HttpMethod } from '../types.js';
import { checkInitFields } from './checkInitFields.js';
import { cookieList } from './cookieList.js';
import { encodeQuery } from './encodeQuery.js';
import { failInit } from './eventInitError.js';
import { headerList } from './headerList.js';
import type { EventIntegration, NormalizedRequest } from './normalizedRequest.js';
import { plainFields } from './plainFields.js';
import { requestBody } from './requestBody.js';
import { requestMethod } from './requestMethod.js';
import { requestPath } from './requestPath.js';
import { binaryMediaTypesInit } from './restRequestBody.js';
import { sourceIp } from './sourceIp.js';
import { stageName } from './stageName.js';
import { stringMap } from './stringMap.js';

/** One factory call: which factory, for which integration, with what init and shortcut arguments. */
export interface InitCall {
  /** The name errors start with: `restApiEvent`, `restApi.get`, … */
  factory: string;
  integration: EventIntegration;
  /** The init as the caller passed it, unchecked. */
  init: unknown;
  /** A shortcut's method (`restApi.post`); then `path` is its path argument and `body` its body argument. */
  method?: HttpMethod | undefined;
  path?: unknown;
  body?: unknown;
}

const NO_INIT: Record<string, unknown> = Object.freeze({});

/**
 * Checks an init field by field and brings it to one form for a builder to lay out. Each field has its own
 * checker in this folder; this only decides the order and joins the results.
 * @example normalizeInit({ factory: 'restApi.get', integration: 'rest', init: undefined, method: 'GET', path: '/items' })
 */
export function normalizeInit(call: InitCall): NormalizedRequest {
  const { factory, integration } = call;
  const init = call.init === undefined ? NO_INIT : checkInitFields(factory, integration, call.init);
  const shortcut = call.method;
  const method = requestMethod(factory, init.method, shortcut);

  // A shortcut must get its path argument; the factories default to '/'.
  let path = requestPath(factory, shortcut === undefined ? (init.path ?? '/') : call.path);
  if (shortcut !== undefined && init.path !== undefined) {
    failInit(factory, 'init.path repeats the path argument; drop init.path');
  }
  let rawQuery = '';
  const q = path.indexOf('?');
  if (q !== -1) {
    rawQuery = path.slice(q + 1);
    path = path.slice(0, q);
  }
  if (init.query !== undefined) rawQuery = encodeQuery(factory, rawQuery, init.query);

  const { body, base64, impliedContentType } = requestBody(factory, init.body, init.json, call.body);
  const stage = stageName(factory, integration, init.stage);
  const ip = sourceIp(factory, init.sourceIp);
  const { route, authorizer, multiValue, seed, overrides } = plainFields(factory, init);

  return {
    factory,
    method,
    path,
    rawQuery,
    headers: init.headers === undefined ? undefined : headerList(factory, init.headers),
    cookies: init.cookies === undefined ? undefined : cookieList(factory, init.cookies),
    body,
    base64,
    impliedContentType,
    route,
    pathParameters: stringMap(factory, 'pathParameters', init.pathParameters),
    stage,
    stageVariables: stringMap(factory, 'stageVariables', init.stageVariables),
    sourceIp: ip,
    authorizer,
    multiValue,
    time: requestTime(factory, init.time),
    ids: seed === undefined ? defaultRequestIds() : requestIds(seed),
    overrides,
    binaryMediaTypes: binaryMediaTypesInit(factory, init.binaryMediaTypes),
  };
}
