import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyEventV2WithIAMAuthorizer,
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyEventV2WithLambdaAuthorizer,
} from 'aws-lambda';
import { normalizeInit } from './init/normalizeInit.js';
import { buildPayloadV2 } from './layouts/buildPayloadV2.js';
import type {
  ClaimsAuthorizerInit,
  EventInit,
  HttpApiEventShape,
  HttpMethod,
  IamAuthorizerInit,
  LambdaAuthorizerInit,
} from './types.js';

/** Runs a shortcut (`httpApi.get`) or the factory through one path. */
export function httpApiEventFor(
  factory: string,
  init: unknown,
  method?: HttpMethod,
  path?: string,
  body?: unknown,
): APIGatewayProxyEventV2 {
  const req = normalizeInit({ factory, integration: 'http-2.0', init, method, path, body });
  return buildPayloadV2(req, false) as unknown as APIGatewayProxyEventV2;
}

/**
 * The event an API Gateway HTTP API (payload format 2.0) sends the handler. With an `authorizer` the
 * result is typed with it, so it fits a `APIGatewayProxyHandlerV2WithJWTAuthorizer` and the like.
 *
 * @example httpApiEvent({ method: 'GET', path: '/items/42', route: '/items/{id}' })
 */
export function httpApiEvent(
  init: EventInit<HttpApiEventShape> & { authorizer: ClaimsAuthorizerInit },
): APIGatewayProxyEventV2WithJWTAuthorizer;
export function httpApiEvent<C extends object | null>(
  init: EventInit<HttpApiEventShape> & { authorizer: LambdaAuthorizerInit<C> },
): APIGatewayProxyEventV2WithLambdaAuthorizer<C>;
export function httpApiEvent(
  init: EventInit<HttpApiEventShape> & { authorizer: IamAuthorizerInit },
): APIGatewayProxyEventV2WithIAMAuthorizer;
export function httpApiEvent(init?: EventInit<HttpApiEventShape>): APIGatewayProxyEventV2;
export function httpApiEvent(init?: EventInit<HttpApiEventShape>): APIGatewayProxyEventV2 {
  return httpApiEventFor('httpApiEvent', init);
}
