// Powertools' HTTP event handler streamed through `streamify(router)`, for a function URL in RESPONSE_STREAM mode
// or a REST API in STREAM mode. Powertools reads `globalThis.awslambda` once, when its http module is first
// imported, and falls back to a local shim without it: import this module after `installAwsLambdaGlobals()`.
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { Router, streamify } from '@aws-lambda-powertools/event-handler/http';
import { COOKIE_LINES } from './routes.js';

/** The server-sent events `GET /events` sends, one chunk each, `?delay=` ms apart. */
export const EVENT_LINES = [
  'event: token\ndata: Hel\nid: 1\n\n',
  'event: token\ndata: lo\nid: 2\n\n',
  'event: done\ndata: [DONE]\nid: 3\n\n',
] as const;

const app = new Router();

// Powertools' documented way to stream: return a Node Readable, which it pipes into the response stream.
app.get('/events', ({ req }) => {
  const delay = Number(new URL(req.url).searchParams.get('delay') ?? 0);
  async function* events() {
    for (const [i, line] of EVENT_LINES.entries()) {
      if (i > 0 && delay > 0) await sleep(delay);
      yield Buffer.from(line);
    }
  }
  return new Response(Readable.toWeb(Readable.from(events())) as ReadableStream, {
    headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' },
  });
});

app.post('/items', async ({ req }) => {
  const headers = new Headers({ 'content-type': 'application/json', 'x-item-id': '42' });
  for (const line of COOKIE_LINES) headers.append('set-cookie', line);
  return new Response(await req.text(), { status: 201, headers });
});

// No body at all: Powertools writes '' before end() so the prelude goes out (S-10, S-28).
app.get('/moved', () => new Response(null, { status: 301, headers: { location: '/items/42' } }));

// A body that fails after its first chunk.
app.get('/broken', () => {
  async function* body() {
    yield Buffer.from('partial ');
    throw new Error('upstream reset');
  }
  return new Response(Readable.toWeb(Readable.from(body())) as ReadableStream, {
    headers: { 'content-type': 'text/plain' },
  });
});

// A throw before any response: the Router's error handling answers 500.
app.get('/throws', () => {
  throw new Error('handler bug');
});

export const handler = streamify(app);
