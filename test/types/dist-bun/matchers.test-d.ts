// bun has no setup entry of ours: a user extends bun's expect with the matchers object and augments
// 'bun:test' as the README shows. This checks both compile against bun's own types (@types/bun).
import { expect, test } from 'bun:test';
import { type LambdaAsymmetricMatchers, type LambdaMatchers, matchers } from 'lambda-proxy-matchers/matchers';

expect.extend(matchers);

declare module 'bun:test' {
  interface Matchers<T> extends LambdaMatchers {}
  interface AsymmetricMatchers extends LambdaAsymmetricMatchers {}
}

test('typed', async () => {
  const result = { statusCode: 200, body: '{"ok":true}' };
  expect(result).toHaveStatusCode(200);
  expect(result).not.toHaveHeader('x-debug', /a/);
  await expect(Promise.resolve(result)).resolves.toHaveJsonBody({ ok: true });
  expect({ response: result }).toEqual({ response: expect.toHaveStatusCode(200) });
  // @ts-expect-error a status code is a number
  expect(result).toHaveStatusCode('200');
  // @ts-expect-error a misspelt matcher
  expect(result).toHaveStatusCod(200);
  // @ts-expect-error an unknown integration
  expect(result).toBeValidProxyResponse({ integration: 'apigateway' });
  const maybeValue: string | undefined = process.env.SESSION;
  expect(result).toHaveCookie('session');
  await expect(Promise.resolve(result)).resolves.toHaveHeader('x-id', 'a');
  // @ts-expect-error an optional last argument is left out or given, never undefined (a run-time Matcher error)
  expect(result).toHaveHeader('x-id', maybeValue);
  // @ts-expect-error the same for a cookie value
  expect(result).toHaveCookie('session', undefined);
  // @ts-expect-error the same in the asymmetric form
  expect({ response: result }).toEqual({ response: expect.toRedirectTo('/login', undefined) });
});
