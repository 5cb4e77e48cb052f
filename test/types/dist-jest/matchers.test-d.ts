// The built package as a jest user's tsc sees it, through the exports map: the global `expect` (@types/jest)
// and `@jest/globals` both get the matchers from the one setup entry.
import { expect as globalsExpect } from '@jest/globals';
import 'lambda-proxy-matchers/jest';

const result = { statusCode: 200, body: '{"ok":true}' };
expect(result).toHaveStatusCode(200);
globalsExpect(result).toHaveJsonBody({ ok: true });
expect({ response: result }).toEqual({ response: expect.not.toHaveHeader('x-debug') });
// @ts-expect-error an unknown integration
globalsExpect(result).toBeValidProxyResponse({ integration: 'apigateway' });
// @ts-expect-error a misspelt matcher
expect(result).toHaveStatusCod(200);
declare const maybeValue: string | undefined;
globalsExpect(result).toHaveHeader('x-id');
expect(result).toRedirectTo('/login', 302);
// @ts-expect-error an optional last argument is left out or given, never undefined (a run-time Matcher error)
expect(result).toHaveHeader('x-id', maybeValue);
// @ts-expect-error the same through @jest/globals
globalsExpect(result).toHaveCookie('session', undefined);
// @ts-expect-error the same in the asymmetric form
expect({ response: result }).toEqual({ response: expect.toRedirectTo('/login', undefined) });
