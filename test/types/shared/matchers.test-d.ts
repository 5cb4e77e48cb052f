// The matcher type test every runner folder beside this one checks: each folder's tsconfig lists this file and
// maps 'runner-expect' to its own expect.ts, so these lines meet jest's, vitest's and the expect package's types.
// This folder has no tsconfig of its own, so scripts/typeTests.mjs does not check it alone.
import { expect } from 'runner-expect';

const result = { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' };

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

// Every matcher returns exactly void on `expect(x)` (not any), and Promise<void> after `.resolves`/`.rejects`.
const ret = expect(result).toHaveStatusCode(200);
expect(result).toBeValidProxyResponse();
expect(result).toBeValidProxyResponse({ integration: 'http-2.0', strict: true });
expect(result).toBeValidProxyResponse({ integration: 'lattice' });
expect(result).toBeValidProxyResponse({
  integration: 'rest',
  binaryMediaTypes: ['image/png'],
  accept: 'image/png',
});
expect(result).toHaveHeader('Content-Type');
expect(result).toHaveHeader('content-type', 'application/json');
expect(result).toHaveHeader('content-type', /json/);
expect(result).toHaveHeader('content-type', expect.stringContaining('json'));
expect(result).toHaveContentType('application/json');
expect(result).toHaveBody('{"ok":true}');
expect(result).toHaveBody(/ok/);
expect(result).toHaveBody(new Uint8Array([123]));
expect(result).toHaveBody(Buffer.from('{"ok":true}'));
expect(result).not.toHaveBody(new TextEncoder().encode('x'));
expect(result).toHaveStatusCode('2xx');
expect(result).not.toHaveStatusCode('5xx');
expect(result).toHaveStatusCode(expect.any(Number));
expect(result).toHaveStatusCode({ asymmetricMatch: (status: unknown) => status === 200 });
expect({ response: result }).toEqual({ response: expect.toHaveStatusCode('2xx') });
expect({ response: result }).toEqual({ response: expect.toHaveBody(new Uint8Array(0)) });
expect(result).toHaveJsonBody();
expect(result).toHaveJsonBody({ ok: expect.any(Boolean) });
expect(result).toMatchJsonBody({ ok: true });
expect(result).toMatchJsonBody([1, 2]);
expect(result).toHaveCookie('session');
expect(result).toHaveCookie('session', /^[a-f0-9]+$/);
expect(result).toRedirectTo('/login');
expect(result).toRedirectTo(/^\/login/, 302);
expect(result).not.toHaveHeader('x-debug');
const resolved = expect(Promise.resolve(result)).resolves.toHaveJsonBody({ ok: true });
const rejected = expect(Promise.reject(new Error('boom'))).rejects.toHaveStatusCode(502);
const negated = expect(Promise.resolve(result)).resolves.not.toHaveStatusCode(500);
// biome-ignore lint/suspicious/noConfusingVoidType: the matchers' return type is void.
type Sync = void;
export type Returns = [
  Expect<Equal<typeof ret, Sync>>,
  Expect<Equal<typeof resolved, Promise<Sync>>>,
  Expect<Equal<typeof rejected, Promise<Sync>>>,
  Expect<Equal<typeof negated, Promise<Sync>>>,
];

// Asymmetric forms, inside toEqual, positive and negated.
expect({ response: result }).toEqual({ response: expect.toHaveStatusCode(200) });
expect({ response: result }).toEqual({ response: expect.not.toHaveHeader('x-debug') });
expect([result]).toEqual([expect.toHaveJsonBody({ ok: true })]);

// An optional last argument is left out or given, never `undefined`: at run time an explicit undefined is a
// Matcher error (a value that failed to load must not mean "any value passes"), so it is a type error too.
declare const maybeValue: string | undefined;
declare const maybeStatus: number | undefined;
expect(result).toHaveCookie('session');
expect(result).toHaveCookie('session', expect.stringMatching(/^s/));
const resolvedHeader = expect(Promise.resolve(result)).resolves.toHaveHeader('x-id');
const resolvedHeaderValue = expect(Promise.resolve(result)).resolves.not.toHaveHeader('x-id', 'a');
const resolvedRedirect = expect(Promise.resolve(result)).resolves.toRedirectTo('/login', 302);
expect({ response: result }).toEqual({ response: expect.not.toRedirectTo('/login', 301) });
export type OptionalLastReturns = [
  Expect<Equal<typeof resolvedHeader, Promise<Sync>>>,
  Expect<Equal<typeof resolvedHeaderValue, Promise<Sync>>>,
  Expect<Equal<typeof resolvedRedirect, Promise<Sync>>>,
];
// @ts-expect-error an explicit undefined header value
expect(result).toHaveHeader('x-id', undefined);
// @ts-expect-error a header value that may be undefined
expect(result).toHaveHeader('x-id', maybeValue);
// @ts-expect-error a header value that may be undefined, under .resolves
void expect(Promise.resolve(result)).resolves.toHaveHeader('x-id', maybeValue);
// @ts-expect-error an explicit undefined cookie value
expect(result).not.toHaveCookie('session', undefined);
// @ts-expect-error a cookie value that may be undefined
expect(result).toHaveCookie('session', maybeValue);
// @ts-expect-error an explicit undefined redirect status
expect(result).toRedirectTo('/login', undefined);
// @ts-expect-error a redirect status that may be undefined
expect(result).toRedirectTo('/login', maybeStatus);
// @ts-expect-error an explicit undefined status code
expect(result).toHaveStatusCode(undefined);
// @ts-expect-error a status code that may be undefined
expect(result).toHaveStatusCode(maybeStatus);
// @ts-expect-error a header value that may be undefined, in the asymmetric form
expect({ response: result }).toEqual({ response: expect.toHaveHeader('x-id', maybeValue) });
// @ts-expect-error a redirect status that may be undefined, in the negated asymmetric form
expect({ response: result }).toEqual({ response: expect.not.toRedirectTo('/login', maybeStatus) });

// Negatives: each line must be a type error, or tsc reports the unused directive.
// @ts-expect-error a misspelt matcher
expect(result).toHaveStatusCod(200);
// @ts-expect-error the status code is a number, not a string
expect(result).toHaveStatusCode('200');
// @ts-expect-error a status class runs from '1xx' to '5xx'
expect(result).toHaveStatusCode('6xx');
// @ts-expect-error a status class is written in lower case
expect(result).toHaveStatusCode('4XX');
// @ts-expect-error a body is text, a RegExp, an asymmetric matcher or bytes, not a number
expect(result).toHaveBody(42);
// @ts-expect-error bytes are a Uint8Array, not an ArrayBuffer
expect(result).toHaveBody(new ArrayBuffer(1));
// @ts-expect-error an unknown integration
expect(result).toBeValidProxyResponse({ integration: 'apigateway' });
// @ts-expect-error an unknown option
expect(result).toBeValidProxyResponse({ integrations: 'rest' });
// @ts-expect-error method is invokeHttp's to know, and the matcher refuses it at run time too
expect(result).toBeValidProxyResponse({ method: 'HEAD' });
// @ts-expect-error durationMs is invokeHttp's to measure, and the matcher refuses it at run time too
expect(result).toBeValidProxyResponse({ durationMs: 10 });
// @ts-expect-error a header value is text, a RegExp or an asymmetric matcher
expect(result).toHaveHeader('x-count', 42);
// @ts-expect-error a header name is required
expect(result).toHaveHeader();
// @ts-expect-error toMatchJsonBody takes an object
expect(result).toMatchJsonBody('ok');
// @ts-expect-error a property that does not exist
expect(result).nonExistentProperty();
// @ts-expect-error a misspelt asymmetric matcher
expect({ response: result }).toEqual({ response: expect.toHaveStatusCod(200) });
