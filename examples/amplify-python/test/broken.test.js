import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { expect } from 'expect';
import { invokeHttp, invokePython, restApi } from 'lambda-proxy-matchers';

const broken = fileURLToPath(new URL('../broken/index.py', import.meta.url));
const event = restApi.get('/hello');

describe('the 2020 Amplify Python template', () => {
  it('is not a response API Gateway accepts: the client gets a 502', async () => {
    await expect(invokePython(broken, { event })).resolves.not.toBeValidProxyResponse();
    // Status and body matchers refuse a rejected result (none of it reaches the client): read the outcome.
    const { response } = await invokeHttp(invokePython(broken, { event }), event);
    expect(response.status).toBe(502);
    expect(JSON.parse(response.body)).toEqual({ message: 'Internal server error' });
  });
});
