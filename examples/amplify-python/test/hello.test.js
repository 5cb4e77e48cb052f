import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { expect } from 'expect';
import { invokeHttp, invokePython, restApi } from 'lambda-proxy-matchers';

const fixed = fileURLToPath(new URL('../amplify/backend/function/hello/src/index.py', import.meta.url));
const broken = fileURLToPath(new URL('../broken/index.py', import.meta.url));

// `npm run broken` runs these very tests against the 2020 handler (npm names the running script in
// npm_lifecycle_event), to show the messages you get.
const file = process.env.npm_lifecycle_event === 'broken' ? broken : fixed;
const event = restApi.get('/hello');

describe('GET /hello, a Python function behind an Amplify REST API', () => {
  it('returns a response API Gateway accepts', async () => {
    await expect(invokePython(file, { event })).resolves.toBeValidProxyResponse();
  });

  it('answers 200 with the greeting as a JSON string', async () => {
    const response = await invokeHttp(invokePython(file, { event }), event);
    expect(response).toHaveStatusCode(200);
    expect(response).toHaveJsonBody('Hello from your new Amplify Python lambda!');
  });

  it('lets the web app on another origin call it', async () => {
    const response = await invokeHttp(invokePython(file, { event }), event);
    expect(response).toHaveHeader('Access-Control-Allow-Origin', '*');
  });
});
