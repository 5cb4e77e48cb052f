import { describe, expect, it } from 'vitest';
import { httpApiEvent } from '../../../src/events/httpApiEvent.js';

describe('httpApiEvent', () => {
  it('omits every empty optional key and never uses null', () => {
    const e = httpApiEvent();
    expect(Object.keys(e)).toEqual([
      'version',
      'routeKey',
      'rawPath',
      'rawQueryString',
      'headers',
      'requestContext',
      'isBase64Encoded',
    ]);
    expect(e).toMatchObject({
      version: '2.0',
      routeKey: 'GET /',
      rawPath: '/',
      rawQueryString: '',
      isBase64Encoded: false,
    });
    expect(e.requestContext).toMatchObject({
      stage: '$default',
      routeKey: 'GET /',
      http: { method: 'GET', path: '/' },
    });
    expect(e.requestContext.requestId).toMatch(/^[A-Za-z0-9+/]{15}=$/);
    expect(e.requestContext.time).toMatch(/^\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d \+0000$/);
  });

  it('keeps rawQueryString verbatim and joins repeated keys with commas', () => {
    const e = httpApiEvent({ path: '/s?b=2&a=1&a=x%2Cy', query: { c: ['3', '4'] } });
    expect(e.rawQueryString).toBe('b=2&a=1&a=x%2Cy&c=3&c=4');
    expect(e.queryStringParameters).toEqual({ b: '2', a: '1,x,y', c: '3,4' });
    expect(httpApiEvent({ path: '/s?' }).queryStringParameters).toBeUndefined();
  });

  it('lower-cases header names, joins repeated values with commas and adds content-length', () => {
    const e = httpApiEvent({
      method: 'POST',
      body: 'héllo',
      headers: { 'X-Multi': ['1', '2'], Accept: 'text/plain' },
    });
    expect(e.headers).toMatchObject({ 'x-multi': '1,2', accept: 'text/plain', 'content-length': '6' });
    expect(Object.keys(e.headers).every((name) => name === name.toLowerCase())).toBe(true);
    expect(httpApiEvent().headers['content-length']).toBe('0');
  });

  it('moves a Cookie header into cookies', () => {
    const e = httpApiEvent({ headers: { Cookie: 'a=1; b=2' }, cookies: { c: '3' } });
    expect(e.cookies).toEqual(['a=1', 'b=2', 'c=3']);
    expect(e.headers.cookie).toBeUndefined();
  });

  it('builds routeKey from the route and the method, and rawPath with a named stage', () => {
    const e = httpApiEvent({ method: 'DELETE', path: '/items/9', route: '/items/{id}', stage: 'beta' });
    expect([e.routeKey, e.requestContext.routeKey, e.rawPath, e.requestContext.http.path]).toEqual([
      'DELETE /items/{id}',
      'DELETE /items/{id}',
      '/beta/items/9',
      '/beta/items/9',
    ]);
    expect(e.pathParameters).toEqual({ id: '9' });
    expect(httpApiEvent({ route: 'ANY /{proxy+}', path: '/x/y' }).routeKey).toBe('ANY /{proxy+}');
    expect(httpApiEvent({ route: '$default', path: '/x' })).not.toHaveProperty('pathParameters');
  });

  it('shapes each authorizer as API Gateway does', () => {
    const jwt = httpApiEvent({ authorizer: { claims: { sub: 'u', exp: 1718722804, groups: ['a', 'b'] } } });
    expect(jwt.requestContext.authorizer).toEqual({
      jwt: { claims: { sub: 'u', exp: '1718722804', groups: '[a b]' }, scopes: null },
    });
    expect(
      httpApiEvent({ authorizer: { jwt: { claims: {}, scopes: ['read'] } } }).requestContext.authorizer.jwt
        .scopes,
    ).toEqual(['read']);
    const lambda = httpApiEvent({ authorizer: { lambda: { tenant: 't', n: 1, nested: { ok: true } } } });
    expect(lambda.requestContext.authorizer).toEqual({ lambda: { tenant: 't', n: 1, nested: { ok: true } } });
    const iam = httpApiEvent({ authorizer: { iam: { userArn: 'arn:aws:iam::123456789012:user/me' } } });
    expect(iam.requestContext.authorizer.iam).toMatchObject({
      userArn: 'arn:aws:iam::123456789012:user/me',
      cognitoIdentity: null,
    });
  });

  it('adds stageVariables only when there are some', () => {
    expect(httpApiEvent({ stageVariables: { a: 'b' } }).stageVariables).toEqual({ a: 'b' });
    expect(httpApiEvent({ stageVariables: {} })).not.toHaveProperty('stageVariables');
  });

  it('sends bytes as base64 with isBase64Encoded', () => {
    const e = httpApiEvent({ method: 'POST', body: new Uint8Array([1, 2, 3]) });
    expect([e.body, e.isBase64Encoded, e.headers['content-length'], e.headers['content-type']]).toEqual([
      'AQID',
      true,
      '3',
      'application/octet-stream',
    ]);
  });
});
