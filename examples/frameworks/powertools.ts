// Powertools for AWS Lambda's HTTP event handler (`Router`), which reads REST and HTTP API 1.0 (payload 1.0),
// HTTP API 2.0 and function URLs (payload 2.0) and ALB events.

import { Router } from '@aws-lambda-powertools/event-handler/http';
import type { Context } from 'aws-lambda';
import { COOKIE_LINES } from './routes.js';

const app = new Router();

app.get('/items/:id', ({ params, req }) => ({
  id: params.id,
  q: new URL(req.url).searchParams.get('q'),
}));
app.post(
  '/items',
  async ({ req }) =>
    new Response(await req.text(), {
      status: 201,
      headers: { 'content-type': 'application/json' },
    }),
);
app.get('/login', () => {
  const headers = new Headers({ 'content-type': 'application/json' });
  for (const line of COOKIE_LINES) headers.append('set-cookie', line);
  return new Response(JSON.stringify({ ok: true }), { headers });
});

export const handler = (event: unknown, context: Context): Promise<unknown> => app.resolve(event, context);
