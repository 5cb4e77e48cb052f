// The tests both runners run: `describe`, `it` and `expect` come from the runner's test file.
import { functionUrlEvent, invokeHttp, restApi } from 'lambda-proxy-matchers';
import * as broken from '../src/chat.broken.js';
import * as fixed from '../src/chat.js';

// `npm run broken` runs these very tests against the broken handler (npm names the running script in
// npm_lifecycle_event), to show the messages you get.
const { handler } = process.env.npm_lifecycle_event === 'broken' ? broken : fixed;
const tokens = ['Hel', 'lo', ', ', 'streams', '!'].map((token) => JSON.stringify({ token }));

// Each runner passes its own describe, it and expect (any: their types differ and the tests use only the common part).
export function chatCases(describe: any, it: any, expect: any): void {
  describe('GET /chat?q=streams behind a RESPONSE_STREAM function URL', () => {
    const event = functionUrlEvent({ method: 'GET', path: '/chat?q=streams' });

    it('answers 200 text/event-stream, and the stream completes', async () => {
      const outcome = await invokeHttp(handler, event);
      expect(outcome).toBeValidProxyResponse();
      expect(outcome).toHaveStatusCode(200);
      expect(outcome).toHaveContentType('text/event-stream');
      expect(outcome).toCompleteStream();
    });

    it('sends each token as a server-sent event, then [DONE]', async () => {
      const outcome = await invokeHttp(handler, event);
      expect(outcome).toHaveServerSentEvents([...tokens, '[DONE]']);
    });

    it('writes one chunk per event, so the client can show tokens as they come', async () => {
      expect(await invokeHttp(handler, event)).toHaveWrittenChunks(6);
    });

    it('answers the same behind a REST API with responseTransferMode STREAM', async () => {
      const outcome = await invokeHttp(handler, restApi.get('/chat', { query: { q: 'streams' } }));
      expect(outcome).toHaveStatusCode(200);
      expect(outcome).toHaveServerSentEvents([...tokens, '[DONE]']);
    });
  });

  describe('the end()-without-write() trap (S-10)', () => {
    it('from() then end(body) sends no prelude: the function URL answers 502', async () => {
      const outcome = await invokeHttp(broken.handler, functionUrlEvent({ method: 'GET', path: '/chat' }));
      expect(outcome).not.toBeValidProxyResponse();
      expect(outcome.response.status).toBe(502);
      expect(outcome.problems[0].message).toMatch(
        /end\(chunk\) with no write\(\) before it skips the prelude/,
      );
    });
  });
}
