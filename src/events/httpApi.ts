import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyEventV2WithIAMAuthorizer,
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyEventV2WithLambdaAuthorizer,
} from 'aws-lambda';
import { httpApiEventFor } from './httpApiEvent.js';
import { methodShortcuts } from './methodShortcuts.js';
import type { ShortcutInit } from './restApi.js';
import type {
  ClaimsAuthorizerInit,
  HttpApiEventShape,
  IamAuthorizerInit,
  LambdaAuthorizerInit,
} from './types.js';

type Init = ShortcutInit<HttpApiEventShape>;

/** `httpApi.get(path, init?)`: a request without a body argument. */
export interface HttpApiRequest {
  (path: string, init: Init & { authorizer: ClaimsAuthorizerInit }): APIGatewayProxyEventV2WithJWTAuthorizer;
  <C extends object | null>(
    path: string,
    init: Init & { authorizer: LambdaAuthorizerInit<C> },
  ): APIGatewayProxyEventV2WithLambdaAuthorizer<C>;
  (path: string, init: Init & { authorizer: IamAuthorizerInit }): APIGatewayProxyEventV2WithIAMAuthorizer;
  (path: string, init?: Init): APIGatewayProxyEventV2;
}

/** `httpApi.post(path, body?, init?)`: a string or bytes body is sent as is, anything else as JSON. */
export interface HttpApiRequestWithBody {
  (
    path: string,
    body: unknown,
    init: Init & { authorizer: ClaimsAuthorizerInit },
  ): APIGatewayProxyEventV2WithJWTAuthorizer;
  <C extends object | null>(
    path: string,
    body: unknown,
    init: Init & { authorizer: LambdaAuthorizerInit<C> },
  ): APIGatewayProxyEventV2WithLambdaAuthorizer<C>;
  (
    path: string,
    body: unknown,
    init: Init & { authorizer: IamAuthorizerInit },
  ): APIGatewayProxyEventV2WithIAMAuthorizer;
  (path: string, body?: unknown, init?: Init): APIGatewayProxyEventV2;
}

export interface HttpApiShortcuts {
  get: HttpApiRequest;
  head: HttpApiRequest;
  options: HttpApiRequest;
  delete: HttpApiRequest;
  post: HttpApiRequestWithBody;
  put: HttpApiRequestWithBody;
  patch: HttpApiRequestWithBody;
}

/**
 * One-call HTTP API (payload 2.0) events per method.
 *
 * @example httpApi.get('/items/42', { route: '/items/{id}' }).pathParameters // { id: '42' }
 */
export const httpApi: HttpApiShortcuts = methodShortcuts('httpApi', httpApiEventFor) as HttpApiShortcuts;
