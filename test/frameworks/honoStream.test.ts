// Hono's `streamHandle` behind the two streaming front ends: what the client gets, chunk by chunk, read by the
// library's emulation of Lambda's runtime (S-4 … S-12) and of each front end (S-17 … S-41).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COOKIE_LINES } from '../../examples/frameworks/routes.js';
import type { ProxyOutcome } from '../../src/contract/types.js';
import { invokeHttp } from '../../src/invoke/invokeHttp.js';
import { installAwsLambdaGlobals } from '../../src/invoke/stream/awsLambdaGlobals.js';
import { failureOf } from '../unit/matchers/support.js';
import type { RequestInit } from './frontEnds.js';
import { bodyWriteGaps, STREAM_FRONT_ENDS, TRANSFER_ENCODING_WARNING } from './streamFrontEnds.js';

// streamHandle calls awslambda.streamifyResponse when the module runs: the globals first, then the app.
installAwsLambdaGlobals();
const { handler, EVENTS } = await import('../../examples/frameworks/honoStream.js');

const ITEM = { name: 'widget', tags: ['a', 'b'] };

/** The adapter's console.error, silenced and kept, so a test can say what Hono logged. */
const quietErrors = () => vi.spyOn(console, 'error').mockImplementation(() => {});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('hono streamHandle', () => {
  for (const frontEnd of STREAM_FRONT_ENDS) {
    const send = (init: RequestInit, options = {}): Promise<ProxyOutcome> =>
      invokeHttp(handler as never, frontEnd.event(init), { ...frontEnd.options, ...options });

    describe(frontEnd.name, () => {
      it('streams server-sent events one write each, the stream complete', async () => {
        const outcome = await send({ path: '/events' });
        expect(outcome.integration).toBe(frontEnd.integration);
        expect(outcome.stream?.mode).toBe(
          frontEnd.options.invokeMode ?? frontEnd.options.responseTransferMode,
        );
        expect(outcome).toBeValidProxyResponse({ integration: frontEnd.integration });
        expect(outcome).toHaveStatusCode(200);
        expect(outcome).toHaveContentType('text/event-stream');
        expect(outcome).toHaveHeader('cache-control', 'no-cache');
        expect(outcome).toHaveServerSentEvents(EVENTS.map((e) => ({ ...e })));
        expect(outcome).toHaveWrittenChunks(EVENTS.map((e) => expect.stringContaining(`data: ${e.data}\n`)));
        expect(outcome).toCompleteStream();
        expect(failureOf(() => expect(outcome).not.toCompleteStream())).toMatch(/ended normally/);
        expect(failureOf(() => expect(outcome).toHaveWrittenChunks(1))).toMatch(/wrote 3/);
      });

      it('S-28: streamSSE puts Transfer-Encoding: chunked in the prelude, a warning (no upstream issue found)', async () => {
        // Harmless with a body; Nitro dropped the same header after empty bodies hung (nitrojs/nitro#4418).
        const outcome = await send({ path: '/events' });
        expect(outcome.problems).toEqual([TRANSFER_ENCODING_WARNING]);
        const strict = await send({ path: '/events' }, { strict: true });
        expect(strict).not.toBeValidProxyResponse({ integration: frontEnd.integration });
        expect(failureOf(() => expect(strict).toBeValidProxyResponse())).toMatch(/Transfer-Encoding.*S-28/);
      });

      it('S-9: a delay between events shows in the handler-side write times', async () => {
        const outcome = await send({ path: '/events?delay=20' });
        const gaps = bodyWriteGaps(outcome);
        expect(gaps).toHaveLength(2);
        // Timers may fire a millisecond early; the gap is the app's sleep, not the emulator's.
        expect(Math.min(...gaps)).toBeGreaterThanOrEqual(15);
        expect(outcome).toCompleteStream();
      });

      it('S-18, S-19: status, a header and both cookies go in the prelude, cookies in its cookies array', async () => {
        // strict: not even a warning.
        const outcome = await send({ method: 'POST', path: '/items', json: ITEM }, { strict: true });
        expect(outcome).toBeValidProxyResponse({ integration: frontEnd.integration });
        expect(outcome).toHaveStatusCode(201);
        expect(outcome).toHaveHeader('x-item-id', '42');
        expect(outcome).toHaveContentType('application/json');
        expect(outcome).toHaveJsonBody(ITEM);
        expect(outcome).toHaveCookie('session', 'abc123');
        expect(outcome).toHaveCookie('theme', 'dark');
        expect(outcome.response.headers['set-cookie']).toEqual([...COOKIE_LINES]);
        const prelude = JSON.parse(new TextDecoder().decode(outcome.stream?.chunks[0]?.bytes));
        expect(prelude).toEqual({
          statusCode: 201,
          headers: { 'content-type': 'application/json', 'x-item-id': '42' },
          cookies: [...COOKIE_LINES],
        });
        expect(failureOf(() => expect(outcome).not.toHaveCookie('theme'))).toMatch(/theme/);
        expect(failureOf(() => expect(outcome).toHaveStatusCode(200))).toMatch(/201/);
      });

      it("S-10, S-28: a body-less redirect writes '' before end(), so the prelude and its 301 survive (fixed by https://github.com/honojs/hono/issues/2401)", async () => {
        const outcome = await send({ path: '/moved' }, { strict: true });
        expect(outcome).toBeValidProxyResponse({ integration: frontEnd.integration });
        expect(outcome).toRedirectTo('/items/42', 301);
        expect(outcome).toHaveBody('');
        expect(outcome).toHaveWrittenChunks(['']);
        expect(outcome.stream?.chunks.map((c) => c.kind)).toEqual(['prelude', 'delimiter', 'body']);
        expect(outcome).toCompleteStream();
        expect(failureOf(() => expect(outcome).toHaveWrittenChunks(0))).toMatch(/wrote 1/);
      });

      it('S-26: a body that fails mid-stream keeps 200 and a cut body; Hono’s own "Internal Server Error" never arrives', async () => {
        // pipeline() destroys the response stream with the error, so the adapter's catch writes into a dead
        // stream: the client keeps the first chunk and the error is only in the trailers (S-12).
        const logged = quietErrors();
        const outcome = await send({ path: '/broken' });
        expect(logged).toHaveBeenCalledWith('Error processing request:', expect.any(Error));
        expect(outcome.functionError).toBe(true);
        expect(outcome).not.toBeValidProxyResponse({ integration: frontEnd.integration });
        expect(outcome).toHaveStatusCode(200);
        expect(outcome).toHaveBody('partial ');
        expect(outcome).not.toHaveBody(expect.stringContaining('Internal Server Error'));
        expect(outcome).not.toCompleteStream();
        expect(outcome.stream).toMatchObject({
          truncated: 'error',
          error: { errorType: 'Error', errorMessage: 'upstream reset' },
        });
        expect(failureOf(() => expect(outcome).toCompleteStream())).toMatch(/upstream reset.*S-26/);
      });

      it('a throw inside streamSSE is Hono’s to handle: an error event, then a complete stream', async () => {
        const outcome = await send({ path: '/events-fail' });
        expect(outcome.functionError).toBe(false);
        expect(outcome).toHaveStatusCode(200);
        expect(outcome).toHaveServerSentEvents(['first', { event: 'error', data: 'model overloaded' }]);
        expect(outcome).toCompleteStream();
        expect(failureOf(() => expect(outcome).toHaveServerSentEvents(['first']))).toMatch(
          /server-sent events/,
        );
      });

      it("a throw in a route is Hono's 500, streamed with its prelude", async () => {
        const logged = quietErrors();
        const outcome = await send({ path: '/throws' });
        expect(logged).toHaveBeenCalledWith(expect.objectContaining({ message: 'handler bug' }));
        expect(outcome).toBeValidProxyResponse({ integration: frontEnd.integration });
        expect(outcome).toHaveStatusCode(500);
        expect(outcome).toHaveContentType('text/plain');
        expect(outcome).toHaveBody('Internal Server Error');
        expect(outcome).toCompleteStream();
      });

      it(
        frontEnd.integration === 'function-url'
          ? 'S-17: a request Hono cannot convert (GET with a body) fails before from(), so the client gets 200 octet-stream "Internal Server Error" (no upstream issue found)'
          : 'S-36: a request Hono cannot convert (GET with a body) fails before from(), so API Gateway finds no prelude and answers 500 (no upstream issue found)',
        async () => {
          // `new Request()` refuses a GET body; streamHandle's catch writes its text to the raw stream, where
          // the buffered `handle` answers 400 "Invalid request". A function URL has no prelude to read a status from.
          const logged = quietErrors();
          const outcome = await send({ method: 'GET', path: '/events', body: 'x' });
          expect(logged).toHaveBeenCalledWith('Error processing request:', expect.any(TypeError));
          expect(outcome.stream?.contentType).toBe('application/octet-stream');
          expect(outcome.stream?.chunks.map((c) => c.kind)).toEqual(['body']);
          if (frontEnd.integration === 'function-url') {
            expect(outcome).toBeValidProxyResponse({ integration: frontEnd.integration });
            expect(outcome).toHaveStatusCode(200);
            expect(outcome).toHaveContentType('application/octet-stream');
            expect(outcome).toHaveBody('Internal Server Error');
            expect(outcome).not.toHaveStatusCode(400);
            expect(outcome.notes.map((n) => n.rule)).toEqual(['S-17']);
          } else {
            expect(outcome).not.toBeValidProxyResponse({ integration: frontEnd.integration });
            expect(outcome.response.status).toBe(500);
            expect(outcome.problems[0]).toMatchObject({ severity: 'error', rule: 'S-36' });
            expect(failureOf(() => expect(outcome).toBeValidProxyResponse())).toMatch(/delimiter.*S-36/);
          }
        },
      );
    });
  }
});
