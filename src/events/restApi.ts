import type {
  APIGatewayProxyEvent,
  APIGatewayProxyWithCognitoAuthorizerEvent,
  APIGatewayProxyWithLambdaAuthorizerEvent,
} from 'aws-lambda';
import { methodShortcuts } from './methodShortcuts.js';
import { restApiEventFor } from './restApiEvent.js';
import type { ClaimsAuthorizerInit, EventInit, LambdaAuthorizerInit } from './types.js';

/** An init for a shortcut, which fixes the method and path itself. */
export type ShortcutInit<E> = Omit<EventInit<E>, 'method' | 'path'>;

type CognitoEvent = APIGatewayProxyWithCognitoAuthorizerEvent;
type LambdaEvent<C> = APIGatewayProxyWithLambdaAuthorizerEvent<C>;

/** `restApi.get(path, init?)`: a request without a body argument. */
export interface RestApiRequest {
  (path: string, init: ShortcutInit<CognitoEvent> & { authorizer: ClaimsAuthorizerInit }): CognitoEvent;
  <C extends object | null>(
    path: string,
    init: ShortcutInit<LambdaEvent<C>> & { authorizer: LambdaAuthorizerInit<C> },
  ): LambdaEvent<C>;
  (path: string, init?: ShortcutInit<APIGatewayProxyEvent>): APIGatewayProxyEvent;
}

/** `restApi.post(path, body?, init?)`: a string or bytes body is sent as is, anything else as JSON. */
export interface RestApiRequestWithBody {
  (
    path: string,
    body: unknown,
    init: ShortcutInit<CognitoEvent> & { authorizer: ClaimsAuthorizerInit },
  ): CognitoEvent;
  <C extends object | null>(
    path: string,
    body: unknown,
    init: ShortcutInit<LambdaEvent<C>> & { authorizer: LambdaAuthorizerInit<C> },
  ): LambdaEvent<C>;
  (path: string, body?: unknown, init?: ShortcutInit<APIGatewayProxyEvent>): APIGatewayProxyEvent;
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
