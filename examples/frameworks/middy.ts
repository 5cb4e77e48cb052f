// middy with @middy/http-router, which routes REST, HTTP API 1.0 and 2.0, function URL and ALB events by
// their method and path. Middy leaves the response to the handler, so `reply` writes each front end's shape.
import middy from '@middy/core';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import httpRouterHandler from '@middy/http-router';
import type { APIGatewayProxyEvent, APIGatewayProxyEventV2 } from 'aws-lambda';
import { COOKIE_LINES } from './routes.js';

type AnyEvent = (APIGatewayProxyEvent | APIGatewayProxyEventV2) & { version?: string };

/** A JSON response in the shape the event's front end reads: 2.0 takes `cookies`, ALB in multi-value mode only `multiValueHeaders`. */
function reply(event: AnyEvent, statusCode: number, value: unknown, cookies: readonly string[] = []) {
  const body = JSON.stringify(value);
  if (event.version === '2.0')
    return { statusCode, headers: { 'content-type': 'application/json' }, cookies: [...cookies], body };
  if ('multiValueHeaders' in event && event.multiValueHeaders) {
    const multiValueHeaders: Record<string, string[]> = { 'content-type': ['application/json'] };
    if (cookies.length > 0) multiValueHeaders['set-cookie'] = [...cookies];
    return { statusCode, multiValueHeaders, body };
  }
  // An ALB target group without multi-value headers: one line per header name, so one cookie at most.
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (cookies[0] !== undefined) headers['set-cookie'] = cookies[0];
  return { statusCode, headers, body };
}

const getItem = middy(async (event: AnyEvent) =>
  reply(event, 200, {
    id: event.pathParameters?.id,
    // An ALB target group with multi-value headers on sends only the multi-value query map.
    q:
      event.queryStringParameters?.q ??
      (event as APIGatewayProxyEvent).multiValueQueryStringParameters?.q?.[0] ??
      null,
  }),
);
const postItem = middy(async (event: AnyEvent & { body: unknown }) => reply(event, 201, event.body)).use(
  httpJsonBodyParser(),
);
const login = middy(async (event: AnyEvent) => reply(event, 200, { ok: true }, COOKIE_LINES));

export const handler = middy(
  httpRouterHandler({
    routes: [
      { method: 'GET', path: '/items/{id}', handler: getItem },
      { method: 'POST', path: '/items', handler: postItem },
      { method: 'GET', path: '/login', handler: login },
    ],
    notFoundResponse: () => ({
      statusCode: 404,
      headers: { 'content-type': 'application/json' },
      body: '{"message":"Not Found"}',
    }),
  } as never),
);
