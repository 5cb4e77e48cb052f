// What a TypeScript user writes with the matchers, type-checked against the installed tarball and runner.
// Only `./expect.mjs` differs per runner: each folder beside this file has one re-exporting that runner's own
// `expect`, so the same lines are checked against jest's, vitest's and the `expect` package's types.
// Each @ts-expect-error is a test too: tsc fails if the line beneath it stops being an error.
import { expect } from './expect.mjs';

const result = { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{}' };
const pending = Promise.resolve(result);
declare const maybeValue: string | undefined;

expect(result).toHaveStatusCode(200);
expect(result).not.toHaveStatusCode(500);
expect(result).toBeValidProxyResponse({ integration: 'http-2.0' });
expect(result).toHaveHeader('content-type', /json/);
expect(result).toRedirectTo('/login', 302);
expect({ response: result }).toEqual({ response: expect.toHaveStatusCode(200) });
expect({ response: result }).toEqual({ response: expect.not.toHaveHeader('x-debug') });

export async function afterAwait(): Promise<void> {
  await expect(pending).resolves.toHaveJsonBody({});
  await expect(pending).resolves.not.toHaveStatusCode(500);
  // .resolves gives a promise to await, so a floating-promise lint rule can catch a missing await.
  const settled: Promise<unknown> = expect(pending).resolves.toHaveStatusCode(200);
  await settled;
}

// @ts-expect-error a misspelt matcher
expect(result).toHaveStatusCod(200);
// @ts-expect-error a status code is a number, as the handler returns it
expect(result).toHaveStatusCode('200');
// @ts-expect-error an integration that does not exist
expect(result).toBeValidProxyResponse({ integration: 'apigateway' });
// @ts-expect-error a value is given or left out, never undefined: at run time that is a Matcher error
expect(result).toHaveHeader('x', undefined);
// @ts-expect-error the same for a `string | undefined` variable, a value that may have failed to load
expect(result).toHaveCookie('session', maybeValue);
// @ts-expect-error the asymmetric form takes the same arguments
expect({ response: result }).toEqual({ response: expect.toHaveStatusCode('200') });
// @ts-expect-error .resolves takes the same arguments
void expect(pending).resolves.toHaveStatusCode('200');

export function withoutResolves(): Promise<unknown> {
  // @ts-expect-error a synchronous matcher returns nothing to await
  return expect(result).toHaveStatusCode(200);
}
