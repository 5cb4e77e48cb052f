import { describe, expect, it } from 'vitest';
import { httpApiV1Event } from '../../../src/events/httpApiV1Event.js';

describe('httpApiV1Event', () => {
  it('is the REST layout with version 1.0, lower-case headers and the documented null authorizer', () => {
    const e = httpApiV1Event({ headers: { 'X-Trace': ['a', 'b'] } });
    expect(e.version).toBe('1.0');
    expect(e.headers['x-trace']).toBe('b');
    expect(e.multiValueHeaders['x-trace']).toEqual(['a', 'b']);
    expect(e.requestContext.authorizer).toEqual({ claims: null, scopes: null });
    expect(e.requestContext.resourceId).toBeNull();
    expect(e.requestContext.stage).toBe('$default');
    expect(e.requestContext.requestId).toBe(e.requestContext.extendedRequestId);
    expect([e.queryStringParameters, e.pathParameters, e.stageVariables, e.body]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('carries JWT claims with their scopes', () => {
    const e = httpApiV1Event({ authorizer: { jwt: { claims: { sub: 'u', iat: 5 }, scopes: ['r'] } } });
    expect(e.requestContext.authorizer).toEqual({ claims: { sub: 'u', iat: '5' }, scopes: ['r'] });
  });

  it('puts an IAM caller in identity', () => {
    const e = httpApiV1Event({ authorizer: { iam: {} } });
    expect(e.requestContext.identity.accessKey).toEqual(expect.any(String));
    expect(e.requestContext.authorizer).toEqual({ claims: null, scopes: null });
  });

  it('refuses a Lambda authorizer, whose 1.0 shape no source shows', () => {
    expect(() => httpApiV1Event({ authorizer: { lambda: {} } })).toThrow(
      /httpApiV1Event: a Lambda authorizer on payload 1.0/,
    );
  });

  it('fills resource and pathParameters from the route, and keeps a named stage in the path', () => {
    const e = httpApiV1Event({ path: '/items/3', route: '/items/{id}', stage: 'dev' });
    expect([e.resource, e.path, e.requestContext.path, e.pathParameters]).toEqual([
      '/items/{id}',
      '/dev/items/3',
      '/dev/items/3',
      { id: '3' },
    ]);
  });
});
