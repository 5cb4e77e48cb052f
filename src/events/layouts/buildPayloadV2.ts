import { matchRoute, mergePathParameters } from '../init/matchRoute.js';
import type { NormalizedRequest } from '../init/normalizedRequest.js';
import { joinedValueMap, splitQuery } from '../init/queryString.js';
import { decodedPath } from '../init/requestPath.js';
import { safeMerge } from '../init/safeMerge.js';
import { ACCOUNT_ID, httpV2Authorization } from './authorizer.js';
import { ACCEPT, ACCEPT_ENCODING, REGION, SOURCE_IP, USER_AGENT } from './clientDefaults.js';
import {
  forwardedSourceIp,
  type HeaderStyle,
  headerEntries,
  joinedHeaders,
  keepsDefaultHeaders,
  lastHeader,
  splitCookies,
} from './headerEntries.js';
import { stageVariablesCopy } from './stageVariablesCopy.js';

/** The per-event values in an HTTP API's or function URL's default headers. */
export interface GatewayValues {
  host: string;
  trace: string;
  sourceIp: string;
}

const HTTP_API_STYLE: HeaderStyle = { lowerCase: true, contentLength: 'always' };
const FUNCTION_URL_STYLE: HeaderStyle = { lowerCase: true, contentLength: 'body' };

// An HTTP API adds content-length (even "0") and the x-forwarded-* trio; no CloudFront hop (see the captures).
// Payload format 1.0 gets the same headers, as lists too.
export function httpApiHeaders(v: GatewayValues): Record<string, string> {
  return {
    accept: ACCEPT,
    'accept-encoding': ACCEPT_ENCODING,
    'content-length': '0',
    host: v.host,
    'user-agent': USER_AGENT,
    'x-amzn-trace-id': v.trace,
    'x-forwarded-for': v.sourceIp,
    'x-forwarded-port': '443',
    'x-forwarded-proto': 'https',
  };
}

// A function URL reports the TLS session and sends content-length only when the client did.
function functionUrlHeaders(v: GatewayValues): Record<string, string> {
  return {
    accept: ACCEPT,
    'accept-encoding': ACCEPT_ENCODING,
    host: v.host,
    'user-agent': USER_AGENT,
    'x-amzn-tls-cipher-suite': 'ECDHE-RSA-AES128-GCM-SHA256',
    'x-amzn-tls-version': 'TLSv1.2',
    'x-amzn-trace-id': v.trace,
    'x-forwarded-for': v.sourceIp,
    'x-forwarded-port': '443',
    'x-forwarded-proto': 'https',
  };
}

/** Exposed for tests that compare the defaults with the captures. */
export const payloadV2DefaultHeaders = { httpApi: httpApiHeaders, functionUrl: functionUrlHeaders };

/**
 * Lays out a payload format 2.0 event: an HTTP API's, or a function URL's (the same format with `$default`
 * everywhere, no stages or routes, a UUID request id and the `cookie` header left in place).
 */
export function buildPayloadV2(req: NormalizedRequest, functionUrl: boolean): Record<string, unknown> {
  const { ids, time, method } = req;
  // An HTTP API decodes the path it passes on; a function URL keeps rawPath as sent (E-P2, E-P5, E-P6).
  const decoded = decodedPath(req.factory, req.path);
  const path = functionUrl ? req.path : decoded;
  const host = functionUrl
    ? `${ids.urlId}.lambda-url.${REGION}.on.aws`
    : `${ids.apiId}.execute-api.${REGION}.amazonaws.com`;
  const gateway: GatewayValues = {
    host,
    trace: `Root=1-${time.traceHex}-${ids.traceTail}`,
    sourceIp: req.sourceIp ?? SOURCE_IP,
  };
  const defaults = functionUrl ? functionUrlHeaders(gateway) : httpApiHeaders(gateway);
  const style = functionUrl ? FUNCTION_URL_STYLE : HTTP_API_STYLE;

  let headers: Record<string, string>;
  let cookies: string[] | undefined;
  let domainName = host;
  let userAgent = USER_AGENT;
  let sourceIp = gateway.sourceIp;
  if (keepsDefaultHeaders(req, style)) {
    headers = defaults;
  } else {
    const entries = headerEntries(defaults, req, style);
    cookies = splitCookies(entries);
    headers = joinedHeaders(entries, functionUrl ? undefined : 'cookie');
    domainName = lastHeader(entries, 'host') ?? host;
    userAgent = lastHeader(entries, 'user-agent') ?? '';
    if (req.sourceIp === undefined) sourceIp = forwardedSourceIp(entries, sourceIp);
  }

  const stage = functionUrl ? '$default' : (req.stage ?? '$default');
  const rawPath = stage === '$default' ? path : `/${stage}${path}`;
  let routeKey = '$default';
  let pathParameters: Record<string, string> | undefined;
  if (!functionUrl) {
    routeKey = `${method} ${path}`;
    if (req.route !== undefined) {
      const route = matchRoute(req.factory, method, path, req.route, true);
      routeKey = route.template === '$default' ? '$default' : `${route.method ?? method} ${route.template}`;
      pathParameters = route.parameters;
    }
    pathParameters = mergePathParameters(pathParameters, req.pathParameters);
  }

  const auth = httpV2Authorization(req, functionUrl ? 'function-url' : 'http-2.0');
  const dot = domainName.indexOf('.');
  const requestContext: Record<string, unknown> = {
    accountId: functionUrl && auth.iam === undefined ? 'anonymous' : ACCOUNT_ID,
    apiId: functionUrl ? ids.urlId : ids.apiId,
  };
  if (auth.authorizer !== undefined) requestContext.authorizer = auth.authorizer;
  requestContext.domainName = domainName;
  requestContext.domainPrefix = dot === -1 ? domainName : domainName.slice(0, dot);
  requestContext.http = {
    method,
    path: functionUrl ? decoded : rawPath,
    protocol: 'HTTP/1.1',
    sourceIp,
    userAgent,
  };
  requestContext.requestId = functionUrl ? ids.uuid : ids.shortId;
  requestContext.routeKey = routeKey;
  requestContext.stage = stage;
  requestContext.time = time.clf;
  requestContext.timeEpoch = time.epoch;

  const event: Record<string, unknown> = { version: '2.0', routeKey, rawPath, rawQueryString: req.rawQuery };
  if (cookies !== undefined) event.cookies = cookies;
  event.headers = headers;
  if (req.rawQuery !== '') {
    const query = joinedValueMap(splitQuery(req.rawQuery, true));
    for (const _ in query) {
      event.queryStringParameters = query;
      break;
    }
  }
  event.requestContext = requestContext;
  if (req.body !== undefined) event.body = req.body;
  if (pathParameters !== undefined) event.pathParameters = pathParameters;
  event.isBase64Encoded = req.base64;
  const stageVariables = stageVariablesCopy(req.stageVariables);
  if (stageVariables !== undefined) event.stageVariables = stageVariables;
  return req.overrides === undefined ? event : safeMerge(event, req.overrides, `${req.factory}: overrides`);
}
