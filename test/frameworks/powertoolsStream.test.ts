// Powertools' `streamify(router)` behind the two streaming front ends: what the client gets, chunk by chunk, read
// by the library's emulation of Lambda's runtime (S-4 … S-12) and of each front end (S-17 … S-41).
import { describe, expect, it } from 'vitest';
import { COOKIE_LINES } from '../../examples/frameworks/routes.js';
import type { ProxyOutcome } from '../../src/contract/types.js';
import { invokeHttp } from '../../src/invoke/invokeHttp.js';
import { installAwsLambdaGlobals } from '../../src/invoke/stream/awsLambdaGlobals.js';
import { failureOf } from '../unit/matchers/support.js';
import type { RequestInit } from './frontEnds.js';
import { bodyWriteGaps, STREAM_FRONT_ENDS, TRANSFER_ENCODING_WARNING } from './streamFrontEnds.js';

// Powertools reads globalThis.awslambda when its http module loads (streamGlobals.test.ts shows the other order).
installAwsLambdaGlobals();
const { handler, EVENT_LINES } = await import('../../examples/frameworks/powertoolsStream.js');

const ITEM = { name: 'widget', tags: ['a', 'b'] };
const ISSUE_5674 = 'https://github.com/aws-powertools/powertools-lambda-typescript/issues/5674';

/** The metadata prelude the adapter wrote, parsed. */
const preludeOf = (outcome: ProxyOutcome): unknown =>
  JSON.parse(new TextDecoder().decode(outcome.stream?.chunks.find((c) => c.kind === 'prelude')?.bytes));

describe('powertools streamify (@aws-lambda-powertools/event-handler)', () => {
  for (const frontEnd of STREAM_FRONT_ENDS) {
    const send = (init: RequestInit, options = {}): Promise<ProxyOutcome> =>
      invokeHttp(handler as never, frontEnd.event(init), { ...frontEnd.options, ...options });
    const url = frontEnd.integration === 'function-url';

    describe(frontEnd.name, () => {
      it('streams a returned Readable one write per chunk, the stream complete', async () => {
        const outcome = await send({ path: '/events' });
        expect(outcome.integration).toBe(frontEnd.integration);
        expect(outcome.stream?.mode).toBe(url ? 'RESPONSE_STREAM' : 'STREAM');
        expect(outcome).toBeValidProxyResponse({ integration: frontEnd.integration });
        expect(outcome).toHaveStatusCode(200);
        expect(outcome).toHaveContentType('text/event-stream');
        expect(outcome).toHaveServerSentEvents(['Hel', 'lo', { event: 'done', data: '[DONE]', id: '3' }]);
        expect(outcome).toHaveWrittenChunks([...EVENT_LINES]);
        expect(outcome).toCompleteStream();
        expect(failureOf(() => expect(outcome).not.toCompleteStream())).toMatch(/ended normally/);
        expect(failureOf(() => expect(outcome).toHaveServerSentEvents(['Hel']))).toMatch(
          /server-sent events/,
        );
      });

      it('S-28: every streamed response puts Transfer-Encoding: chunked in the prelude, a warning (no upstream issue found)', async () => {
        const outcome = await send({ path: '/events' });
        expect(outcome.problems).toEqual([TRANSFER_ENCODING_WARNING]);
        expect(preludeOf(outcome)).toMatchObject({ headers: { 'transfer-encoding': 'chunked' } });
        const strict = await send({ path: '/events' }, { strict: true });
        expect(strict).not.toBeValidProxyResponse({ integration: frontEnd.integration });
        expect(failureOf(() => expect(strict).toBeValidProxyResponse())).toMatch(/Transfer-Encoding.*S-28/);
      });

      it('S-9: a delay between chunks shows in the handler-side write times', async () => {
        const outcome = await send({ path: '/events?delay=20' });
        const gaps = bodyWriteGaps(outcome);
        expect(gaps).toHaveLength(2);
        // Timers may fire a millisecond early; the gap is the app's sleep, not the emulator's.
        expect(Math.min(...gaps)).toBeGreaterThanOrEqual(15);
        expect(outcome).toCompleteStream();
      });

      if (url) {
        it(`S-19: of two cookies only the last arrives, as a prelude header; the prelude has no cookies array (${ISSUE_5674})`, async () => {
          // The V2 header converter copies Headers.entries() into an object, so each Set-Cookie overwrites the
          // one before; a function URL reads cookies from the prelude's `cookies`, which is never written.
          const outcome = await send({ method: 'POST', path: '/items', json: ITEM });
          expect(outcome).toHaveStatusCode(201);
          expect(outcome).toHaveHeader('x-item-id', '42');
          expect(outcome).toHaveJsonBody(ITEM);
          expect(outcome).not.toHaveCookie('session');
          expect(outcome).toHaveCookie('theme', 'dark');
          expect(outcome.response.headers['set-cookie']).toEqual([COOKIE_LINES[1]]);
          expect(preludeOf(outcome)).not.toHaveProperty('cookies');
          expect(outcome.problems).toEqual([
            expect.objectContaining({
              severity: 'warning',
              rule: 'S-19',
              path: 'prelude.headers.set-cookie',
            }),
            TRANSFER_ENCODING_WARNING,
          ]);
          expect(failureOf(() => expect(outcome).toHaveCookie('session'))).toMatch(/session/);
        });
      } else {
        it(`S-38: no cookie at all reaches the client: the V1 converter puts them in multiValueHeaders, which the stream's prelude leaves out (${ISSUE_5674})`, async () => {
          // Two cookies (and one with an Expires comma, split in two) become multiValueHeaders['set-cookie'];
          // Router#streamHandlerResponse writes only `headers` into the prelude.
          const outcome = await send({ method: 'POST', path: '/items', json: ITEM });
          expect(outcome).toBeValidProxyResponse({ integration: frontEnd.integration });
          expect(outcome).toHaveStatusCode(201);
          expect(outcome).toHaveHeader('x-item-id', '42');
          expect(outcome).toHaveJsonBody(ITEM);
          expect(outcome).not.toHaveCookie('session');
          expect(outcome).not.toHaveCookie('theme');
          expect(outcome).not.toHaveHeader('set-cookie');
          expect(preludeOf(outcome)).not.toHaveProperty('multiValueHeaders');
          expect(failureOf(() => expect(outcome).toHaveCookie('theme'))).toMatch(/theme/);
        });
      }

      it("S-10: a body-less redirect writes '' before end(), so the prelude and its 301 survive, with Transfer-Encoding (S-28)", async () => {
        // The empty body plus Transfer-Encoding: chunked is the combination users saw hang (nitrojs/nitro#4418);
        // the 301 also claims text/plain, inherited from the Router's placeholder Response('').
        const outcome = await send({ path: '/moved' });
        expect(outcome).toBeValidProxyResponse({ integration: frontEnd.integration });
        expect(outcome).toRedirectTo('/items/42', 301);
        expect(outcome).toHaveBody('');
        expect(outcome).toHaveWrittenChunks(['']);
        expect(outcome).toHaveContentType('text/plain');
        expect(outcome.problems).toEqual([TRANSFER_ENCODING_WARNING]);
        expect(outcome).toCompleteStream();
        expect(failureOf(() => expect(outcome).toHaveWrittenChunks(0))).toMatch(/wrote 1/);
      });

      it('S-26: a body that fails mid-stream keeps 200 and a cut body; the error is only in the trailers', async () => {
        const outcome = await send({ path: '/broken' });
        expect(outcome.functionError).toBe(true);
        expect(outcome).not.toBeValidProxyResponse({ integration: frontEnd.integration });
        expect(outcome).toHaveStatusCode(200);
        expect(outcome).toHaveBody('partial ');
        expect(outcome).not.toCompleteStream();
        expect(outcome.stream).toMatchObject({
          truncated: 'error',
          error: { errorType: 'Error', errorMessage: 'upstream reset' },
        });
        expect(failureOf(() => expect(outcome).toCompleteStream())).toMatch(/upstream reset.*S-26/);
      });

      it("a throw in a route is the Router's 500 JSON, streamed with its prelude", async () => {
        const outcome = await send({ path: '/throws' });
        expect(outcome).toBeValidProxyResponse({ integration: frontEnd.integration });
        expect(outcome).toHaveStatusCode(500);
        expect(outcome).toHaveJsonBody({
          statusCode: 500,
          error: 'Internal Server Error',
          message: 'Internal Server Error',
        });
        expect(outcome).toCompleteStream();
        expect(failureOf(() => expect(outcome).toHaveStatusCode(200))).toMatch(/500/);
      });
    });
  }
});
