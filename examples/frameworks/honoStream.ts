// Hono streamed through `hono/aws-lambda`'s `streamHandle`, the handler a function URL in RESPONSE_STREAM mode
// or a REST API in STREAM mode invokes. `streamHandle` calls `awslambda.streamifyResponse` when it is called, so
// this module must be imported after the runtime's globals exist (`installAwsLambdaGlobals()` in a test).
import { Hono } from 'hono';
import { streamHandle } from 'hono/aws-lambda';
import { setCookie } from 'hono/cookie';
import { streamSSE } from 'hono/streaming';
import { COOKIES } from './routes.js';

/** The events `GET /events` sends, one write each, `?delay=` ms apart. */
export const EVENTS = [
  { id: '1', event: 'token', data: 'Hel' },
  { id: '2', event: 'token', data: 'lo' },
  { id: '3', event: 'done', data: '[DONE]' },
] as const;

const app = new Hono();

app.get('/events', (c) => {
  const delay = Number(c.req.query('delay') ?? 0);
  return streamSSE(c, async (stream) => {
    for (const [i, message] of EVENTS.entries()) {
      if (i > 0 && delay > 0) await stream.sleep(delay);
      await stream.writeSSE(message);
    }
  });
});

app.post('/items', async (c) => {
  for (const cookie of COOKIES) setCookie(c, cookie.name, cookie.value, cookie.options);
  c.header('x-item-id', '42');
  return c.json(await c.req.json(), 201);
});

// No body at all: the adapter has only the prelude to send, so it must write('') before end() (S-10, S-28).
app.get('/moved', (c) => c.redirect('/items/42', 301));

// A body that fails after its first chunk, the way a proxied upstream or a generator that throws does.
app.get('/broken', () => {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('partial '));
    },
    pull(controller) {
      controller.error(new Error('upstream reset'));
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/plain' } });
});

// A throw inside streamSSE's callback, after one event: Hono's onError gets it, not the runtime.
app.get('/events-fail', (c) =>
  streamSSE(
    c,
    async (stream) => {
      await stream.writeSSE({ data: 'first' });
      throw new Error('model overloaded');
    },
    async () => {},
  ),
);

// A throw before any response: Hono's own error handler answers 500.
app.get('/throws', () => {
  throw new Error('handler bug');
});

export const handler: ReturnType<typeof streamHandle> = streamHandle(app);
