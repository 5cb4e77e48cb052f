import { describe, it } from 'node:test';
import { expect } from 'expect';
import { invokeHttp, restApi } from 'lambda-proxy-matchers';
import { handler } from '../src/hello.broken.js';

describe('the broken handler', () => {
  it('is not a response API Gateway accepts: the client gets a 502', async () => {
    const outcome = await invokeHttp(handler, restApi.get('/hello'));
    expect(outcome).not.toBeValidProxyResponse();
    // What the client receives instead: API Gateway's own error response.
    expect(outcome.response.status).toBe(502);
    expect(JSON.parse(outcome.response.body)).toEqual({ message: 'Internal server error' });
  });
});
