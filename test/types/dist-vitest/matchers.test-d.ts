// The built package as a vitest user's tsc sees it, through the exports map: catches a .d.ts that lost its
// `import 'vitest'` line, which silently drops every matcher type (aws-sdk-client-mock #252).
import 'lambda-proxy-matchers/vitest';
import { expect } from 'vitest';

const result = { statusCode: 200, body: '{"ok":true}' };
expect(result).toHaveStatusCode(200);
expect(result).toHaveJsonBody({ ok: expect.any(Boolean) });
expect({ response: result }).toEqual({ response: expect.not.toHaveHeader('x-debug') });
// @ts-expect-error an unknown integration
expect(result).toBeValidProxyResponse({ integration: 'apigateway' });
// @ts-expect-error a misspelt matcher
expect(result).toHaveStatusCod(200);
declare const maybeValue: string | undefined;
expect(result).toHaveHeader('x-id');
void expect(Promise.resolve(result)).resolves.toHaveHeader('x-id');
void expect(Promise.resolve(result)).resolves.toHaveHeader('x-id', 'a');
// @ts-expect-error an optional last argument is left out or given, never undefined (a run-time Matcher error)
expect(result).toHaveHeader('x-id', maybeValue);
// @ts-expect-error the same under .resolves
void expect(Promise.resolve(result)).resolves.toHaveCookie('session', undefined);
// @ts-expect-error the same in the asymmetric form
expect({ response: result }).toEqual({ response: expect.toRedirectTo('/login', undefined) });
