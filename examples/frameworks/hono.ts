// Hono behind every AWS front end through `hono/aws-lambda`'s `handle`: the routes the framework suite
// (test/frameworks) sends each front end's event to.
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { setCookie } from 'hono/cookie';
import { COOKIES } from './routes.js';

const app = new Hono();

app.get('/items/:id', (c) => c.json({ id: c.req.param('id'), q: c.req.query('q') ?? null }));
app.post('/items', async (c) => c.json(await c.req.json(), 201));
app.get('/login', (c) => {
  for (const cookie of COOKIES) setCookie(c, cookie.name, cookie.value, cookie.options);
  return c.json({ ok: true });
});

export const handler = handle(app);
