// The factories' events against real captures (test/fixtures/PROVENANCE.md): the same request must give the
// same key sets, in the same order, with the same empty-value conventions and the same derived values.
import { describe, expect, it } from 'vitest';
import { albEvent } from '../../../src/events/albEvent.js';
import { functionUrlEvent } from '../../../src/events/functionUrlEvent.js';
import { httpApi } from '../../../src/events/httpApi.js';
import { httpApiV1Event } from '../../../src/events/httpApiV1Event.js';
import { restApi } from '../../../src/events/restApi.js';
import { capture, keysOf } from './capture.js';

const sorted = (value: unknown) => keysOf(value).sort();
const bytes = (text: string) => new TextEncoder().encode(text);

describe('REST API events match the captures', () => {
  it('POST without body or authorizer: every key, every null and every header name as captured', () => {
    const real = capture('powertools-typescript/apigw-rest/no-auth.json');
    const ours = restApi.post('/no-auth') as unknown as Record<string, any>;
    expect(keysOf(ours)).toEqual(keysOf(real));
    expect(keysOf(ours.requestContext)).toEqual(keysOf(real.requestContext));
    expect(keysOf(ours.requestContext.identity)).toEqual(keysOf(real.requestContext.identity));
    expect(keysOf(ours.headers)).toEqual(keysOf(real.headers));
    expect(keysOf(ours.multiValueHeaders)).toEqual(keysOf(real.multiValueHeaders));
    for (const key of [
      'queryStringParameters',
      'multiValueQueryStringParameters',
      'pathParameters',
      'stageVariables',
    ]) {
      expect(ours[key]).toBe(real[key]);
    }
    expect([ours.body, ours.isBase64Encoded]).toEqual([real.body, real.isBase64Encoded]);
    expect([ours.resource, ours.path, ours.requestContext.path]).toEqual([
      real.resource,
      real.path,
      real.requestContext.path,
    ]);
  });

  it('Cognito claims: the authorizer sits where captured and the claims read exactly as captured', () => {
    const real = capture('powertools-typescript/apigw-rest/jwt-authorizer-auth.json');
    const claims = {
      origin_jti: '37cc02cf-5c14-4636-beb3-4f8ca887935b',
      sub: 'd2f50444-0041-7036-aea2-a955fca33d37',
      aud: '3nkoep4151b7umeggnottc30u9',
      event_id: 'c7f6cc62-c476-4c6a-ba5b-745244dfe5ee',
      token_use: 'id',
      auth_time: 1718636404,
      iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_y0bLG4i27',
      'cognito:username': 'aamorosi',
      exp: 1718722804,
      iat: 1718636404,
      jti: '13727aba-89e6-4896-bd9e-8cbc0f478f9c',
    };
    const ours = restApi.post('/cognito', undefined, { authorizer: { claims } }) as unknown as Record<
      string,
      any
    >;
    expect(keysOf(ours.requestContext)).toEqual(keysOf(real.requestContext));
    expect(ours.requestContext.authorizer).toEqual(real.requestContext.authorizer);
  });

  it('Lambda authorizer: principalId and integrationLatency as captured', () => {
    const real = capture('powertools-typescript/apigw-rest/lambda-authorizer-auth.json');
    const ours = restApi.post('/lambda-token', undefined, {
      authorizer: { lambda: null, principalId: 'user', integrationLatency: 422 },
    }) as unknown as Record<string, any>;
    expect(keysOf(ours.requestContext)).toEqual(keysOf(real.requestContext));
    expect(ours.requestContext.authorizer).toEqual(real.requestContext.authorizer);
  });

  it('IAM: no authorizer key, and the same identity fields filled as captured', () => {
    const real = capture('powertools-typescript/apigw-rest/iam-auth.json');
    const ours = restApi.post('/iam', undefined, { authorizer: { iam: {} } }) as unknown as Record<
      string,
      any
    >;
    expect(keysOf(ours.requestContext)).toEqual(keysOf(real.requestContext));
    const filled = (identity: Record<string, unknown>) =>
      Object.keys(identity)
        .filter((k) => identity[k] !== null)
        .sort();
    expect(filled(ours.requestContext.identity)).toEqual(filled(real.requestContext.identity));
  });

  it('POST with a body on /{proxy+}: proxy parameter without a leading slash, and no Content-Length', () => {
    const real = capture('aws-lambda-dotnet/check-content-length-withcontent-apigateway.json');
    const ours = restApi.post('/api/values', real.body, {
      route: real.resource,
      headers: { 'Content-Type': 'text/plain' },
    }) as unknown as Record<string, any>;
    expect(keysOf(ours)).toEqual(keysOf(real));
    expect([ours.resource, ours.pathParameters, ours.body]).toEqual([
      real.resource,
      real.pathParameters,
      real.body,
    ]);
    expect(Object.keys(ours.headers).some((h) => h.toLowerCase() === 'content-length')).toBe(false);
    expect(Object.keys(real.headers).some((h) => h.toLowerCase() === 'content-length')).toBe(false);
  });

  it("a browser's lower-case header names stay lower case, replacing the defaults they collide with", () => {
    const real = capture('aws-docs-lambda-sample-apps/event.json');
    const ours = restApi.get('/', {
      headers: { accept: real.headers.accept, cookie: real.headers.cookie },
    }) as unknown as Record<string, any>;
    expect(ours.headers.accept).toBe(real.headers.accept);
    expect(ours.headers.Accept).toBeUndefined();
    expect(ours.headers.cookie).toBe(real.headers.cookie);
    expect(keysOf(ours.multiValueHeaders)).toEqual(keysOf(ours.headers));
  });
});

describe('HTTP API 2.0 events match the captures', () => {
  it('JWT authorizer: keys, header names and claims as captured (epochs as digit strings)', () => {
    const real = capture('powertools-typescript/apigw-http/jwt-authorizer-auth.json');
    const claims = {
      aud: '3nkoep4151b7umeggnottc30u9',
      auth_time: 1718636404,
      'cognito:username': 'aamorosi',
      event_id: 'c7f6cc62-c476-4c6a-ba5b-745244dfe5ee',
      exp: 1718722804,
      iat: 1718636404,
      iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_y0bLG4i27',
      jti: '13727aba-89e6-4896-bd9e-8cbc0f478f9c',
      origin_jti: '37cc02cf-5c14-4636-beb3-4f8ca887935b',
      sub: 'd2f50444-0041-7036-aea2-a955fca33d37',
      token_use: 'id',
    };
    const ours = httpApi.post('/cognito', undefined, {
      route: '/cognito',
      authorizer: { claims },
      headers: { authorization: real.headers.authorization },
    }) as unknown as Record<string, any>;
    expect(keysOf(ours)).toEqual(keysOf(real));
    expect(keysOf(ours.requestContext)).toEqual(keysOf(real.requestContext));
    expect(keysOf(ours.requestContext.http)).toEqual(keysOf(real.requestContext.http));
    expect(keysOf(ours.headers)).toEqual(keysOf(real.headers));
    expect(ours.requestContext.authorizer).toEqual(real.requestContext.authorizer);
    expect([ours.routeKey, ours.rawPath, ours.rawQueryString]).toEqual([
      real.routeKey,
      real.rawPath,
      real.rawQueryString,
    ]);
    expect(ours.headers['content-length']).toBe(real.headers['content-length']);
  });

  it('IAM authorizer: the same iam keys as captured', () => {
    const real = capture('powertools-typescript/apigw-http/iam-auth.json');
    const ours = httpApi.post('/iam', undefined, { authorizer: { iam: {} } }) as unknown as Record<
      string,
      any
    >;
    expect(keysOf(ours.requestContext)).toEqual(keysOf(real.requestContext));
    expect(keysOf(ours.requestContext.authorizer.iam)).toEqual(keysOf(real.requestContext.authorizer.iam));
    expect(ours.requestContext.authorizer.iam.cognitoIdentity).toBeNull();
  });

  it('Lambda authorizer without context: { lambda: null }', () => {
    const real = capture('powertools-typescript/apigw-http/lambda-authorizer-auth.json');
    const ours = httpApi.post('/lambda', undefined, { authorizer: { lambda: null } }) as unknown as Record<
      string,
      any
    >;
    expect(ours.requestContext.authorizer).toEqual(real.requestContext.authorizer);
    expect(keysOf(ours)).toEqual(keysOf(real));
  });

  it('named stage and cookies: rawPath carries the stage, routeKey does not, cookies leave the headers', () => {
    const real = capture('aws-docs-lambda-sample-apps/event-v2.json');
    const ours = httpApi.get('/nodejs-apig-function-1G3XMPLZXVXYI', {
      stage: real.requestContext.stage,
      route: real.routeKey,
      cookies: real.cookies,
    }) as unknown as Record<string, any>;
    expect(keysOf(ours)).toEqual(keysOf(real));
    expect([ours.rawPath, ours.requestContext.http.path]).toEqual([
      real.rawPath,
      real.requestContext.http.path,
    ]);
    expect([ours.routeKey, ours.requestContext.routeKey]).toEqual([
      real.routeKey,
      real.requestContext.routeKey,
    ]);
    expect(ours.cookies).toEqual(real.cookies);
    expect(ours.headers.cookie).toBeUndefined();
    expect(real.headers.cookie).toBeUndefined();
  });

  it('repeated query keys: rawQueryString verbatim, values joined with commas, greedy path parameter', () => {
    const real = capture('aws-lambda-dotnet/values-get-querystring-httpapi-v2-mv-request.json');
    const ours = httpApi.get(`${real.rawPath}?${real.rawQueryString}`, {
      route: real.routeKey,
    }) as unknown as Record<string, any>;
    expect(keysOf(ours)).toEqual(keysOf(real));
    expect(ours.rawQueryString).toBe(real.rawQueryString);
    expect(ours.queryStringParameters).toEqual(real.queryStringParameters);
    expect(ours.pathParameters).toEqual(real.pathParameters);
    expect(ours.routeKey).toBe(real.routeKey);
  });

  it('the path arrives decoded in rawPath, http.path and the path parameter (E-P2, superseding this capture)', () => {
    // This 2020 .NET capture kept the escapes; the live voker captures and later reports show them decoded.
    const real = capture('aws-lambda-dotnet/rawtarget-escaped-percent-slash-in-path-httpapi-v2.json');
    const ours = httpApi.get(real.rawPath, { route: real.routeKey }) as unknown as Record<string, any>;
    expect([ours.rawPath, ours.requestContext.http.path]).toEqual([
      decodeURIComponent(real.rawPath),
      decodeURIComponent(real.requestContext.http.path),
    ]);
    // E-P8 (unverified): the parameter is read from the decoded path.
    expect(ours.pathParameters).toEqual({ proxy: 'foo%/bar' });
  });

  it('the $default route: routeKey $default and no pathParameters key', () => {
    const real = capture('aws-lambda-go/apigw-v2-request-no-authorizer.json');
    const ours = httpApi.get('/', { route: '$default' }) as unknown as Record<string, any>;
    expect(keysOf(ours)).toEqual(keysOf(real));
    // The capture used mutual TLS, which the factories leave to overrides.
    expect(keysOf(ours.requestContext)).toEqual(
      keysOf(real.requestContext).filter((k) => k !== 'authentication'),
    );
    expect(ours.routeKey).toBe('$default');
  });
});

describe('function URL events match the captures', () => {
  it('browser GET with auth NONE: accountId anonymous, no authorizer, $default route and stage', () => {
    const real = capture('powertools-typescript/lambda/get-request.json');
    const ours = functionUrlEvent() as unknown as Record<string, any>;
    expect(keysOf(ours)).toEqual(keysOf(real));
    expect(keysOf(ours.requestContext)).toEqual(keysOf(real.requestContext));
    expect(ours.requestContext.accountId).toBe(real.requestContext.accountId);
    expect([ours.routeKey, ours.requestContext.routeKey, ours.requestContext.stage]).toEqual([
      real.routeKey,
      real.requestContext.routeKey,
      real.requestContext.stage,
    ]);
  });

  it('GET with IAM: the same keys as the (re-serialised, sorted) capture', () => {
    const real = capture('aws-lambda-go/function-url-domain-only-get-request.json');
    const ours = functionUrlEvent({ authorizer: { iam: {} } }) as unknown as Record<string, any>;
    expect(sorted(ours)).toEqual(sorted(real));
    expect(sorted(ours.requestContext)).toEqual(sorted(real.requestContext));
    for (const header of [
      'x-amzn-tls-cipher-suite',
      'x-amzn-tls-version',
      'x-amzn-trace-id',
      'x-forwarded-for',
    ]) {
      expect(ours.headers[header]).toEqual(expect.any(String));
      expect(real.headers[header]).toEqual(expect.any(String));
    }
  });

  it('a binary body goes base64 with isBase64Encoded, as captured', () => {
    const real = capture('aws-lambda-go/function-url-domain-only-request-with-base64-encoded-body.json');
    const ours = functionUrlEvent({
      method: 'POST',
      body: bytes('<idk/>'),
      headers: { 'content-type': 'idk' },
      authorizer: { iam: {} },
    }) as unknown as Record<string, any>;
    expect([ours.body, ours.isBase64Encoded]).toEqual([real.body, real.isBase64Encoded]);
    expect(ours.headers['content-length']).toBe(real.headers['content-length']);
    expect(sorted(ours)).toEqual(sorted(real));
  });

  it('text body, cookies, query and a repeated header: as captured, the cookie header kept', () => {
    const real = capture('aws-lambda-go/function-url-request-with-headers-and-cookies-and-text-body.json');
    const ours = functionUrlEvent({
      method: 'POST',
      path: `${real.rawPath}?${real.rawQueryString}`,
      body: real.body,
      headers: { 'content-type': 'application/json', header1: 'h1', header2: ['h1', 'h2'], header3: 'h3' },
      cookies: real.cookies,
      authorizer: { iam: {} },
    }) as unknown as Record<string, any>;
    expect(sorted(ours)).toEqual(sorted(real));
    expect(ours.queryStringParameters).toEqual(real.queryStringParameters);
    expect(ours.rawQueryString).toBe(real.rawQueryString);
    expect(ours.cookies).toEqual(real.cookies);
    for (const header of ['cookie', 'header2', 'content-length', 'content-type']) {
      expect(ours.headers[header]).toBe(real.headers[header]);
    }
  });
});

describe('ALB events match the captures', () => {
  it('single-value mode: headers and queryStringParameters only, body ""', () => {
    const real = capture('aws-lambda-go/alb-lambda-target-request-headers-only.json');
    const ours = albEvent({ path: '/?key=hello' }) as unknown as Record<string, any>;
    expect(keysOf(ours)).toEqual(keysOf(real));
    expect(keysOf(ours.requestContext.elb)).toEqual(keysOf(real.requestContext.elb));
    expect([ours.queryStringParameters, ours.body]).toEqual([real.queryStringParameters, real.body]);
    for (const header of ['connection', 'host', 'x-amzn-trace-id', 'x-forwarded-for', 'x-forwarded-port']) {
      expect(ours.headers[header]).toEqual(expect.any(String));
      expect(real.headers[header]).toEqual(expect.any(String));
    }
  });

  it('multi-value mode: only the multi-value maps', () => {
    const real = capture('aws-lambda-go/alb-lambda-target-request-multivalue-headers.json');
    const ours = albEvent({ path: '/?key=hello', multiValue: true }) as unknown as Record<string, any>;
    expect(keysOf(ours)).toEqual(keysOf(real));
    expect(ours.multiValueQueryStringParameters).toEqual(real.multiValueQueryStringParameters);
    expect(keysOf(ours.multiValueHeaders)).toEqual(
      expect.arrayContaining(['host', 'x-amzn-trace-id', 'x-forwarded-for']),
    );
  });
});

describe('HTTP API payload 1.0 events match the documented example', () => {
  it('the same keys at the top, in the request context and in identity', () => {
    const real = capture(
      'aws-docs-api-gateway-guide/http-api-develop-integrations-lambda.block1-payload-1.0.json',
    );
    const ours = httpApiV1Event({
      path: '/my/path?parameter1=value1&parameter1=value2&parameter2=value',
      body: 'Hello from Lambda!',
    }) as unknown as Record<string, any>;
    expect(keysOf(ours)).toEqual(keysOf(real));
    expect(keysOf(ours.requestContext)).toEqual(keysOf(real.requestContext));
    // The example adds a mutual-TLS client certificate, which the factories leave to overrides.
    expect(keysOf(ours.requestContext.identity)).toEqual(
      keysOf(real.requestContext.identity).filter((k) => k !== 'clientCert'),
    );
    expect(ours.requestContext.authorizer).toEqual(real.requestContext.authorizer);
    expect([ours.queryStringParameters, ours.multiValueQueryStringParameters]).toEqual([
      { parameter1: 'value2', parameter2: 'value' },
      real.multiValueQueryStringParameters,
    ]);
    expect([ours.requestContext.resourceId, ours.requestContext.stage]).toEqual([null, '$default']);
  });
});
