// What was already judged, recognised by shape: a copied ProxyOutcome (its brand is non-enumerable, so copies
// lose it) and a ClientResponse (`outcome.response`). Judged as handler results they pass for the wrong
// reason: HTTP API 2.0 infers a 200 from any object without a statusCode.
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configure } from '../../../../src/contract/configure.js';
import { inspectProxyError } from '../../../../src/contract/inspectProxyError.js';
import { inspectProxyResult } from '../../../../src/contract/inspectProxyResult.js';
import { matchers } from '../../../../src/matchers/index.js';
import { isClientResponse, judgedOutcome } from '../../../../src/matchers/internal/judgedOutcome.js';
import { failureOf } from '../support.js';

expect.extend(matchers);

afterEach(() => {
  configure({ integration: 'rest' });
});

const notFound = {
  statusCode: 404,
  headers: { 'content-type': 'application/json', 'x-request-id': 'r1' },
  body: '{"message":"no such user"}',
};
// Built before each test, not while the file loads: factory code that runs at load time is outside every
// test, so Stryker would count its mutants as static and rerun the whole suite for each.
let outcome: ReturnType<typeof inspectProxyResult>;
let rejected: ReturnType<typeof inspectProxyResult>;
let thrown: ReturnType<typeof inspectProxyError>;
beforeEach(() => {
  outcome = inspectProxyResult(notFound);
  rejected = inspectProxyResult({ statusCode: 200, body: { ok: true } });
  thrown = inspectProxyError(new Error('boom'));
});

describe('a ClientResponse (outcome.response)', () => {
  it.each(['rest', 'http-2.0', 'function-url', 'alb'] as const)(
    'is judged as what the client received, under %s',
    (integration) => {
      configure({ integration });
      const { response } = outcome;
      expect(response).toHaveStatusCode(404);
      expect(response).toBeValidProxyResponse();
      expect(response).toHaveHeader('x-request-id', 'r1');
      expect(response).toHaveContentType('application/json');
      expect(response).toHaveJsonBody({ message: 'no such user' });
      expect(failureOf(() => expect(response).toHaveStatusCode(200))).toMatch(
        /Expected response to have status code 200, but the client gets 404\./,
      );
    },
  );

  it("is the gateway's error page when that is what the client got", () => {
    configure({ integration: 'http-2.0' });
    expect(rejected.response).toHaveStatusCode(502);
    expect(rejected.response).toHaveJsonBody({ message: 'Internal server error' });
  });

  it('says what it is when .not.toBeValidProxyResponse fails', () => {
    expect(failureOf(() => expect(outcome.response).not.toBeValidProxyResponse())).toMatch(
      /^expect\(received\)\.not\.toBeValidProxyResponse\(\)\n\nExpected result not to be a valid proxy response, but it is a response a client received \(status 404\)\.$/,
    );
  });

  it('takes the integration option as a label only, and refuses the options that would judge it', () => {
    expect(outcome.response).toBeValidProxyResponse({ integration: 'alb' });
    expect(failureOf(() => expect(outcome.response).toBeValidProxyResponse({ strict: true }))).toMatch(
      /Matcher error: options cannot apply to a ClientResponse, which the client already received; pass the handler result instead/,
    );
  });

  it('is recognised with a Buffer or another realm’s Uint8Array as bodyBytes', () => {
    const { status, headers, body } = outcome.response;
    expect(isClientResponse({ status, headers, body, bodyBytes: Buffer.from(body) })).toBe(true);
    const foreign = runInNewContext('new Uint8Array([1, 2])') as Uint8Array;
    expect(isClientResponse({ status, headers, body, bodyBytes: foreign })).toBe(true);
    expect(isClientResponse(structuredClone(outcome.response))).toBe(true);
  });

  it.each([
    ['no bodyBytes (a misspelt statusCode)', { status: 404, headers: {}, body: '' }],
    ['bodyBytes as numbers', { status: 404, headers: {}, body: '', bodyBytes: [1, 2] }],
    [
      'bodyBytes faking its tag',
      { status: 404, headers: {}, body: '', bodyBytes: { [Symbol.toStringTag]: 'Uint8Array' } },
    ],
    ['a text status', { status: '404', headers: {}, body: '', bodyBytes: new Uint8Array() }],
    [
      'a header that is not a list',
      { status: 404, headers: { a: 'b' }, body: '', bodyBytes: new Uint8Array() },
    ],
    [
      'a header list with a number',
      { status: 404, headers: { a: [1] }, body: '', bodyBytes: new Uint8Array() },
    ],
    ['no body', { status: 404, headers: {}, bodyBytes: new Uint8Array() }],
  ])('is not recognised with %s', (_, value) => {
    expect(isClientResponse(value)).toBe(false);
    expect(judgedOutcome(value)).toBeUndefined();
  });

  it('leaves a handler result with a misspelt statusCode a handler result', () => {
    const misspelt = { status: 404, headers: {}, body: '' };
    // REST: no statusCode means 200, and `status` is an unknown key it refuses.
    expect(misspelt).not.toBeValidProxyResponse();
    configure({ integration: 'http-2.0' });
    expect(failureOf(() => expect(misspelt).toHaveStatusCode(404))).toMatch(
      /but the client gets 200\.[\s\S]*Note: .*\(H2-1\)/,
    );
  });
});

describe('a copied ProxyOutcome', () => {
  // Each copy is made in its test from an outcome built there (Stryker counts load-time code as static).
  const copies = (value: () => object): [string, () => unknown][] => [
    ['a spread copy', () => ({ ...value() })],
    ['a structuredClone', () => structuredClone(value())],
    ['a JSON round trip', () => JSON.parse(JSON.stringify(value()))],
  ];

  it.each(copies(() => outcome))('is used as the outcome: %s', (_, make) => {
    const copy = make();
    configure({ integration: 'http-2.0' });
    expect(copy).toHaveStatusCode(404);
    expect(copy).toHaveHeader('x-request-id', 'r1');
    expect(copy).toBeValidProxyResponse();
    expect(failureOf(() => expect(copy).toHaveStatusCode(200))).toMatch(/but the client gets 404\./);
  });

  it.each(copies(() => rejected))('stays rejected: %s', (_, make) => {
    const copy = make();
    configure({ integration: 'http-2.0' });
    expect(copy).not.toBeValidProxyResponse();
    const message = failureOf(() => expect(copy).not.toHaveHeader('x-debug'));
    expect(message).toMatch(/the client gets a 502 from API Gateway \(REST\) itself/);
  });

  it.each(copies(() => thrown))('stays a function error: %s', (_, make) => {
    const copy = make();
    configure({ integration: 'http-2.0' });
    expect(copy).toHaveStatusCode(502);
    expect(copy).not.toBeValidProxyResponse();
  });

  it('refuses options that would judge it differently, as for the outcome itself', () => {
    expect({ ...outcome }).toBeValidProxyResponse({ integration: 'rest' });
    expect(failureOf(() => expect({ ...outcome }).toBeValidProxyResponse({ integration: 'alb' }))).toMatch(
      /Matcher error: options cannot apply to a ProxyOutcome, which is already judged \(by rest\)/,
    );
  });

  it('keeps every field a real outcome has through a JSON round trip, so copies need none filled in', () => {
    for (const real of [outcome, rejected, thrown]) {
      expect(judgedOutcome(JSON.parse(JSON.stringify(real)))).toEqual({
        ...real,
        response: expect.objectContaining({ status: real.response.status }),
      });
    }
  });

  // A handler result shaped like an outcome: REST refuses its unknown keys and answers 502, so reading it as
  // an outcome would be a pass for the wrong reason.
  const forged = {
    integration: 'rest',
    accepted: true,
    problems: [],
    response: { status: 200, headers: {}, body: 'ok' },
  };

  it('judges a result forged to look like an outcome as the handler result it is', () => {
    expect(judgedOutcome(forged)).toBeUndefined();
    expect(inspectProxyResult(forged).response.status).toBe(502);
    expect(failureOf(() => expect(forged).toHaveStatusCode(200))).toMatch(
      /the client gets a 502 from API Gateway \(REST\) itself/,
    );
    expect(failureOf(() => expect(forged).not.toHaveStatusCode(200))).toMatch(
      /the client gets a 502 from API Gateway \(REST\) itself/,
    );
    expect(forged).not.toBeValidProxyResponse();
  });

  it.each([
    ['no notes', () => (({ notes: _, ...rest }) => rest)(outcome)],
    ['no functionError', () => (({ functionError: _, ...rest }) => rest)(outcome)],
    ['functionError as text', () => ({ ...outcome, functionError: 'false' })],
    ['notes that are not a list', () => ({ ...outcome, notes: {} })],
    [
      'a header value that is not a list',
      () => ({ ...outcome, response: { ...outcome.response, headers: { a: 'b' } } }),
    ],
  ])('is not recognised with %s: judged as a handler result', (_, make) => {
    const value = make();
    expect(judgedOutcome(value)).toBeUndefined();
    expect(value).not.toBeValidProxyResponse();
  });

  it.each([
    ['an unknown integration', () => ({ ...outcome, integration: 'apigateway' })],
    ['accepted as text', () => ({ ...outcome, accepted: 'true' })],
    ['problems that are not problems', () => ({ ...rejected, problems: ['body must be a string'] })],
    ['notes that are not notes', () => ({ ...outcome, notes: [42] })],
    ['a response without headers', () => ({ ...outcome, response: { status: 404, body: '' } })],
    ['no response', () => ({ integration: 'rest', accepted: true, problems: [], notes: [] })],
  ])('is not recognised with %s: judged as a handler result', (_, make) => {
    const value = make();
    expect(judgedOutcome(value)).toBeUndefined();
    expect(value).not.toBeValidProxyResponse(); // REST refuses its unknown keys
  });

  it('never throws, whatever the getters do', () => {
    const hostile = new Proxy(
      { ...outcome },
      {
        get() {
          throw new Error('no reads');
        },
      },
    );
    expect(judgedOutcome(hostile)).toBeUndefined();
    expect(isClientResponse(hostile)).toBe(false);
  });
});
