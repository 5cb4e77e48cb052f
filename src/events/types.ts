import type {
  APIGatewayEventRequestContextIAMAuthorizer,
  APIGatewayEventRequestContextJWTAuthorizer,
  APIGatewayEventRequestContextV2,
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2WithRequestContext,
  Context,
} from 'aws-lambda';
import type { NodeRuntime } from '../internal/nodeRuntimes.js';

/** The methods API Gateway, ALB and function URLs pass to a handler. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

/** One header: a string, or several values when the client sent the header more than once. */
export type HeaderValue = string | readonly string[];

/** Request headers as the client sends them; `undefined` removes a header the factory would add. */
export interface HeadersInit {
  readonly [name: string]: HeaderValue | undefined;
}

/** A query-string value; numbers and booleans are written as text, an array repeats the key. */
export type QueryValue = string | number | boolean | readonly (string | number | boolean)[];

/** Query parameters, decoded (the factory encodes them as a client would). */
export interface QueryInit {
  readonly [name: string]: QueryValue | undefined;
}

/** Cookies the client sends: `{ session: 'abc' }` or `['session=abc']`. */
export type CookiesInit = { readonly [name: string]: string } | readonly string[];

/** Token claims as the identity provider issued them (numbers stay numbers; each front end writes them its way). */
export interface ClaimsInit {
  readonly [claim: string]: string | number | boolean | readonly string[];
}

/** The caller of an IAM-authorised request; every field has a plausible default. */
export interface IamInit {
  accessKey?: string | undefined;
  accountId?: string | undefined;
  callerId?: string | undefined;
  userArn?: string | undefined;
  userId?: string | undefined;
  principalOrgId?: string | null | undefined;
}

/** A Cognito user pool authorizer (REST) or JWT authorizer (HTTP APIs): the token's claims and scopes. */
export type ClaimsAuthorizerInit =
  | { claims: ClaimsInit; scopes?: readonly string[] | null | undefined }
  | { jwt: { claims: ClaimsInit; scopes?: readonly string[] | null | undefined } };

/** A Lambda authorizer: the context it returned (`null` for none) and, on REST, its principal. */
export interface LambdaAuthorizerInit<C extends object | null = { readonly [key: string]: unknown } | null> {
  lambda: C;
  principalId?: string | undefined;
  integrationLatency?: number | undefined;
}

/** AWS_IAM (SigV4) authorization, the only kind a function URL has; `{ iam: {} }` takes every default. */
export interface IamAuthorizerInit {
  iam: IamInit;
}

/** What authorised the request: claims (Cognito/JWT), a Lambda authorizer's context, or IAM. */
export type AuthorizerInit = ClaimsAuthorizerInit | LambdaAuthorizerInit | IamAuthorizerInit;

/**
 * Every key optional, recursively; arrays and functions are replaced whole. `undefined` deletes a key,
 * so `{ requestContext: { authorizer: undefined } }` removes the authorizer.
 */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
      : T;

/**
 * The one request description every factory takes. Fields a front end cannot express (a stage on an ALB,
 * path parameters on a function URL) are rejected with an error rather than dropped.
 */
export interface EventInit<E = unknown> {
  /** `GET` (default), `POST`, … in any case. */
  method?: HttpMethod | Lowercase<HttpMethod> | undefined;
  /** The request path, starting with `/`; may carry `?query`, kept verbatim. Default `/`. */
  path?: string | undefined;
  /** Query parameters added after any `?query` in `path`. */
  query?: QueryInit | undefined;
  headers?: HeadersInit | undefined;
  cookies?: CookiesInit | undefined;
  /** The raw body; bytes are sent base64 with `isBase64Encoded: true`. */
  body?: string | Uint8Array | undefined;
  /** A value sent as a JSON body with `content-type: application/json`. */
  json?: unknown;
  /** The route template, e.g. `/items/{id}` or `ANY /{proxy+}`; fills `resource`/`routeKey` and `pathParameters`. */
  route?: string | undefined;
  /** Path parameters, merged over those read from `path` by `route`. */
  pathParameters?: { readonly [name: string]: string } | undefined;
  /** The API Gateway stage: default `prod` for REST, `$default` for HTTP APIs. */
  stage?: string | undefined;
  stageVariables?: { readonly [name: string]: string } | undefined;
  /** The client's IPv4 or IPv6 address. */
  sourceIp?: string | undefined;
  authorizer?: AuthorizerInit | undefined;
  /** ALB only: the target group has `lambda.multi_value_headers.enabled`. */
  multiValue?: boolean | undefined;
  /** When the request arrived (default: a fixed instant, so events are reproducible). */
  time?: Date | number | string | undefined;
  /** Seeds the request ids, API id and trace ids (default: one fixed set). */
  seed?: number | string | undefined;
  /** A deep partial of the event, merged last and verbatim. */
  overrides?: DeepPartial<E> | undefined;
}

/** A REST event's init: every EventInit field, plus the API setting that decides how a body arrives. */
export interface RestEventInit<E = unknown> extends EventInit<E> {
  /**
   * The API's binaryMediaTypes. Given, a body arrives base64 only when its Content-Type matches one (text too:
   * `['*\/*']` makes a JSON body base64), and bytes that match none arrive as UTF-8 text with U+FFFD where
   * they are not UTF-8. Absent, bytes are sent base64 as if the API were configured for them.
   */
  binaryMediaTypes?: readonly string[] | undefined;
}

/** An HTTP API payload 1.0 event: the REST shape plus `version: '1.0'`. */
export type HttpApiV1Event = APIGatewayProxyEvent & { version: '1.0' };

/** A 2.0 event whose request context may carry any of the authorizers @types/aws-lambda types separately. */
export type HttpApiEventShape = APIGatewayProxyEventV2WithRequestContext<
  APIGatewayEventRequestContextV2 & {
    authorizer?:
      | APIGatewayEventRequestContextJWTAuthorizer
      | APIGatewayEventRequestContextIAMAuthorizer
      | { lambda: { [key: string]: unknown } | null };
  }
>;

/** `lambdaContext()` options: any `Context` field verbatim, plus how to build the rest. */
export interface LambdaContextInit extends Partial<Context> {
  /** The function's configured timeout, from which `getRemainingTimeInMillis()` counts down. Default 3000. */
  timeoutMs?: number | undefined;
  /** The clock `getRemainingTimeInMillis()` reads (default `Date.now`, read on each call so fake timers work). */
  now?: (() => number) | undefined;
  region?: string | undefined;
  accountId?: string | undefined;
  /** Seeds `awsRequestId` and the log stream name. */
  seed?: number | string | undefined;
  /**
   * The Node.js runtime whose context to build. Default: `configure()`'s, else `'nodejs24.x'`, whose context
   * has no `callbackWaitsForEmptyEventLoop`, `succeed`, `fail` or `done` but carries `xRayTraceId`.
   */
  runtime?: NodeRuntime | undefined;
  /** The X-Ray trace header of the invocation (nodejs24.x puts it on the context; undefined without tracing). */
  xRayTraceId?: string | undefined;
}
