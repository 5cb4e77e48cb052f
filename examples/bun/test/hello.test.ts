import { describe, expect, it } from 'bun:test';
import { invokeHttp, restApi } from 'lambda-proxy-matchers';
import * as fixed from '../src/hello';
import * as broken from '../src/hello.broken';

// `npm run broken` runs these very tests against the broken handler (npm names the running script in
// npm_lifecycle_event), to show the messages you get.
const { handler } = process.env.npm_lifecycle_event === 'broken' ? broken : fixed;

describe('GET /hello', () => {
  it('returns a response API Gateway accepts', async () => {
    const response = await invokeHttp(handler, restApi.get('/hello'));
    expect(response).toBeValidProxyResponse();
  });

  it('answers 200 with a JSON greeting', async () => {
    const response = await invokeHttp(handler, restApi.get('/hello'));
    expect(response).toHaveStatusCode(200);
    expect(response).toHaveContentType('application/json');
    expect(response).toHaveJsonBody({ message: 'Hello from Lambda!', path: '/hello' });
  });

  it('lets browsers on other origins call it', async () => {
    const response = await invokeHttp(
      handler,
      restApi.get('/hello', { headers: { Origin: 'https://app.example' } }),
    );
    expect(response).toHaveHeader('Access-Control-Allow-Origin', '*');
  });
});
