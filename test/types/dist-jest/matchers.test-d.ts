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
