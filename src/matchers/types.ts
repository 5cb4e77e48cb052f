import type { InspectOptions } from '../contract/types.js';
import type { PROXY_RESPONSE_OPTION_KEYS } from './toBeValidProxyResponse.js';

/**
 * Anything with an `asymmetricMatch` method: `expect.any(String)`, `expect.stringMatching(/…/)`, and our own
 * `expect.toHaveJsonBody(…)`, in jest and vitest alike.
 */
export interface AsymmetricMatcherLike {
  asymmetricMatch(other: unknown): boolean;
}

/** What a header, cookie, body or location is compared with: the exact text, a pattern, or an asymmetric matcher. */
export type TextMatcher = string | RegExp | AsymmetricMatcherLike;

/** A status class for `toHaveStatusCode`: `'4xx'` is any code from 400 to 499. */
export type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

/** What `toHaveStatusCode` compares the status with: the exact code, a class, or an asymmetric matcher. */
export type StatusCodeMatcher = number | StatusClass | AsymmetricMatcherLike;

/**
 * Options of `toBeValidProxyResponse`: those of `inspectProxyResult` that say how to judge a result. The
 * request's method and the handler's duration belong to `invokeHttp`, which knows them.
 */
export type ProxyResponseOptions = Pick<InspectOptions, (typeof PROXY_RESPONSE_OPTION_KEYS)[number]>;

/**
 * What a matcher returns on the host assertion object `Self`. It copies the host's own `toBe`, so it is `void`
 * (or `Promise<void>` after `.resolves`/`.rejects`) wherever the host says so, in jest 29/30, `expect` and
 * vitest 3–5, without naming the host's type parameters.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: void is what the hosts' matchers return.
export type MatcherReturn<Self> = Self extends { toBe(...args: any[]): infer R } ? R : void;

/**
 * The lambda-proxy-matchers, declared once. Every runner's augmentation (jest, `@jest/globals`, `expect`,
 * vitest) extends this interface, and a type test keeps it in step with the implementations.
 *
 * Each matcher judges the response the client receives through the configured integration (`configure()`),
 * and takes a handler result, a `ProxyOutcome`, or (under `.rejects`) the error the handler threw.
 *
 * A matcher whose last argument may be left out takes a union of argument lists, `[name] | [name, value]`,
 * rather than `value?: V`: an explicit `undefined` (a `V | undefined` variable) is then a type error, as it is a
 * Matcher error at run time, so that a value that failed to load cannot turn the check into "any value
 * passes". One signature, not two overloads: vitest 3/4 type `.resolves` by mapping each matcher through a
 * conditional type, which keeps only the last overload.
 */
export interface LambdaMatchers {
  /**
   * Passes when the front end builds a response from the result instead of answering with its own error.
   * @example expect(result).toBeValidProxyResponse({ integration: 'http-2.0' })
   */
  toBeValidProxyResponse(options?: ProxyResponseOptions): MatcherReturn<this>;
  /**
   * Passes when the client receives this status code: the exact code, a class (`'4xx'`: 400 to 499), or an
   * asymmetric matcher (`expect.any(Number)`).
   * @example expect(result).toHaveStatusCode(201)
   * @example expect(result).toHaveStatusCode('4xx')
   */
  toHaveStatusCode(code: StatusCodeMatcher): MatcherReturn<this>;
  /**
   * Passes when the client receives this header (name case-insensitive) and, when `value` is given, when one
   * of its lines as sent matches (exact text, RegExp or asymmetric matcher): `Vary: a, b` is the one value
   * `"a, b"`, so match an item of it with a RegExp.
   * @example expect(result).toHaveHeader('cache-control', /max-age=60/)
   */
  toHaveHeader(...args: [name: string] | [name: string, value: TextMatcher]): MatcherReturn<this>;
  /**
   * Passes when the response's media type is this one, ignoring parameters and case.
   * @example expect(result).toHaveContentType('application/json') // matches "application/json; charset=utf-8"
   */
  toHaveContentType(mediaType: string): MatcherReturn<this>;
  /**
   * Passes when the body the client reads (base64 decoded where the front end decodes it, Content-Encoding gzip,
   * br or deflate undone as `fetch` does) matches the text, RegExp or asymmetric matcher, or is exactly the bytes
   * of a `Uint8Array`/`Buffer`.
   * @example expect(result).toHaveBody(/^<!doctype html>/i)
   */
  toHaveBody(expected: TextMatcher | Uint8Array): MatcherReturn<this>;
  /**
   * Passes when the body (Content-Encoding undone as `fetch` does) is JSON and, when `expected` is given, equal
   * to it (recursive equality, asymmetric matchers allowed).
   * @example expect(result).toHaveJsonBody({ id: expect.any(String), done: false })
   */
  toHaveJsonBody(expected?: unknown): MatcherReturn<this>;
  /**
   * Passes when the body (Content-Encoding undone) is JSON that matches the subset, as `toMatchObject` does.
   * @example expect(result).toMatchJsonBody({ user: { name: 'Ada' } })
   */
  toMatchJsonBody(subset: object): MatcherReturn<this>;
  /**
   * Passes when the response sets this cookie (`headers`, `multiValueHeaders` or 2.0 `cookies`) and, when `value`
   * is given, with a matching value. Any name a browser stores works (`user[id]`, `__Host-x`).
   * @example expect(result).toHaveCookie('session', expect.stringMatching(/^[a-f0-9]{32}$/))
   */
  toHaveCookie(...args: [name: string] | [name: string, value: TextMatcher]): MatcherReturn<this>;
  /**
   * Passes when the response redirects (301, 302, 303, 307 or 308; exactly `status` when given) and its
   * `Location` matches.
   * @example expect(result).toRedirectTo('/login', 303)
   */
  toRedirectTo(
    ...args: [location: TextMatcher] | [location: TextMatcher, status: number]
  ): MatcherReturn<this>;
}

/**
 * The same matchers used asymmetrically, inside `toEqual` and friends: `expect.toHaveStatusCode(200)`,
 * `expect.not.toHaveHeader('x-debug')`. They return `any`, as the runners' own asymmetric matchers do, so they
 * fit any property type.
 */
export interface LambdaAsymmetricMatchers {
  toBeValidProxyResponse(options?: ProxyResponseOptions): any;
  toHaveStatusCode(code: StatusCodeMatcher): any;
  toHaveHeader(...args: [name: string] | [name: string, value: TextMatcher]): any;
  toHaveContentType(mediaType: string): any;
  toHaveBody(expected: TextMatcher | Uint8Array): any;
  toHaveJsonBody(expected?: unknown): any;
  toMatchJsonBody(subset: object): any;
  toHaveCookie(...args: [name: string] | [name: string, value: TextMatcher]): any;
  toRedirectTo(...args: [location: TextMatcher] | [location: TextMatcher, status: number]): any;
}

/**
 * The WebSocket matchers (`webSocketMatchers`), registered on their own with `expect.extend(webSocketMatchers)`;
 * declare them for your runner by extending this interface as the setup entries extend `LambdaMatchers`.
 */
export interface LambdaWebSocketMatchers {
  /**
   * WebSocket `$connect`: passes when API Gateway completes the handshake (101) for this result (WS-2).
   * @example expect(judgeWebSocket(result, { route: 'connect' })).toAcceptConnection()
   */
  toAcceptConnection(): MatcherReturn<this>;
  /**
   * WebSocket `$connect`: passes when API Gateway refuses the handshake, with exactly `status` when given (WS-3).
   * @example expect(judgeWebSocket(result, { route: 'connect' })).toRejectConnection(403)
   */
  toRejectConnection(...args: [] | [status: number]): MatcherReturn<this>;
  /**
   * WebSocket message route: passes when the client receives a frame matching `expected` (WS-11).
   * @example expect(judgeWebSocket(result, { route: 'message', twoWay: true })).toSendFrame('pong')
   */
  toSendFrame(expected: TextMatcher): MatcherReturn<this>;
}

/**
 * The streaming matchers (`streamMatchers`), registered on their own with `expect.extend(streamMatchers)`;
 * declare them for your runner by extending this interface as the setup entries extend `LambdaMatchers`.
 */
export interface LambdaStreamMatchers {
  /**
   * Passes when the handler's body writes are `expected`: a count, their texts in order, or a predicate (S-9).
   * @example expect(await invokeHttp(handler, event)).toHaveWrittenChunks(['data: 1\n\n', 'data: 2\n\n'])
   */
  toHaveWrittenChunks(
    expected: number | readonly TextMatcher[] | ((texts: string[]) => boolean),
  ): MatcherReturn<this>;
  /**
   * Passes when the client got the whole streamed body: no error, timeout or size cut (S-11, S-26, S-27).
   * @example expect(await invokeHttp(handler, event)).toCompleteStream()
   */
  toCompleteStream(): MatcherReturn<this>;
  /**
   * Passes when the body, read as EventSource reads `text/event-stream`, holds exactly these events.
   * @example expect(outcome).toHaveServerSentEvents(['hello', { event: 'done', data: '' }])
   */
  toHaveServerSentEvents(
    expected: readonly (TextMatcher | { data?: unknown; event?: unknown; id?: unknown; retry?: unknown })[],
  ): MatcherReturn<this>;
}
