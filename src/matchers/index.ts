// `lambda-proxy-matchers/matchers`: the matchers object for a manual `expect.extend(matchers)` (bun test, and
// any runner without a setup entry of its own), each matcher by name, and their types. No side effects.
import { toAcceptConnection } from './toAcceptConnection.js';
import { toBeValidProxyResponse } from './toBeValidProxyResponse.js';
import { toCompleteStream } from './toCompleteStream.js';
import { toHaveBody } from './toHaveBody.js';
import { toHaveContentType } from './toHaveContentType.js';
import { toHaveCookie } from './toHaveCookie.js';
import { toHaveHeader } from './toHaveHeader.js';
import { toHaveJsonBody } from './toHaveJsonBody.js';
import { toHaveServerSentEvents } from './toHaveServerSentEvents.js';
import { toHaveStatusCode } from './toHaveStatusCode.js';
import { toHaveWrittenChunks } from './toHaveWrittenChunks.js';
import { toMatchJsonBody } from './toMatchJsonBody.js';
import { toRedirectTo } from './toRedirectTo.js';
import { toRejectConnection } from './toRejectConnection.js';
import { toSendFrame } from './toSendFrame.js';

export type { MatcherContext, MatcherResult, MatcherUtils } from './internal/context.js';
export { matchers } from './matchers.js';
export type {
  AsymmetricMatcherLike,
  LambdaAsymmetricMatchers,
  LambdaMatchers,
  LambdaStreamMatchers,
  LambdaWebSocketMatchers,
  MatcherReturn,
  ProxyResponseOptions,
  StatusClass,
  StatusCodeMatcher,
  TextMatcher,
} from './types.js';
export {
  toAcceptConnection,
  toBeValidProxyResponse,
  toCompleteStream,
  toHaveBody,
  toHaveContentType,
  toHaveCookie,
  toHaveHeader,
  toHaveJsonBody,
  toHaveServerSentEvents,
  toHaveStatusCode,
  toHaveWrittenChunks,
  toMatchJsonBody,
  toRedirectTo,
  toRejectConnection,
  toSendFrame,
};

/**
 * The WebSocket matchers, for `expect.extend(webSocketMatchers)` in suites that test WebSocket routes. They are
 * not in `matchers` nor in the setup entries: jest pays for every registered matcher on every `expect()`, and
 * three more cost an HTTP-only suite about 20% on each of its own assertions.
 * @example import { webSocketMatchers } from 'lambda-proxy-matchers/matchers'; expect.extend(webSocketMatchers);
 */
export const webSocketMatchers = { toAcceptConnection, toRejectConnection, toSendFrame };

/**
 * The streaming matchers, for `expect.extend(streamMatchers)` in suites that test `streamifyResponse` handlers;
 * kept out of `matchers` and the setup entries for the same reason as the WebSocket ones.
 * @example import { streamMatchers } from 'lambda-proxy-matchers/matchers'; expect.extend(streamMatchers);
 */
export const streamMatchers = { toHaveWrittenChunks, toCompleteStream, toHaveServerSentEvents };
