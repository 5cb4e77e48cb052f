import { invokeHttp, restApi } from 'lambda-proxy-matchers';
import { describe, expect, it } from 'vitest';
import * as broken from '../src/hello.broken.js';
import * as fixed from '../src/hello.js';

// `npm run broken` runs these very tests against the broken handler (npm names the running script in
// npm_lifecycle_event), to show the messages you get.
const { handler } = process.env.npm_lifecycle_event === 'broken' ? broken : fixed;

describe('GET /hello', () => {
  it('returns a response API Gateway accepts', async () => {
    const response = await invokeHttp(handler, restApi.get('/hello'));
    expect(response).toBeValidProxyResponse();
  });

  it('answers 200 with a JSON greeting', async () => {
    await expect(invokeHttp(handler, restApi.get('/hello'))).resolves.toHaveStatusCode(200);
    const response = await invokeHttp(handler, restApi.get('/hello'));
    expect(response).toHaveContentType('application/json');
    expect(response).toMatchJsonBody({ message: expect.stringMatching(/^Hello/) });
  });

  it('lets browsers on other origins call it', async () => {
    const response = await invokeHttp(
      handler,
      restApi.get('/hello', { headers: { Origin: 'https://app.example' } }),
    );
    expect(response).toHaveHeader('access-control-allow-origin', '*');
  });
});
