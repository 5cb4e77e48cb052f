import { normalizeInit } from './init/normalizeInit.js';
import { decodedPath } from './init/requestPath.js';
import { safeMerge } from './init/safeMerge.js';
import { ACCOUNT_ID, httpV1Authorization } from './layouts/authorizer.js';
import { type GatewayValues, httpApiHeaders } from './layouts/buildPayloadV2.js';
import { ACCEPT, ACCEPT_ENCODING, REGION, SOURCE_IP, USER_AGENT } from './layouts/clientDefaults.js';
import { type HeaderStyle, v1Headers } from './layouts/headerEntries.js';
import { v1RequestParts } from './layouts/v1RequestParts.js';
import type { EventInit, HttpApiV1Event } from './types.js';

const HEADER_STYLE: HeaderStyle = { lowerCase: true, contentLength: 'always' };

// httpApiHeaders as lists; written out because a literal is several times faster than a loop.
function defaultMultiValueHeaders(v: GatewayValues): Record<string, string[]> {
  return {
    accept: [ACCEPT],
    'accept-encoding': [ACCEPT_ENCODING],
    'content-length': ['0'],
    host: [v.host],
    'user-agent': [USER_AGENT],
    'x-amzn-trace-id': [v.trace],
    'x-forwarded-for': [v.sourceIp],
    'x-forwarded-port': ['443'],
    'x-forwarded-proto': ['https'],
  };
}

/** Exposed for the test that keeps the two default-header literals in step. */
export const httpApiV1DefaultHeaders = { single: httpApiHeaders, multi: defaultMultiValueHeaders };

/**
 * The event an API Gateway HTTP API sends with payload format 1.0: the REST layout plus `version: '1.0'`,
 * lower-case headers, `resourceId: null` and `authorizer: { claims: null, scopes: null }` without a JWT
 * authorizer, as the API Gateway guide documents it (no clean capture of this format exists).
 *
 * @example httpApiV1Event({ method: 'GET', path: '/items?limit=10' })
 */
export function httpApiV1Event(init?: EventInit<HttpApiV1Event>): HttpApiV1Event {
  const given = normalizeInit({ factory: 'httpApiV1Event', integration: 'http-1.0', init });
  // An HTTP API decodes the path before it routes and passes it on (E-P3): every field below sees it decoded.
  const decoded = decodedPath(given.factory, given.path);
  const req = decoded === given.path ? given : { ...given, path: decoded };
  const { ids, time, method } = req;
  const host = `${ids.apiId}.execute-api.${REGION}.amazonaws.com`;
  const gateway: GatewayValues = {
    host,
    trace: `Root=1-${time.traceHex}-${ids.traceTail}`,
    sourceIp: req.sourceIp ?? SOURCE_IP,
  };

  const {
    headers,
    multiValueHeaders: multiHeaders,
    host: domainName,
    userAgent,
    sourceIp,
  } = v1Headers(
    req,
    HEADER_STYLE,
    httpApiHeaders(gateway),
    () => defaultMultiValueHeaders(gateway),
    host,
    gateway.sourceIp,
  );

  const stage = req.stage ?? '$default';
  // HTTP APIs leave a named stage in the path they pass on (rawPath in 2.0); 1.0 is assumed to do the same.
  const path = stage === '$default' ? req.path : `/${stage}${req.path}`;
  const parts = v1RequestParts(req, true);
  const resource = parts.resource;
  const auth = httpV1Authorization(req);
  const iam = auth.iam;
  const dot = domainName.indexOf('.');
  const event = {
    version: '1.0',
    resource,
    path,
    httpMethod: method,
    headers,
    multiValueHeaders: multiHeaders,
    queryStringParameters: parts.queryStringParameters,
    multiValueQueryStringParameters: parts.multiValueQueryStringParameters,
    requestContext: {
      accountId: ACCOUNT_ID,
      apiId: ids.apiId,
      authorizer: auth.authorizer,
      domainName,
      domainPrefix: dot === -1 ? domainName : domainName.slice(0, dot),
      extendedRequestId: ids.shortId,
      httpMethod: method,
      identity: {
        accessKey: iam === undefined ? null : iam.accessKey,
        accountId: iam === undefined ? null : iam.accountId,
        caller: iam === undefined ? null : iam.callerId,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: iam === undefined ? null : iam.principalOrgId,
        sourceIp,
        user: iam === undefined ? null : iam.callerId,
        userAgent,
        userArn: iam === undefined ? null : iam.userArn,
      },
      path,
      protocol: 'HTTP/1.1',
      requestId: ids.shortId,
      requestTime: time.clf,
      requestTimeEpoch: time.epoch,
      resourceId: null,
      resourcePath: resource,
      stage,
    },
    pathParameters: parts.pathParameters,
    stageVariables: parts.stageVariables,
    body: req.body ?? null,
    isBase64Encoded: req.base64,
  } as unknown as HttpApiV1Event;
  return req.overrides === undefined ? event : safeMerge(event, req.overrides, 'httpApiV1Event: overrides');
}
