// The default matchers: what the setup entries register. Its own module, so that the setup entries' bundle
// holds these nine and the core they read, not the WebSocket and streaming matchers (and their judges), which a
// suite registers only where it needs them: a setup file's import is paid again for every test file.
import { toBeValidProxyResponse } from './toBeValidProxyResponse.js';
import { toHaveBody } from './toHaveBody.js';
import { toHaveContentType } from './toHaveContentType.js';
import { toHaveCookie } from './toHaveCookie.js';
import { toHaveHeader } from './toHaveHeader.js';
import { toHaveJsonBody } from './toHaveJsonBody.js';
import { toHaveStatusCode } from './toHaveStatusCode.js';
import { toMatchJsonBody } from './toMatchJsonBody.js';
import { toRedirectTo } from './toRedirectTo.js';

/**
 * The HTTP matchers, the set the setup entries register, for a manual `expect.extend`.
 * @example import { expect } from 'bun:test'; import { matchers } from 'lambda-proxy-matchers/matchers'; expect.extend(matchers);
 */
export const matchers = {
  toBeValidProxyResponse,
  toHaveStatusCode,
  toHaveHeader,
  toHaveContentType,
  toHaveBody,
  toHaveJsonBody,
  toMatchJsonBody,
  toHaveCookie,
  toRedirectTo,
};
