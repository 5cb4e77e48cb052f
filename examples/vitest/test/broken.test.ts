import { httpApi, invokeHttp, restApi } from 'lambda-proxy-matchers';
import { describe, expect, it } from 'vitest';
import { handler } from '../src/hello.broken.js';

describe('the broken handler', () => {
  it('is not a response API Gateway (REST) accepts: the client gets a 502', async () => {
    const outcome = await invokeHttp(handler, restApi.get('/hello'));
    expect(outcome).not.toBeValidProxyResponse();
    // What the client receives instead: API Gateway's own error response.
    expect(outcome.response.status).toBe(502);
    expect(JSON.parse(outcome.response.body)).toEqual({ message: 'Internal server error' });
  });

  it('would pass behind an HTTP API (payload 2.0), which wraps a bare object as JSON', async () => {
    const response = await invokeHttp(handler, httpApi.get('/hello'));
    expect(response).toHaveStatusCode(200);
    expect(response).toHaveJsonBody({ message: 'Hello from Lambda!' });
  });
});
