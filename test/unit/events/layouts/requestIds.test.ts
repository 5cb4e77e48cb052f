import { describe, expect, it } from 'vitest';
import { defaultRequestIds, requestIds } from '../../../../src/events/layouts/requestIds.js';
import { cognitoDate, requestTimeAt } from '../../../../src/events/layouts/requestTime.js';
import { capture } from '../capture.js';

describe('requestIds', () => {
  it("draws every id in AWS's format, and the formats match the captures", () => {
    const ids = requestIds('x');
    const rest = capture('powertools-typescript/apigw-rest/no-auth.json');
    const http = capture('powertools-typescript/apigw-http/iam-auth.json');
    const pairs: [string, string, RegExp][] = [
      [
        ids.uuid,
        rest.requestContext.requestId,
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      ],
      [ids.shortId, rest.requestContext.extendedRequestId, /^[A-Za-z0-9+/]{15}=$/],
      [ids.shortId, http.requestContext.requestId, /^[A-Za-z0-9+/]{15}=$/],
      [ids.apiId, rest.requestContext.apiId, /^[a-z0-9]{10}$/],
      [ids.resourceId, rest.requestContext.resourceId, /^[a-z0-9]{6}$/],
      [ids.deploymentId, rest.requestContext.deploymentId, /^[a-z0-9]{6}$/],
      [ids.cfId, rest.headers['X-Amz-Cf-Id'], /^[A-Za-z0-9_-]{54}==$/],
      [
        `1.1 ${ids.viaHost}.cloudfront.net (CloudFront)`,
        rest.headers.Via,
        /^1\.1 [0-9a-f]{32}\.cloudfront\.net \(CloudFront\)$/,
      ],
      [
        `Root=1-66704cad-${ids.traceTail}`,
        rest.headers['X-Amzn-Trace-Id'],
        /^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/,
      ],
    ];
    for (const [ours, real, format] of pairs) {
      expect(real).toMatch(format);
      expect(ours).toMatch(format);
    }
  });

  it('is deterministic per seed and differs between seeds', () => {
    expect(requestIds(5)).toEqual(requestIds(5));
    expect(requestIds('5')).toEqual(requestIds(5));
    expect(requestIds(5).uuid).not.toBe(requestIds(6).uuid);
    expect(defaultRequestIds()).toBe(defaultRequestIds());
  });
});

describe('requestTime', () => {
  it('formats the captures’ instants exactly as captured', () => {
    const rest = capture('powertools-typescript/apigw-rest/no-auth.json').requestContext;
    expect(requestTimeAt(rest.requestTimeEpoch).clf).toBe(rest.requestTime);
    const http = capture('powertools-typescript/apigw-http/jwt-authorizer-auth.json').requestContext;
    expect(requestTimeAt(http.timeEpoch).clf).toBe(http.time);
    const claims = capture('powertools-typescript/apigw-rest/jwt-authorizer-auth.json').requestContext
      .authorizer.claims;
    expect(cognitoDate(1718722804)).toBe(claims.exp);
    expect(cognitoDate(1718636404)).toBe(claims.iat);
  });
});
