import { describe, expect, it } from 'vitest';
import { functionUrlEvent } from '../../../src/events/functionUrlEvent.js';

describe('functionUrlEvent', () => {
  it('has $default route and stage, a UUID request id, the URL id as apiId and accountId anonymous', () => {
    const e = functionUrlEvent({ path: '/hooks?x=1' });
    const rc = e.requestContext;
    expect([e.routeKey, rc.routeKey, rc.stage, e.rawPath, e.rawQueryString]).toEqual([
      '$default',
      '$default',
      '$default',
      '/hooks',
      'x=1',
    ]);
    expect(rc.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(rc.apiId).toMatch(/^[a-z0-9]{32}$/);
    expect(rc.domainName).toBe(`${rc.apiId}.lambda-url.us-east-1.on.aws`);
    expect(rc.accountId).toBe('anonymous');
    expect(e).not.toHaveProperty('pathParameters');
    expect(e).not.toHaveProperty('stageVariables');
  });

  it('sends content-length only with a body, and the TLS headers always', () => {
    expect(functionUrlEvent().headers).not.toHaveProperty('content-length');
    expect(functionUrlEvent({ method: 'POST', json: [1] }).headers).toMatchObject({
      'content-length': '3',
      'content-type': 'application/json',
      'x-amzn-tls-version': 'TLSv1.2',
    });
  });

  it('authorises only with IAM, then with the owner account', () => {
    const e = functionUrlEvent({ authorizer: { iam: {} } });
    expect(e.requestContext.accountId).toBe('123456789012');
    expect((e.requestContext as any).authorizer.iam.accessKey).toEqual(expect.any(String));
    expect(() => functionUrlEvent({ authorizer: { claims: {} } } as never)).toThrow(
      /functionUrlEvent: a function URL authorises only with AWS_IAM/,
    );
  });

  it('refuses routes, stages and path parameters, which function URLs do not have', () => {
    expect(() => functionUrlEvent({ stage: 'prod' })).toThrow(
      /functionUrlEvent: stage does not exist for function URLs/,
    );
    expect(() => functionUrlEvent({ route: '/x' })).toThrow(/route does not exist for function URLs/);
    expect(() => functionUrlEvent({ pathParameters: { a: 'b' } })).toThrow(/pathParameters does not exist/);
  });
});
