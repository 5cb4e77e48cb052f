// Type-level checks (run by `npm run typecheck`, which includes test/unit) with runtime twins, so the file
// also fails under vitest if a factory returns the wrong front end's shape.
import type {
  ALBEvent,
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyEventV2WithIAMAuthorizer,
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyEventV2WithLambdaAuthorizer,
  APIGatewayProxyWithCognitoAuthorizerEvent,
  APIGatewayProxyWithLambdaAuthorizerEvent,
  Context,
  LambdaFunctionURLEvent,
  LambdaFunctionURLEventWithIAMAuthorizer,
} from 'aws-lambda';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { albEvent } from '../../../src/events/albEvent.js';
import { functionUrlEvent } from '../../../src/events/functionUrlEvent.js';
import { httpApi } from '../../../src/events/httpApi.js';
import { httpApiEvent } from '../../../src/events/httpApiEvent.js';
import { httpApiV1Event } from '../../../src/events/httpApiV1Event.js';
import { lambdaContext } from '../../../src/events/lambdaContext.js';
import { restApi } from '../../../src/events/restApi.js';
import { restApiEvent } from '../../../src/events/restApiEvent.js';
import type { EventInit } from '../../../src/events/types.js';

describe('the factories are typed with @types/aws-lambda', () => {
  it('each returns its front end’s event type', () => {
    expectTypeOf(restApi.get('/')).toEqualTypeOf<APIGatewayProxyEvent>();
    expectTypeOf(restApiEvent()).toEqualTypeOf<APIGatewayProxyEvent>();
    expectTypeOf(httpApi.post('/', {})).toEqualTypeOf<APIGatewayProxyEventV2>();
    expectTypeOf(httpApiEvent()).toEqualTypeOf<APIGatewayProxyEventV2>();
    expectTypeOf(httpApiV1Event()).toMatchTypeOf<APIGatewayProxyEvent>();
    expectTypeOf(functionUrlEvent()).toEqualTypeOf<LambdaFunctionURLEvent>();
    expectTypeOf(albEvent()).toEqualTypeOf<ALBEvent>();
    expectTypeOf(lambdaContext()).toEqualTypeOf<Context>();
    expect(restApi.get('/').httpMethod).toBe('GET');
    expect(httpApiV1Event().version).toBe('1.0');
  });

  it('an authorizer types the event for handlers that expect it', () => {
    expectTypeOf(
      restApiEvent({ authorizer: { claims: { sub: 'u' } } }),
    ).toEqualTypeOf<APIGatewayProxyWithCognitoAuthorizerEvent>();
    expectTypeOf(restApi.get('/', { authorizer: { lambda: { tenant: 't' } } })).toEqualTypeOf<
      APIGatewayProxyWithLambdaAuthorizerEvent<{ tenant: string }>
    >();
    expectTypeOf(
      httpApi.get('/', { authorizer: { claims: { sub: 'u' } } }),
    ).toEqualTypeOf<APIGatewayProxyEventV2WithJWTAuthorizer>();
    expectTypeOf(httpApiEvent({ authorizer: { lambda: { n: 1 } } })).toEqualTypeOf<
      APIGatewayProxyEventV2WithLambdaAuthorizer<{ n: number }>
    >();
    expectTypeOf(
      httpApiEvent({ authorizer: { iam: {} } }),
    ).toEqualTypeOf<APIGatewayProxyEventV2WithIAMAuthorizer>();
    expectTypeOf(
      functionUrlEvent({ authorizer: { iam: {} } }),
    ).toEqualTypeOf<LambdaFunctionURLEventWithIAMAuthorizer>();
    const event = httpApi.get('/', { authorizer: { claims: { sub: 'u' } } });
    expect(event.requestContext.authorizer.jwt.claims.sub).toBe('u');
  });

  it('overrides are a deep partial of the event, checked against it', () => {
    const init: EventInit<APIGatewayProxyEvent> = {
      overrides: { requestContext: { accountId: '210987654321' } },
    };
    expect(restApiEvent(init).requestContext.accountId).toBe('210987654321');
    expect(() =>
      // @ts-expect-error accountId is a string in APIGatewayProxyEvent
      restApiEvent({ overrides: { requestContext: { accountId: 1 } } }),
    ).not.toThrow();
    expect(() =>
      // @ts-expect-error a misspelt init field is a type error (and a runtime error)
      restApiEvent({ querystring: { a: '1' } }),
    ).toThrow(/unknown init field 'querystring'/);
    expect(() =>
      // @ts-expect-error a shortcut takes its method from its name
      restApi.get('/', { method: 'POST' }),
    ).toThrow(/contradicts/);
  });
});
