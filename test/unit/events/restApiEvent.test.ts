import { describe, expect, it } from 'vitest';
import { restApiEvent } from '../../../src/events/restApiEvent.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('restApiEvent', () => {
  it('defaults to GET / on stage prod with every empty field null', () => {
    const e = restApiEvent();
    expect(e).toMatchObject({
      resource: '/',
      path: '/',
      httpMethod: 'GET',
      queryStringParameters: null,
      multiValueQueryStringParameters: null,
      pathParameters: null,
      stageVariables: null,
      body: null,
      isBase64Encoded: false,
    });
    expect(e.requestContext).toMatchObject({
      stage: 'prod',
      path: '/prod/',
      resourcePath: '/',
      protocol: 'HTTP/1.1',
    });
    expect(e.requestContext.authorizer).toBeUndefined();
    expect('authorizer' in e.requestContext).toBe(false);
  });

  it("stamps ids and times in AWS's formats", () => {
    const rc = restApiEvent({ time: Date.UTC(2024, 0, 5, 7, 8, 9, 123) }).requestContext;
    expect(rc.requestId).toMatch(UUID);
    expect(rc.extendedRequestId).toMatch(/^[A-Za-z0-9+/]{15}=$/);
    expect(rc.resourceId).toMatch(/^[a-z0-9]{6}$/);
    expect(rc.apiId).toMatch(/^[a-z0-9]{10}$/);
    expect(rc.requestTime).toBe('05/Jan/2024:07:08:09 +0000');
    expect(rc.requestTimeEpoch).toBe(Date.UTC(2024, 0, 5, 7, 8, 9, 123));
    expect(rc.domainName).toBe(`${rc.apiId}.execute-api.us-east-1.amazonaws.com`);
    expect(restApiEvent({ time: Date.UTC(2024, 0, 5, 7, 8, 9) }).headers['X-Amzn-Trace-Id']).toMatch(
      /^Root=1-6597aad9-[0-9a-f]{24}$/,
    );
  });

  it('keeps header names as the client wrote them and takes the last of repeated values', () => {
    const e = restApiEvent({ headers: { 'x-Request-ID': ['a', 'b'], accept: 'application/json' } });
    expect(e.headers['x-Request-ID']).toBe('b');
    expect(e.multiValueHeaders['x-Request-ID']).toEqual(['a', 'b']);
    expect(e.headers.accept).toBe('application/json');
    expect(e.headers.Accept).toBeUndefined();
  });

  it('removes a default header given as undefined, and reports its absence in identity', () => {
    const e = restApiEvent({ headers: { 'User-Agent': undefined } });
    expect(e.headers['User-Agent']).toBeUndefined();
    expect(e.multiValueHeaders['User-Agent']).toBeUndefined();
    expect(e.requestContext.identity.userAgent).toBeNull();
  });

  it('decodes query values, keeping every value in the multi-value map', () => {
    const e = restApiEvent({
      path: '/search?q=a%20b&tag=x&tag=y',
      query: { page: 2, sort: ['asc', 'name'] },
    });
    expect(e.queryStringParameters).toEqual({ q: 'a b', tag: 'y', page: '2', sort: 'name' });
    expect(e.multiValueQueryStringParameters).toEqual({
      q: ['a b'],
      tag: ['x', 'y'],
      page: ['2'],
      sort: ['asc', 'name'],
    });
    expect(e.path).toBe('/search');
  });

  it('fills resource and pathParameters from the route, and merges explicit path parameters over them', () => {
    expect(restApiEvent({ path: '/items/42', route: '/items/{id}' })).toMatchObject({
      resource: '/items/{id}',
      pathParameters: { id: '42' },
      requestContext: { resourcePath: '/items/{id}', path: '/prod/items/42' },
    });
    expect(restApiEvent({ path: '/a/b/c', route: 'ANY /{proxy+}' }).pathParameters).toEqual({
      proxy: 'a/b/c',
    });
    expect(
      restApiEvent({ path: '/items/42', route: '/items/{id}', pathParameters: { id: '7', x: 'y' } })
        .pathParameters,
    ).toEqual({
      id: '7',
      x: 'y',
    });
  });

  it('puts the stage in requestContext.path only', () => {
    const e = restApiEvent({ path: '/items', stage: 'dev', stageVariables: { table: 'items-dev' } });
    expect([e.path, e.requestContext.path, e.requestContext.stage]).toEqual(['/items', '/dev/items', 'dev']);
    expect(e.stageVariables).toEqual({ table: 'items-dev' });
  });

  it('sends json as a string with a Content-Type, and bytes as base64', () => {
    const json = restApiEvent({ method: 'POST', json: { a: 1 } });
    expect([json.body, json.headers['Content-Type'], json.isBase64Encoded]).toEqual([
      '{"a":1}',
      'application/json',
      false,
    ]);
    const bytes = restApiEvent({ method: 'PUT', body: new Uint8Array([104, 105, 0, 255]) });
    expect([bytes.body, bytes.isBase64Encoded, bytes.headers['Content-Type']]).toEqual([
      'aGkA/w==',
      true,
      'application/octet-stream',
    ]);
    expect(restApiEvent({ method: 'POST', body: '' }).body).toBeNull();
    expect(
      restApiEvent({ method: 'POST', json: {}, headers: { 'content-type': 'application/vnd.api+json' } })
        .headers,
    ).toMatchObject({
      'content-type': 'application/vnd.api+json',
    });
  });

  it('appends cookies to a Cookie header', () => {
    expect(restApiEvent({ cookies: { a: '1', b: '2' } }).headers.Cookie).toBe('a=1; b=2');
    expect(restApiEvent({ headers: { cookie: 'x=0' }, cookies: ['a=1'] }).headers.cookie).toBe('x=0; a=1');
  });

  it('takes sourceIp into identity and X-Forwarded-For, or reads it from X-Forwarded-For', () => {
    const given = restApiEvent({ sourceIp: '2001:db8::1' });
    expect(given.requestContext.identity.sourceIp).toBe('2001:db8::1');
    expect(given.headers['X-Forwarded-For']).toMatch(/^2001:db8::1, /);
    expect(
      restApiEvent({ headers: { 'X-Forwarded-For': '192.0.2.9, 10.0.0.1' } }).requestContext.identity
        .sourceIp,
    ).toBe('192.0.2.9');
  });

  it('turns Cognito claims into strings, exp and iat into dates, arrays into comma lists', () => {
    const e = restApiEvent({
      authorizer: { claims: { sub: 'u', exp: 0, admin: true, 'cognito:groups': ['a', 'b'] } },
    });
    expect(e.requestContext.authorizer).toEqual({
      claims: { sub: 'u', exp: 'Thu Jan 01 00:00:00 UTC 1970', admin: 'true', 'cognito:groups': 'a,b' },
    });
  });

  it('turns a Lambda authorizer context into strings beside principalId and integrationLatency', () => {
    const e = restApiEvent({ authorizer: { lambda: { tenant: 't', level: 3, on: false, none: null } } });
    expect(e.requestContext.authorizer).toEqual({
      tenant: 't',
      level: '3',
      on: 'false',
      none: null,
      principalId: 'user',
      integrationLatency: 0,
    });
  });

  it('puts an IAM caller in identity and no authorizer', () => {
    const e = restApiEvent({ authorizer: { iam: { accessKey: 'AKIAEXAMPLE', callerId: 'AIDA:me' } } });
    expect(e.requestContext.authorizer).toBeUndefined();
    expect(e.requestContext.identity).toMatchObject({
      accessKey: 'AKIAEXAMPLE',
      caller: 'AIDA:me',
      user: 'AIDA:me',
    });
  });

  it('merges overrides last and verbatim; undefined deletes a key', () => {
    const e = restApiEvent({
      overrides: {
        requestContext: { accountId: '210987654321', identity: { apiKey: 'k' }, domainPrefix: undefined },
        headers: null as never,
      },
    });
    expect(e.requestContext.accountId).toBe('210987654321');
    expect(e.requestContext.identity.apiKey).toBe('k');
    expect(e.requestContext.identity.sourceIp).toBe('203.0.113.10');
    expect('domainPrefix' in e.requestContext).toBe(false);
    expect(e.headers).toBeNull();
  });

  it('is deterministic: the same init gives the same event, a seed or time changes it', () => {
    expect(restApiEvent({ path: '/x' })).toEqual(restApiEvent({ path: '/x' }));
    const a = restApiEvent({ seed: 1 });
    const b = restApiEvent({ seed: 2 });
    expect(a.requestContext.requestId).not.toBe(b.requestContext.requestId);
    expect(a).toEqual(restApiEvent({ seed: 1 }));
    expect(restApiEvent({ time: 0 }).requestContext.requestTime).toBe('01/Jan/1970:00:00:00 +0000');
  });

  it('never shares objects between events', () => {
    const a = restApiEvent();
    a.multiValueHeaders.Accept?.push('x');
    a.headers.Accept = 'changed';
    const b = restApiEvent();
    expect(b.multiValueHeaders.Accept).toEqual(['*/*']);
    expect(b.headers.Accept).toBe('*/*');
  });
});
