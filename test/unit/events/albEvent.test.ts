import { describe, expect, it } from 'vitest';
import { albEvent } from '../../../src/events/albEvent.js';

describe('albEvent', () => {
  it('uses {} for no query and "" for no body', () => {
    const e = albEvent();
    expect([e.queryStringParameters, e.body, e.isBase64Encoded]).toEqual([{}, '', false]);
    expect(e.requestContext.elb.targetGroupArn).toMatch(
      /^arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup\/lambda-target\/[0-9a-f]{16}$/,
    );
    expect(albEvent({ multiValue: true }).multiValueQueryStringParameters).toEqual({});
  });

  it('leaves query keys and values percent-encoded, last value winning in single-value mode', () => {
    const e = albEvent({ path: '/s?q=a%20b&t=1&t=2', query: { 'k y': 'v:w' } });
    expect(e.queryStringParameters).toEqual({ q: 'a%20b', t: '2', 'k%20y': 'v%3Aw' });
    expect(albEvent({ path: '/s?t=1&t=2', multiValue: true }).multiValueQueryStringParameters).toEqual({
      t: ['1', '2'],
    });
  });

  it('has exactly one family of maps', () => {
    const single = albEvent({ headers: { 'X-A': ['1', '2'] } });
    expect(single.headers?.['x-a']).toBe('2');
    expect(single).not.toHaveProperty('multiValueHeaders');
    const multi = albEvent({ headers: { 'X-A': ['1', '2'] }, multiValue: true });
    expect(multi.multiValueHeaders?.['x-a']).toEqual(['1', '2']);
    expect(multi).not.toHaveProperty('headers');
    expect(multi).not.toHaveProperty('queryStringParameters');
  });

  it('puts the client address in x-forwarded-for', () => {
    expect(albEvent({ sourceIp: '192.0.2.1' }).headers?.['x-forwarded-for']).toBe('192.0.2.1');
  });

  it('refuses what an ALB event cannot carry', () => {
    expect(() => albEvent({ authorizer: { iam: {} } })).toThrow(
      /albEvent: authorizer does not exist for ALB targets/,
    );
    expect(() => albEvent({ stage: 'prod' })).toThrow(/stage does not exist for ALB targets/);
    expect(() => albEvent({ route: '/x' })).toThrow(/route does not exist for ALB targets/);
  });
});
