import type {
  APIGatewayProxyEvent,
  APIGatewayProxyWithCognitoAuthorizerEvent,
  APIGatewayProxyWithLambdaAuthorizerEvent,
} from 'aws-lambda';
import { methodShortcuts } from './methodShortcuts.js';
import { restApiEventFor } from './restApiEvent.js';
import type { ClaimsAuthorizerInit, EventInit, LambdaAuthorizerInit, RestEventInit } from './types.js';

/** An init for a shortcut, which fixes the method and path itself. */
export type ShortcutInit<E> = Omit<EventInit<E>, 'method' | 'path'>;

/** A REST shortcut's init, which may also give the API's binaryMediaTypes. */
type RestShortcutInit<E> = Omit<RestEventInit<E>, 'method' | 'path'>;

type CognitoEvent = APIGatewayProxyWithCognitoAuthorizerEvent;
type LambdaEvent<C> = APIGatewayProxyWithLambdaAuthorizerEvent<C>;

/** `restApi.get(path, init?)`: a request without a body argument. */
export interface RestApiRequest {
  (path: string, init: RestShortcutInit<CognitoEvent> & { authorizer: ClaimsAuthorizerInit }): CognitoEvent;
  <C extends object | null>(
    path: string,
    init: RestShortcutInit<LambdaEvent<C>> & { authorizer: LambdaAuthorizerInit<C> },
  ): LambdaEvent<C>;
  (path: string, init?: RestShortcutInit<APIGatewayProxyEvent>): APIGatewayProxyEvent;
}

/** `restApi.post(path, body?, init?)`: a string or bytes body is sent as is, anything else as JSON. */
export interface RestApiRequestWithBody {
  (
    path: string,
    body: unknown,
    init: RestShortcutInit<CognitoEvent> & { authorizer: ClaimsAuthorizerInit },
  ): CognitoEvent;
  <C extends object | null>(
    path: string,
    body: unknown,
    init: RestShortcutInit<LambdaEvent<C>> & { authorizer: LambdaAuthorizerInit<C> },
  ): LambdaEvent<C>;
  (path: string, body?: unknown, init?: RestShortcutInit<APIGatewayProxyEvent>): APIGatewayProxyEvent;
}

export interface RestApiShortcuts {
  get: RestApiRequest;
  head: RestApiRequest;
  options: RestApiRequest;
  delete: RestApiRequest;
  post: RestApiRequestWithBody;
  put: RestApiRequestWithBody;
  patch: RestApiRequestWithBody;
}

/**
 * One-call REST API events per method.
 *
 * @example restApi.post('/items', { name: 'widget' }, { headers: { authorization: 'Bearer t' } })
 */
export const restApi: RestApiShortcuts = methodShortcuts('restApi', restApiEventFor) as RestApiShortcuts;
