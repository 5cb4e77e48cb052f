import type {
  APIGatewayProxyEvent,
  APIGatewayProxyWithCognitoAuthorizerEvent,
  APIGatewayProxyWithLambdaAuthorizerEvent,
} from 'aws-lambda';
import type { NormalizedRequest } from './init/normalizedRequest.js';
import { normalizeInit } from './init/normalizeInit.js';
import { restRequestBody } from './init/restRequestBody.js';
import { safeMerge } from './init/safeMerge.js';
import { ACCOUNT_ID, type IamCaller, restAuthorization } from './layouts/authorizer.js';
import {
  ACCEPT,
  ACCEPT_ENCODING,
  CLOUDFRONT_IP,
  REGION,
  SOURCE_IP,
  USER_AGENT,
} from './layouts/clientDefaults.js';
import { type HeaderStyle, v1Headers } from './layouts/headerEntries.js';
import type { RequestIds } from './layouts/requestIds.js';
import type { RequestTime } from './layouts/requestTime.js';
import { v1RequestParts } from './layouts/v1RequestParts.js';
import type { ClaimsAuthorizerInit, HttpMethod, LambdaAuthorizerInit, RestEventInit } from './types.js';

interface EdgeValues {
  host: string;
  via: string;
  cfId: string;
  trace: string;
  forwardedFor: string;
}

// REST keeps the client's casing and never adds content-length (see the captures).
const HEADER_STYLE: HeaderStyle = { lowerCase: false, contentLength: 'never' };

// What an edge-optimised REST API hands the function besides the client's own headers (see the captures).
function defaultHeaders(v: EdgeValues): Record<string, string> {
  return {
    Accept: ACCEPT,
    'Accept-Encoding': ACCEPT_ENCODING,
    'CloudFront-Forwarded-Proto': 'https',
    'CloudFront-Is-Desktop-Viewer': 'true',
    'CloudFront-Is-Mobile-Viewer': 'false',
    'CloudFront-Is-SmartTV-Viewer': 'false',
    'CloudFront-Is-Tablet-Viewer': 'false',
    'CloudFront-Viewer-ASN': '16509',
    'CloudFront-Viewer-Country': 'US',
    Host: v.host,
    'User-Agent': USER_AGENT,
    Via: v.via,
    'X-Amz-Cf-Id': v.cfId,
    'X-Amzn-Trace-Id': v.trace,
    'X-Forwarded-For': v.forwardedFor,
    'X-Forwarded-Port': '443',
    'X-Forwarded-Proto': 'https',
  };
}

// The same headers as lists; written out because a literal is several times faster than a loop.
function defaultMultiValueHeaders(v: EdgeValues): Record<string, string[]> {
  return {
    Accept: [ACCEPT],
    'Accept-Encoding': [ACCEPT_ENCODING],
    'CloudFront-Forwarded-Proto': ['https'],
    'CloudFront-Is-Desktop-Viewer': ['true'],
    'CloudFront-Is-Mobile-Viewer': ['false'],
    'CloudFront-Is-SmartTV-Viewer': ['false'],
    'CloudFront-Is-Tablet-Viewer': ['false'],
    'CloudFront-Viewer-ASN': ['16509'],
    'CloudFront-Viewer-Country': ['US'],
    Host: [v.host],
    'User-Agent': [USER_AGENT],
    Via: [v.via],
    'X-Amz-Cf-Id': [v.cfId],
    'X-Amzn-Trace-Id': [v.trace],
    'X-Forwarded-For': [v.forwardedFor],
    'X-Forwarded-Port': ['443'],
    'X-Forwarded-Proto': ['https'],
  };
}

/** Exposed for the test that keeps the two default-header literals in step. */
export const restDefaultHeaders = { single: defaultHeaders, multi: defaultMultiValueHeaders };

let lastEdge: EdgeValues | undefined;
let lastIds: RequestIds | undefined;
let lastTime: RequestTime | undefined;
let lastIp: string | undefined;

// Most events share the default ids, time and client, so the derived strings are reused, not rebuilt.
function edgeValues(ids: RequestIds, time: RequestTime, clientIp: string): EdgeValues {
  if (lastEdge !== undefined && ids === lastIds && time === lastTime && clientIp === lastIp) return lastEdge;
  lastIds = ids;
  lastTime = time;
  lastIp = clientIp;
  lastEdge = {
    host: `${ids.apiId}.execute-api.${REGION}.amazonaws.com`,
    via: `1.1 ${ids.viaHost}.cloudfront.net (CloudFront)`,
    cfId: ids.cfId,
    trace: `Root=1-${time.traceHex}-${ids.traceTail}`,
    forwardedFor: `${clientIp}, ${CLOUDFRONT_IP}`,
  };
  return lastEdge;
}

function identity(
  sourceIp: string,
  userAgent: string | null,
  iam: IamCaller | undefined,
): Record<string, unknown> {
  if (iam === undefined) {
    return {
      cognitoIdentityPoolId: null,
      accountId: null,
      cognitoIdentityId: null,
      caller: null,
      sourceIp,
      principalOrgId: null,
      accessKey: null,
      cognitoAuthenticationType: null,
      cognitoAuthenticationProvider: null,
      userArn: null,
      userAgent,
      user: null,
    };
  }
  return {
    cognitoIdentityPoolId: null,
    accountId: iam.accountId,
    cognitoIdentityId: null,
    caller: iam.callerId,
    sourceIp,
    principalOrgId: iam.principalOrgId,
    accessKey: iam.accessKey,
    cognitoAuthenticationType: null,
    cognitoAuthenticationProvider: null,
    userArn: iam.userArn,
    userAgent,
    user: iam.callerId,
  };
}

function withAuthorizer(
  context: { resourceId: string },
  authorizer: Record<string, unknown>,
): Record<string, unknown> {
  const { resourceId, ...rest } = context;
  return { resourceId, authorizer, ...rest };
}

// REST keeps the client's header casing, so the Content-Type is looked up by name in any case.
function headerValue(headers: Record<string, string> | null, name: string): string | undefined {
  if (headers === null) return undefined;
  for (const key in headers) if (key.toLowerCase() === name) return headers[key];
  return undefined;
}

/** Builds the event for a method and path already taken from a shortcut, or from `init`. */
export function buildRestApiEvent(req: NormalizedRequest): APIGatewayProxyEvent {
  const { ids, time, method, path } = req;
  const clientIp = req.sourceIp ?? SOURCE_IP;
  const edge = edgeValues(ids, time, clientIp);

  const {
    headers,
    multiValueHeaders: multiHeaders,
    host,
    userAgent,
    sourceIp,
  } = v1Headers(
    req,
    HEADER_STYLE,
    defaultHeaders(edge),
    () => defaultMultiValueHeaders(edge),
    edge.host,
    clientIp,
  );

  const parts = v1RequestParts(req, false);
  const sent =
    req.binaryMediaTypes === undefined
      ? req
      : restRequestBody(req.body, req.base64, headerValue(headers, 'content-type'), req.binaryMediaTypes);
  const resource = parts.resource;
  const stage = req.stage ?? 'prod';
  const auth = req.authorizer === undefined ? undefined : restAuthorization(req);
  const dot = host.indexOf('.');
  const who = identity(sourceIp, userAgent, auth?.iam);
  const domainPrefix = dot === -1 ? host : host.slice(0, dot);

  // A literal is several times faster to create than an object built key by key; the rare authorizer, which
  // sits second in a captured context, is then spread in after resourceId.
  const context = {
    resourceId: ids.resourceId,
    resourcePath: resource,
    httpMethod: method,
    extendedRequestId: ids.shortId,
    requestTime: time.clf,
    path: `/${stage}${path}`,
    accountId: ACCOUNT_ID,
    protocol: 'HTTP/1.1',
    stage,
    domainPrefix,
    requestTimeEpoch: time.epoch,
    requestId: ids.uuid,
    identity: who,
    domainName: host,
    deploymentId: ids.deploymentId,
    apiId: ids.apiId,
  };
  const requestContext = auth?.authorizer === undefined ? context : withAuthorizer(context, auth.authorizer);

  const event = {
    resource,
    path,
    httpMethod: method,
    headers,
    multiValueHeaders: multiHeaders,
    queryStringParameters: parts.queryStringParameters,
    multiValueQueryStringParameters: parts.multiValueQueryStringParameters,
    pathParameters: parts.pathParameters,
    stageVariables: parts.stageVariables,
    requestContext,
    body: sent.body ?? null,
    isBase64Encoded: sent.base64,
  } as unknown as APIGatewayProxyEvent;
  return req.overrides === undefined ? event : safeMerge(event, req.overrides, `${req.factory}: overrides`);
}

/** Runs a shortcut (`restApi.get`) or the factory through one path. */
export function restApiEventFor(
  factory: string,
  init: unknown,
  method?: HttpMethod,
  path?: string,
  body?: unknown,
): APIGatewayProxyEvent {
  return buildRestApiEvent(normalizeInit({ factory, integration: 'rest', init, method, path, body }));
}

/**
 * The event an API Gateway REST API (Lambda proxy integration, edge-optimised) sends the handler. With an
 * `authorizer` the result is typed with it, so it fits an `APIGatewayProxyWithCognitoAuthorizerHandler`.
 *
 * @example restApiEvent({ method: 'POST', path: '/items', json: { name: 'widget' } })
 */
export function restApiEvent(
  init: RestEventInit<APIGatewayProxyWithCognitoAuthorizerEvent> & { authorizer: ClaimsAuthorizerInit },
): APIGatewayProxyWithCognitoAuthorizerEvent;
export function restApiEvent<C extends object | null>(
  init: RestEventInit<APIGatewayProxyWithLambdaAuthorizerEvent<C>> & { authorizer: LambdaAuthorizerInit<C> },
): APIGatewayProxyWithLambdaAuthorizerEvent<C>;
export function restApiEvent(init?: RestEventInit<APIGatewayProxyEvent>): APIGatewayProxyEvent;
export function restApiEvent(init?: RestEventInit<APIGatewayProxyEvent>): APIGatewayProxyEvent {
  return buildRestApiEvent(normalizeInit({ factory: 'restApiEvent', integration: 'rest', init }));
}
