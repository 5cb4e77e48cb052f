// The behaviour every runner must show, written once. Each suite calls `defineCases` with its own test
// primitives and the library as it imported it, so what differs between runners is only how they are wired.
// Failure messages are checked with regexes on the ANSI-free text: formatting differs between runners, the
// facts (matcher name, expected and received values, the gateway's verdict, the fix) must not.
const { stripVTControlCharacters } = require('node:util');
const fixtures = require('./fixtures.cjs');

const { results, hello } = fixtures;
const plain = (text) => stripVTControlCharacters(String(text));

const PASSED = 'expected this assertion to fail, but it passed';

/** The message of the error `fn` throws (ANSI stripped); throws itself when `fn` passes. */
function failureOf(fn) {
  try {
    fn();
  } catch (error) {
    if (error?.message === PASSED) throw error;
    return plain(error?.message ?? error);
  }
  throw new Error(PASSED);
}

/**
 * The message the assertion `run` starts fails with (ANSI stripped); throws when it passes. A function, not a
 * promise: bun settles `.resolves`/`.rejects` on the spot and throws synchronously.
 */
async function rejectionOf(run) {
  try {
    await run();
  } catch (error) {
    return plain(error?.message ?? error);
  }
  throw new Error(PASSED);
}

const isRegExp = (value) => Object.prototype.toString.call(value) === '[object RegExp]';
const show = (args) => args.map((arg) => (isRegExp(arg) ? String(arg) : JSON.stringify(arg))).join(', ');

// A result the front end rejects reaches no client, so every matcher but toBeValidProxyResponse fails on it
// with and without `.not`, and points to `.not.toBeValidProxyResponse()` for asserting the rejection itself.
const REJECTED = { notAlsoFails: true, rejected: true };
const REJECTION_HINT = /\.not\.toBeValidProxyResponse\(\)/;
// A response that says two things at once (two different Locations) is wrong for some client either way.
const AMBIGUOUS = { notAlsoFails: true, rejected: false };
// A Promise is never a result (Lambda awaits it): every matcher throws, so `.not` cannot pass either.
const PROMISE_ERROR = /Matcher error: received value is a Promise: await it, or use \.resolves \/ \.rejects/;

/**
 * Per matcher: calls that pass, and calls that fail with the facts their message must carry. Every pass is
 * also run under `.not` (must fail, and say "not"); every failure under `.not` must pass, except on a
 * result the front end rejects (REJECTED), where `.not` must fail too.
 */
const matcherTable = [
  {
    name: 'toBeValidProxyResponse',
    passes: [
      ['a JSON response', results.json, []],
      ['a redirect with an empty body', results.redirect, []],
    ],
    fails: [
      ['an object body', results.objectBody, [], [/body/, /JSON\.stringify/]],
      ['the bare data object', results.bareObject, [], [/message/, /502/]],
    ],
  },
  {
    name: 'toHaveStatusCode',
    passes: [['a 200', results.json, [200]]],
    fails: [
      ['another code', results.json, [404], [/404/, /200/]],
      [
        'an object body, which API Gateway turns into a 502',
        results.objectBody,
        [200],
        [/502/, /JSON\.stringify/],
        REJECTED,
      ],
    ],
  },
  {
    name: 'toHaveHeader',
    passes: [
      ['a header by name, any case', results.json, ['x-request-id']],
      ['a header with its value', results.json, ['X-Request-Id', 'req-123']],
      ['a header with a RegExp', results.json, ['x-request-id', /^req-\d+$/]],
    ],
    fails: [
      ['a missing header', results.json, ['x-trace-id'], [/x-trace-id/i]],
      ['a different value', results.json, ['x-request-id', 'req-999'], [/req-999/, /req-123/]],
    ],
  },
  {
    name: 'toHaveContentType',
    passes: [
      ['the declared media type', results.json, ['application/json']],
      ['a media type with parameters', results.text, ['text/plain']],
      [
        'the default API Gateway adds when the handler sets none',
        results.noContentType,
        ['application/json'],
      ],
    ],
    fails: [
      ['another media type', results.json, ['text/html'], [/text\/html/, /application\/json/]],
      [
        'two different media types, sent from headers and multiValueHeaders',
        {
          ...results.json,
          headers: { 'Content-Type': 'application/json' },
          multiValueHeaders: { 'Content-Type': ['text/html'] },
        },
        ['application/json'],
        [/2 Content-Type headers/, /text\/html/, /application\/json/],
        AMBIGUOUS,
      ],
    ],
  },
  {
    name: 'toHaveBody',
    passes: [
      ['the exact text', results.text, ['Hello from Lambda!']],
      ['a RegExp', results.text, [/^Hello/]],
    ],
    fails: [['other text', results.text, ['Goodbye'], [/Goodbye/, /Hello from Lambda!/]]],
  },
  {
    name: 'toHaveJsonBody',
    passes: [
      ['any JSON when called without an argument', results.json, []],
      ['the whole JSON value', results.json, [{ ...hello, items: [1, 2, 3], page: { size: 3 } }]],
      // fetch().json() and axios skip one leading byte order mark, where JSON.parse alone refuses it.
      ['a body that starts with a byte order mark', { statusCode: 200, body: '\uFEFF{"a":1}' }, [{ a: 1 }]],
    ],
    fails: [
      ['a different value', results.json, [{ message: 'Goodbye' }], [/Goodbye/, /Hello from Lambda!/]],
      ['a body that is not JSON', results.text, [], [/JSON/]],
      [
        'the bare data object, which API Gateway turns into a 502',
        results.bareObject,
        [hello],
        [/502/],
        REJECTED,
      ],
    ],
  },
  {
    name: 'toMatchJsonBody',
    passes: [['a subset', results.json, [{ message: hello.message, page: { size: 3 } }]]],
    fails: [['a subset with a different value', results.json, [{ message: 'Goodbye' }], [/Goodbye/]]],
  },
  {
    name: 'toHaveCookie',
    passes: [
      ['a cookie by name', results.withCookies, ['session']],
      ['a cookie with its value', results.withCookies, ['theme', 'dark']],
    ],
    fails: [
      ['a missing cookie', results.withCookies, ['token'], [/token/]],
      ['a different value', results.withCookies, ['session', 'other'], [/other/, /s3cr3t/]],
      [
        'a value a later Set-Cookie for the same name replaces',
        {
          statusCode: 200,
          multiValueHeaders: { 'Set-Cookie': ['session=old', 'session=new'] },
          body: '',
        },
        ['session', 'old'],
        [/replaces that value/, /"new"/],
      ],
    ],
  },
  {
    name: 'toRedirectTo',
    passes: [
      ['the location', results.redirect, ['https://example.com/login']],
      ['the location and status', results.redirect, ['https://example.com/login', 302]],
    ],
    fails: [
      ['another location', results.redirect, ['https://example.com/home'], [/\/home/, /\/login/]],
      ['another status', results.redirect, ['https://example.com/login', 301], [/301/, /302/]],
      ['a response that is no redirect', results.json, ['https://example.com/login'], [/200/]],
      [
        'a 304, which sends no one anywhere',
        { ...results.redirect, statusCode: 304 },
        ['https://example.com/login'],
        [/304 is not a redirect/, /301, 302, 303, 307 or 308/],
      ],
      [
        'two different Locations, sent from headers and multiValueHeaders',
        { ...results.redirect, multiValueHeaders: { Location: ['https://example.com/home'] } },
        ['https://example.com/login'],
        [/2 Location headers/, /browsers refuse such a redirect/],
        AMBIGUOUS,
      ],
    ],
  },
];

/**
 * Registers the shared cases. `api` holds the runner's `describe`, `it`, `expect`, `beforeAll`, `afterAll`,
 * the library's root module as `lib`, and `setupIntegration`: what the suite's setup file passed to configure().
 * @example defineCases({ describe, it, expect, beforeAll, afterAll, lib, setupIntegration: 'http-2.0' });
 */
function defineCases(api) {
  const { describe, it, expect, beforeAll, afterAll, lib, setupIntegration } = api;
  const expectMessage = (message, patterns) => {
    for (const pattern of patterns) expect(message).toMatch(pattern);
  };

  describe('setup file', () => {
    it('registered every matcher on expect', () => {
      for (const { name } of matcherTable) {
        expect(typeof expect({})[name]).toBe('function');
        expect(typeof expect[name]).toBe('function');
      }
    });

    it(`applied configure({ integration: '${setupIntegration}' }) before the tests`, () => {
      // HTTP API 2.0 turns a bare object into a 200 JSON response; REST would answer 502.
      expect(results.bareObject).toHaveStatusCode(200);
      expect(results.bareObject).toHaveJsonBody(hello);
      const message = failureOf(() =>
        expect(results.bareObject).toBeValidProxyResponse({ integration: 'rest' }),
      );
      expectMessage(message, [/message/]);
    });
  });

  // Everything below judges results by REST rules, the default a story like Amplify's deploys to.
  describe('with configure({ integration: "rest" }) from the test file', () => {
    beforeAll(() => lib.configure({ integration: 'rest' }));
    afterAll(() => lib.configure({ integration: setupIntegration }));

    for (const { name, passes, fails } of matcherTable) {
      describe(name, () => {
        for (const [what, received, args] of passes) {
          it(`passes on ${what}: ${name}(${show(args)})`, () => {
            expect(received)[name](...args);
          });
          it(`.not fails on ${what}, saying "not"`, () => {
            const message = failureOf(() => expect(received).not[name](...args));
            expectMessage(message, [new RegExp(name), /\bnot\b/]);
          });
        }
        for (const [what, received, args, patterns, { notAlsoFails, rejected } = {}] of fails) {
          const hints = rejected ? [REJECTION_HINT] : [];
          it(`fails on ${what}: ${name}(${show(args)})`, () => {
            const message = failureOf(() => expect(received)[name](...args));
            expectMessage(message, [new RegExp(name), ...patterns, ...hints]);
          });
          if (notAlsoFails) {
            it(`.not fails too on ${what}: ${rejected ? 'no client sees that response' : 'clients disagree on it'}`, () => {
              const message = failureOf(() => expect(received).not[name](...args));
              expectMessage(message, [new RegExp(name), /\bnot\b/, ...patterns, ...hints]);
            });
          } else {
            it(`.not passes on ${what}`, () => {
              expect(received).not[name](...args);
            });
          }
        }
      });
    }

    describe('a Promise passed without await', () => {
      for (const { name, passes } of matcherTable) {
        const [, received, args] = passes[0];
        it(`${name} throws a Matcher error, with and without .not`, () => {
          const promise = Promise.resolve(received);
          expectMessage(
            failureOf(() => expect(promise)[name](...args)),
            [new RegExp(name), PROMISE_ERROR],
          );
          expectMessage(
            failureOf(() => expect(promise).not[name](...args)),
            [new RegExp(`\\.not\\.${name}`), PROMISE_ERROR],
          );
        });
      }
    });

    describe('what was already judged', () => {
      it('a copied outcome stays the outcome it was', async () => {
        const outcome = await lib.invokeHttp(fixtures.objectBodyHandler, lib.restApi.get('/items'));
        for (const copy of [{ ...outcome }, structuredClone(outcome), JSON.parse(JSON.stringify(outcome))]) {
          expect(copy).not.toBeValidProxyResponse();
          expectMessage(
            failureOf(() => expect(copy).toHaveStatusCode(200)),
            [/gets a 502 from API Gateway \(REST\) itself/, /JSON\.stringify/],
          );
        }
      });

      it('outcome.response is judged as what the client received', async () => {
        const rejected = await lib.invokeHttp(fixtures.bareObjectHandler, lib.restApi.get('/items'));
        expect(rejected.response).toHaveStatusCode(502);
        expect(rejected.response).toHaveJsonBody({ message: 'Internal server error' });
        const fixed = await lib.invokeHttp(fixtures.fixedHandler, lib.restApi.get('/items'));
        expect(fixed.response).toBeValidProxyResponse();
        expect(fixed.response).toHaveHeader('access-control-allow-origin', '*');
        expectMessage(
          failureOf(() => expect(fixed.response).toHaveStatusCode(404)),
          [/but the client gets 200/],
        );
      });

      it('a result with a misspelt statusCode is still a handler result', () => {
        // REST refuses the unknown key `status`; read as a response, it would pass.
        expect({ status: 404, headers: {}, body: '' }).not.toBeValidProxyResponse();
      });
    });

    describe('.resolves and .rejects', () => {
      it('.resolves passes and fails like the plain matcher', async () => {
        await expect(Promise.resolve(results.json)).resolves.toHaveStatusCode(200);
        await expect(Promise.resolve(results.json)).resolves.not.toHaveStatusCode(500);
        const message = await rejectionOf(() =>
          expect(Promise.resolve(results.json)).resolves.toHaveStatusCode(404),
        );
        expectMessage(message, [/toHaveStatusCode/, /404/, /200/]);
      });

      it('.rejects judges the error a handler threw: the client gets the gateway error', async () => {
        const event = lib.restApi.get('/items');
        await expect(fixtures.throwingHandler(event)).rejects.toHaveStatusCode(502);
        await expect(fixtures.throwingHandler(event)).rejects.not.toBeValidProxyResponse();
        const message = await rejectionOf(() =>
          expect(fixtures.throwingHandler(event)).rejects.toHaveStatusCode(200),
        );
        expectMessage(message, [/toHaveStatusCode/, /200/, /502/]);
      });

      it('.resolves works on invokeHttp directly', async () => {
        await expect(
          lib.invokeHttp(fixtures.fixedHandler, lib.restApi.get('/items')),
        ).resolves.toHaveStatusCode(200);
        const message = await rejectionOf(() =>
          expect(
            lib.invokeHttp(fixtures.objectBodyHandler, lib.restApi.get('/items')),
          ).resolves.toHaveStatusCode(200),
        );
        expectMessage(message, [/502/, /JSON\.stringify/]);
      });
    });

    describe('asymmetric forms', () => {
      it('expect.toHaveJsonBody(...) and friends match inside toEqual', () => {
        expect({ response: results.json }).toEqual({
          response: expect.toHaveJsonBody({ ...hello, items: expect.any(Array), page: { size: 3 } }),
        });
        expect([results.json, results.redirect]).toEqual([
          expect.toHaveStatusCode(200),
          expect.toRedirectTo('https://example.com/login'),
        ]);
        expect({ response: results.json }).toEqual({
          response: expect.toMatchJsonBody({ message: hello.message }),
        });
      });

      it('a failing asymmetric matcher fails the toEqual, naming itself on the expected side', () => {
        expectMessage(
          failureOf(() =>
            expect({ response: results.json }).toEqual({ response: expect.toHaveStatusCode(404) }),
          ),
          [/toHaveStatusCode/],
        );
        failureOf(() =>
          expect({ response: results.objectBody }).toEqual({ response: expect.toBeValidProxyResponse() }),
        );
      });

      it('expect.not.toHaveStatusCode(...) inverts', () => {
        expect({ response: results.json }).toEqual({ response: expect.not.toHaveStatusCode(500) });
        failureOf(() =>
          expect({ response: results.json }).toEqual({ response: expect.not.toHaveStatusCode(200) }),
        );
      });

      it('asymmetric matchers from the runner work inside toHaveJsonBody', () => {
        expect(results.json).toHaveJsonBody({
          message: expect.stringMatching(/^Hello/),
          items: expect.arrayContaining([2]),
          page: expect.anything(),
        });
        failureOf(() => expect(results.json).toHaveJsonBody({ message: expect.stringMatching(/^Bye/) }));
      });

      // bun's own asymmetric matchers have no asymmetricMatch method: a matcher that misses them throws a
      // Matcher error on the passing side, or lets any value through on the failing side.
      it("the runner's asymmetric matchers work as header values and JSON subsets, passing and failing", () => {
        expect(results.json).toHaveHeader('x-request-id', expect.stringMatching(/^req-/));
        failureOf(() => expect(results.json).toHaveHeader('x-request-id', expect.stringMatching(/^nope-/)));
        expect(results.json).toMatchJsonBody({ message: expect.any(String) });
        failureOf(() => expect(results.json).toMatchJsonBody({ message: expect.any(Number) }));
        failureOf(() => expect(results.json).not.toMatchJsonBody({ message: expect.any(String) }));
      });
    });

    describe('misuse', () => {
      it('throws a Matcher error for a wrong argument type', () => {
        expectMessage(
          failureOf(() => expect(results.json).toHaveStatusCode('200')),
          [/Matcher error/, /toHaveStatusCode/],
        );
        expectMessage(
          failureOf(() => expect(results.json).toHaveHeader(42)),
          [/Matcher error/, /toHaveHeader/],
        );
      });

      it('still throws under .not, so misuse never turns into a pass', () => {
        expectMessage(
          failureOf(() => expect(results.json).not.toHaveStatusCode('200')),
          [/Matcher error/],
        );
        expectMessage(
          failureOf(() => expect(results.json).not.toHaveHeader(42)),
          [/Matcher error/],
        );
        expectMessage(
          failureOf(() => expect(results.redirect).not.toRedirectTo(302)),
          [/Matcher error/],
        );
      });
    });

    describe('event factories and invokeHttp end to end', () => {
      it('restApi.get builds a REST proxy event', () => {
        const event = lib.restApi.get('/items?limit=10');
        expect(event.httpMethod).toBe('GET');
        expect(event.path).toBe('/items');
        expect(event.queryStringParameters).toEqual({ limit: '10' });
        expect(event.multiValueQueryStringParameters).toEqual({ limit: ['10'] });
        expect(event.body).toBeNull();
        expect(event.isBase64Encoded).toBe(false);
        expect(event).not.toHaveProperty('version');
        expect(typeof event.requestContext.requestId).toBe('string');
      });

      it('restApi.post carries the body as a string', () => {
        const event = lib.restApi.post('/items', JSON.stringify({ name: 'apple' }));
        expect(event.httpMethod).toBe('POST');
        expect(JSON.parse(event.body)).toEqual({ name: 'apple' });
      });

      it('httpApi.get builds a payload 2.0 event', () => {
        const event = lib.httpApi.get('/items');
        expect(event.version).toBe('2.0');
        expect(event.rawPath).toBe('/items');
        expect(event.requestContext.http.method).toBe('GET');
      });

      it('the other factories build their kinds', () => {
        expect(lib.restApiEvent().httpMethod).toBe('GET');
        expect(lib.httpApiV1Event().version).toBe('1.0');
        expect(lib.httpApiEvent().version).toBe('2.0');
        expect(lib.albEvent().requestContext).toHaveProperty('elb');
        expect(lib.functionUrlEvent().requestContext.domainName).toMatch(/lambda-url/);
        const context = lib.lambdaContext();
        expect(typeof context.awsRequestId).toBe('string');
        expect(context.getRemainingTimeInMillis()).toBeGreaterThan(0);
      });

      it('the fixed handler passes every matcher through invokeHttp', async () => {
        const outcome = await lib.invokeHttp(fixtures.fixedHandler, lib.restApi.get('/items'));
        expect(outcome.integration).toBe('rest');
        expect(outcome.accepted).toBe(true);
        expect(outcome).toBeValidProxyResponse();
        expect(outcome).toHaveStatusCode(200);
        expect(outcome).toHaveContentType('application/json');
        expect(outcome).toHaveHeader('access-control-allow-origin', '*');
        expect(outcome).toHaveJsonBody({ ...hello, path: '/items' });
        expect(outcome).toMatchJsonBody(hello);
      });

      it('the bare-object handler gets a 502 from API Gateway (REST)', async () => {
        const outcome = await lib.invokeHttp(fixtures.bareObjectHandler, lib.restApi.get('/items'));
        expect(outcome.accepted).toBe(false);
        expect(outcome.response.status).toBe(502);
        expect(JSON.parse(outcome.response.body)).toEqual({ message: 'Internal server error' });
        expect(outcome).not.toBeValidProxyResponse();
        expectMessage(
          failureOf(() => expect(outcome).toBeValidProxyResponse()),
          [/message/],
        );
      });

      it('the object-body handler fails toHaveStatusCode(200) with the reason and the fix', async () => {
        const outcome = await lib.invokeHttp(fixtures.objectBodyHandler, lib.restApi.get('/items'));
        expect(outcome.response.status).toBe(502);
        expectMessage(
          failureOf(() => expect(outcome).toHaveStatusCode(200)),
          [/502/, /body/, /JSON\.stringify/],
        );
      });

      it("fails toHaveStatusCode(502) too: that 502 is the gateway's, and the message says so", async () => {
        const outcome = await lib.invokeHttp(fixtures.objectBodyHandler, lib.restApi.get('/items'));
        const message = failureOf(() => expect(outcome).toHaveStatusCode(502));
        expectMessage(message, [
          /Expected response to have status code 502, but the client gets a 502 from API Gateway \(REST\) itself, not the handler's response: body must be a string/,
          REJECTION_HINT,
        ]);
        expect(message).not.toMatch(/would answer 502/);
      });

      it('the same bare object is a 200 behind an HTTP API 2.0 (integration inferred from the event)', async () => {
        const outcome = await lib.invokeHttp(fixtures.bareObjectHandler, lib.httpApi.get('/items'));
        expect(outcome.integration).toBe('http-2.0');
        expect(outcome.accepted).toBe(true);
        expect(outcome).toHaveStatusCode(200);
        expect(outcome).toHaveJsonBody(hello);
      });

      it('a thrown error becomes the gateway error response', async () => {
        const outcome = await lib.invokeHttp(fixtures.throwingHandler, lib.restApi.get('/items'));
        expect(outcome.functionError).toBe(true);
        expect(outcome).toHaveStatusCode(502);
      });

      it('invoke runs callback handlers on nodejs22.x and returns the raw result', async () => {
        const result = await lib.invoke(fixtures.callbackHandler, lib.restApi.get('/items'), {
          runtime: 'nodejs22.x',
        });
        expect(result).toEqual({ statusCode: 204, body: '' });
        expect(result).toHaveStatusCode(204);
      });

      it('nodejs24.x, the default, refuses callback handlers at init: the client gets a 502', async () => {
        const outcome = await lib.invokeHttp(fixtures.callbackHandler, lib.restApi.get('/items'));
        expect(outcome.problems[0].message).toMatch(/Runtime\.CallbackHandlerDeprecated/);
        expect(outcome).toHaveStatusCode(502);
        expect(outcome).not.toBeValidProxyResponse();
      });
    });
  });
}

module.exports = { defineCases, failureOf, rejectionOf, matcherTable };
