// Every factory's output, across a matrix of inits and random ones, must pass the Powertools parser schema
// for its front end (events.md §9–§10). The schemas accept every un-edited capture, so they are a fair oracle.
import {
  AlbMultiValueHeadersSchema,
  AlbSchema,
  APIGatewayProxyEventSchema,
  APIGatewayProxyEventV2Schema,
  LambdaFunctionUrlSchema,
} from '@aws-lambda-powertools/parser/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { albEvent } from '../../../src/events/albEvent.js';
import { functionUrlEvent } from '../../../src/events/functionUrlEvent.js';
import { httpApiEvent } from '../../../src/events/httpApiEvent.js';
import { httpApiV1Event } from '../../../src/events/httpApiV1Event.js';
import { restApiEvent } from '../../../src/events/restApiEvent.js';
import type { EventInit } from '../../../src/events/types.js';
import { inits } from './arbitraries.js';

type Init = EventInit<any>;
interface Schema {
  safeParse(value: unknown): { success: boolean; error?: { issues: unknown[] } };
}

const claims = { sub: 'user-1', 'cognito:groups': ['admin', 'ops'], exp: 1718722804, email_verified: true };

// Inits every front end understands.
const common: Record<string, Init> = {
  'no init': {},
  'GET with a repeated, encoded query': {
    path: '/items?tag=a&tag=b%20c&empty=&flag',
    query: { page: 2, q: 'x y' },
  },
  'POST json': { method: 'POST', path: '/items', json: { name: 'widget', qty: 2 } },
  'PUT bytes': { method: 'put', path: '/files/1', body: new Uint8Array([0, 1, 2, 255]) },
  'PATCH text': {
    method: 'PATCH',
    path: '/items/1',
    body: 'name=x',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  },
  'DELETE, HEAD and OPTIONS': { method: 'DELETE', path: '/items/1' },
  HEAD: { method: 'HEAD', path: '/' },
  OPTIONS: { method: 'OPTIONS', path: '/items', headers: { Origin: 'https://example.com' } },
  'repeated and removed headers': {
    headers: { 'X-Multi': ['1', '2'], 'User-Agent': undefined, Accept: 'text/html' },
  },
  cookies: { cookies: { session: 'abc', theme: 'dark' } },
  'IPv6 source': { sourceIp: '2001:db8::8a2e:370:7334' },
  'X-Forwarded-For header only': { headers: { 'X-Forwarded-For': '192.0.2.44' } },
  'time and seed': { time: '2030-01-02T03:04:05.678Z', seed: 'other' },
  'unicode body': { method: 'POST', body: 'héllo wörld ✓ 🎉' },
};

// Inits for the API Gateway front ends only (routes, stages, authorizers).
const gateway: Record<string, Init> = {
  'route with a parameter': { path: '/items/42', route: '/items/{id}' },
  'greedy route': { path: '/a/b/c', route: 'ANY /{proxy+}' },
  'explicit path parameters': { path: '/x', pathParameters: { id: '7' } },
  'stage and stage variables': { stage: 'dev', stageVariables: { table: 'items-dev' } },
  claims: { authorizer: { claims } },
  'jwt with scopes': { authorizer: { jwt: { claims, scopes: ['read', 'write'] } } },
  iam: { authorizer: { iam: {} } },
  overrides: { overrides: { requestContext: { accountId: '210987654321' } } },
};

const lambda: Record<string, Init> = {
  'lambda authorizer': { authorizer: { lambda: { tenant: 't-1', level: 3 } } },
};

function check(schema: Schema, event: unknown): void {
  const result = schema.safeParse(event);
  expect(result.error?.issues ?? []).toEqual([]);
  expect(result.success).toBe(true);
}

// Powertools' v1 schema rejects the documented payload 1.0 authorizer { claims: null, scopes: null } and a
// null scopes next to claims (events.md §9): its one known false negative, which this allowance removes
// before parsing. Everything else in a 1.0 event must still pass.
function withoutNullClaims(event: any): unknown {
  const { authorizer, ...rest } = event.requestContext;
  if (authorizer?.claims === null) return { ...event, requestContext: rest };
  if (authorizer?.scopes === null) {
    const { scopes: _, ...claimsOnly } = authorizer;
    return { ...event, requestContext: { ...rest, authorizer: claimsOnly } };
  }
  return event;
}

describe('the Powertools schemas accept every factory across a matrix of inits', () => {
  const rest = { ...common, ...gateway, ...lambda };
  it.each(Object.entries(rest))('restApiEvent: %s', (_, init) =>
    check(APIGatewayProxyEventSchema, restApiEvent(init)),
  );

  it.each(Object.entries({ ...common, ...gateway }))('httpApiV1Event: %s', (_, init) =>
    check(APIGatewayProxyEventSchema, withoutNullClaims(httpApiV1Event(init))),
  );

  it.each(Object.entries({ ...common, ...gateway, ...lambda, 'default route': { route: '$default' } }))(
    'httpApiEvent: %s',
    (_, init) => check(APIGatewayProxyEventV2Schema, httpApiEvent(init)),
  );

  it.each(Object.entries({ ...common, iam: { authorizer: { iam: {} } } }))(
    'functionUrlEvent: %s',
    (_, init) => check(LambdaFunctionUrlSchema, functionUrlEvent(init)),
  );

  it.each(Object.entries(common))('albEvent: %s', (_, init) => check(AlbSchema, albEvent(init)));

  it.each(Object.entries(common))('albEvent multi-value: %s', (_, init) =>
    check(AlbMultiValueHeadersSchema, albEvent({ ...init, multiValue: true })),
  );

  it.each([
    ['no authorizer', {}],
    ['claims without scopes', { authorizer: { claims } }],
  ])(
    'the 1.0 allowance (%s) covers only the null authorizer fields: the schema finds nothing else',
    (_, init) => {
      const result = APIGatewayProxyEventSchema.safeParse(httpApiV1Event(init));
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
        'requestContext.authorizer',
      ]);
    },
  );

  it('the oracle can fail: a REST event with a doc-style sourceIp is rejected', () => {
    const event = restApiEvent({ overrides: { requestContext: { identity: { sourceIp: 'IP' } } } });
    expect(APIGatewayProxyEventSchema.safeParse(event).success).toBe(false);
  });
});

describe('random inits always give schema-valid events', () => {
  it('REST', () => {
    fc.assert(fc.property(inits, (init) => check(APIGatewayProxyEventSchema, restApiEvent(init))));
  });
  it('HTTP API 2.0', () => {
    fc.assert(fc.property(inits, (init) => check(APIGatewayProxyEventV2Schema, httpApiEvent(init))));
  });
  it('HTTP API 1.0', () => {
    fc.assert(
      fc.property(inits, (init) =>
        check(APIGatewayProxyEventSchema, withoutNullClaims(httpApiV1Event(init))),
      ),
    );
  });
  it('function URL', () => {
    fc.assert(fc.property(inits, (init) => check(LambdaFunctionUrlSchema, functionUrlEvent(init))));
  });
  it('ALB, both modes', () => {
    fc.assert(
      fc.property(inits, fc.boolean(), (init, multiValue) =>
        check(multiValue ? AlbMultiValueHeadersSchema : AlbSchema, albEvent({ ...init, multiValue })),
      ),
    );
  });
});
