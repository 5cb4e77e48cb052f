// The sentences this layer builds around the core's findings, on hand-made outcomes (the core's own wording has
// tests of its own and may change without breaking these).
import { afterEach, describe, expect, it } from 'vitest';
import { configure } from '../../../../src/contract/configure.js';
import type { ProxyOutcome } from '../../../../src/contract/types.js';
import { matchers } from '../../../../src/matchers/index.js';
import { context, problemList, refusal, remarks } from '../../../../src/matchers/internal/outcome.js';
import { asyncFailureOf, failureOf, plain, taggedContext } from '../support.js';

expect.extend(matchers);

afterEach(() => {
  configure({ integration: 'rest' });
});

function outcome(overrides: Partial<ProxyOutcome>): ProxyOutcome {
  return {
    integration: 'rest',
    accepted: false,
    problems: [],
    notes: [],
    response: { status: 502, headers: {}, body: '', bodyBytes: new Uint8Array() },
    functionError: false,
    ...overrides,
  };
}

const bodyProblem = {
  severity: 'error',
  path: 'body',
  message: 'body must be a string.',
  hint: 'JSON.stringify it',
  rule: 'R-B2',
} as const;
const keyProblem = {
  severity: 'error',
  path: 'cookies',
  message: "'cookies' is not a REST key",
  rule: 'R-K1',
} as const;
const warning = {
  severity: 'warning',
  path: 'headers.X-Count',
  message: 'a number header value is sent as text',
  rule: 'R-H2',
} as const;

describe('the sentences around the core', () => {
  it('says what the front end would answer, the first error and its fix, each stop trimmed once', () => {
    expect(refusal(outcome({ problems: [bodyProblem] }))).toBe(
      'API Gateway (REST) would answer 502: body must be a string: JSON.stringify it.',
    );
    expect(refusal(outcome({ problems: [keyProblem] }))).toBe(
      "API Gateway (REST) would answer 502: 'cookies' is not a REST key.",
    );
    expect(
      refusal(
        outcome({
          functionError: true,
          integration: 'http-2.0',
          response: { status: 500, headers: {}, body: '', bodyBytes: new Uint8Array() },
        }),
      ),
    ).toBe('API Gateway (HTTP API, payload 2.0) answers 500.');
  });

  it('puts an error before a warning as the reason', () => {
    expect(refusal(outcome({ problems: [warning, bodyProblem] }))).toMatch(
      /would answer 502: body must be a string/,
    );
    // Under strict, a warning alone can reject; the front end itself would accept the result (RF-4).
    const strictOnly = outcome({
      problems: [{ ...warning, severity: 'error' }],
      notes: [{ path: '', message: 'strict: the warnings count as errors', rule: 'strict' }],
    });
    expect(refusal(strictOnly)).toMatch(
      /strict counts this warning as an error \(API Gateway \(REST\) itself would accept the result\): a number header value is sent as text\.$/,
    );
    expect(refusal(strictOnly)).not.toMatch(/would answer 502/);
    expect(refusal(outcome({ problems: [warning] }))).toMatch(/would answer 502: a number header value/);
  });

  it('numbers every problem when there is more than one, with its path and rule', () => {
    const ctx = taggedContext();
    expect(problemList(ctx, outcome({ problems: [bodyProblem] }))).toBe('');
    expect(problemList(ctx, outcome({ problems: [keyProblem, bodyProblem, warning] }))).toBe(
      "\n\n  1. cookies: 'cookies' is not a REST key.<d> (R-K1)</d>" +
        '\n  2. body: body must be a string: JSON.stringify it.<d> (R-B2)</d>' +
        '\n  3. warning: headers.X-Count: a number header value is sent as text.<d> (R-H2)</d>',
    );
  });

  it("keeps only the notes and warnings about the matcher's subject, dimmed", () => {
    const ctx = taggedContext();
    const accepted = outcome({
      accepted: true,
      problems: [warning],
      notes: [
        { path: 'headers.content-type', message: 'REST added content-type: application/json', rule: 'R-C1' },
        { path: '', message: 'the whole result became the body', rule: 'H2-1' },
        { path: 'headers', message: 'headers were ignored', rule: 'AM-1' },
      ],
    });
    expect(plain(remarks(ctx, accepted, ['statuscode']))).toBe(
      '\n\n<d>Note: the whole result became the body. (H2-1)</d>',
    );
    expect(remarks(ctx, accepted, ['headers.content-type'])).toBe(
      '\n\n<d>Note: REST added content-type: application/json. (R-C1)</d>' +
        '\n<d>Note: the whole result became the body. (H2-1)</d>' +
        '\n<d>Note: headers were ignored. (AM-1)</d>',
    );
    expect(remarks(ctx, accepted, ['headers.x-count'])).toContain(
      '<d>Warning: headers.X-Count: a number header value is sent as text. (R-H2)</d>',
    );
  });

  it('explains a function error before the notes', () => {
    const ctx = taggedContext();
    const thrown = outcome({
      functionError: true,
      problems: [{ severity: 'error', path: '', message: 'the handler threw Error: boom', rule: 'W4' }],
      notes: [{ path: '', message: 'REST answers a function error with 502', rule: 'R-E2' }],
    });
    expect(context(ctx, thrown, ['statuscode'])).toBe(
      '\n\nAPI Gateway (REST) answers 502: the handler threw Error: boom.\n\n<d>Note: REST answers a function error with 502. (R-E2)</d>',
    );
    expect(context(ctx, outcome({ accepted: true }), ['statuscode'])).toBe('');
  });
});

/** Per matcher: arguments with which it passes on `json`. */
const passing: [name: keyof typeof matchers, args: unknown[]][] = [
  ['toBeValidProxyResponse', []],
  ['toHaveStatusCode', [200]],
  ['toHaveHeader', ['content-type', 'application/json']],
  ['toHaveContentType', ['application/json']],
  ['toHaveBody', ['{"ok":true}']],
  ['toHaveJsonBody', [{ ok: true }]],
  ['toMatchJsonBody', [{ ok: true }]],
  ['toHaveCookie', ['session', 's1']],
  ['toRedirectTo', ['/home', 302]],
];
const json = {
  statusCode: 200,
  headers: { 'content-type': 'application/json', 'set-cookie': 'session=s1' },
  body: '{"ok":true}',
};
const redirect = { statusCode: 302, headers: { location: '/home', 'set-cookie': 'session=s1' }, body: '' };
const resultFor = (name: string) => (name === 'toRedirectTo' ? redirect : json);
type Assertion = Record<string, (...args: unknown[]) => unknown>;
const PROMISE_ERROR =
  /Matcher error: received value is a Promise: await it, or use \.resolves \/ \.rejects \(Lambda awaits a returned promise/;

describe('a Promise received without await', () => {
  it('is the one table entry per matcher', () => {
    expect(passing.map(([name]) => name).sort()).toEqual(Object.keys(matchers).sort());
  });

  it.each(passing)('%s throws a Matcher error, with and without .not', (name, args) => {
    const promise = Promise.resolve(resultFor(name));
    // The same call passes on the awaited result: only the missing await is wrong.
    (expect(resultFor(name)) as unknown as Assertion)[name]!(...args);
    for (const integration of ['rest', 'http-2.0'] as const) {
      configure({ integration });
      const message = failureOf(() => (expect(promise) as unknown as Assertion)[name]!(...args));
      expect(message).toMatch(PROMISE_ERROR);
      expect(message).toMatch(new RegExp(`^expect\\(received\\)\\.${name}\\(`));
      const negated = failureOf(() => (expect(promise).not as unknown as Assertion)[name]!(...args));
      expect(negated).toMatch(PROMISE_ERROR);
      expect(negated).toMatch(new RegExp(`^expect\\(received\\)\\.not\\.${name}\\(`));
    }
  });

  it('covers any thenable, and throws from the asymmetric form too', () => {
    // biome-ignore lint/suspicious/noThenProperty: a hand-made thenable is the subject of this test.
    const thenable = { then: (resolve: (value: unknown) => void) => resolve(json) };
    expect(failureOf(() => expect(thenable).toHaveStatusCode(200))).toMatch(PROMISE_ERROR);
    // biome-ignore lint/suspicious/noThenProperty: a callable thenable is the subject of this test.
    const callable = Object.assign(() => json, { then: () => undefined });
    expect(failureOf(() => expect(callable).not.toBeValidProxyResponse())).toMatch(PROMISE_ERROR);
    expect(
      failureOf(() => expect({ r: Promise.resolve(json) }).toEqual({ r: expect.not.toHaveStatusCode(500) })),
    ).toMatch(PROMISE_ERROR);
  });

  it('is not confused with a result that has a non-function then, or a throwing getter', () => {
    // Judged as a result: REST refuses the unknown key.
    // biome-ignore lint/suspicious/noThenProperty: a result with a plain `then` key is the subject of this test.
    expect({ statusCode: 200, then: 'later', body: '' }).not.toBeValidProxyResponse();
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no reads');
        },
      },
    );
    expect(failureOf(() => expect(hostile).toHaveStatusCode(200))).not.toMatch(/Matcher error/);
  });

  it('is what .resolves and .rejects unwrap, so they still work', async () => {
    await expect(Promise.resolve(json)).resolves.toHaveStatusCode(200);
    await expect(Promise.resolve(json)).resolves.toBeValidProxyResponse({ integration: 'http-1.0' });
    await expect(Promise.reject(new Error('boom'))).rejects.toHaveStatusCode(502);
    expect(
      await asyncFailureOf(() => expect(Promise.resolve(json)).resolves.toHaveStatusCode(404)),
    ).not.toMatch(/Matcher error/);
  });
});

describe('a result the front end rejects', () => {
  const objectBody = { statusCode: 200, headers: { 'content-type': 'application/json' }, body: { ok: true } };

  // The claims below are all true of the gateway's own 502 page, so a sentence that said "but the gateway would
  // answer 502" to "expected status code 502" would contradict itself.
  it.each([
    ['toHaveStatusCode', [502], 'have status code 502'],
    ['toHaveContentType', ['application/json'], 'have content type "application/json"'],
    ['toHaveJsonBody', [{ message: 'Internal server error' }], 'have the expected JSON body'],
    ['toMatchJsonBody', [{ message: 'Internal server error' }], 'have a JSON body matching the subset'],
    ['toHaveBody', [/Internal server error/], 'have a body matching /Internal server error/'],
  ] as const)(
    '%s says the gateway answered itself, even when the claim fits its answer',
    (name, args, claim) => {
      const message = failureOf(() => (expect(objectBody) as unknown as Assertion)[name]!(...args));
      expect(message).toContain(
        `Expected response to ${claim}, but the client gets a 502 from API Gateway (REST) itself, not the handler's response: body must be a string`,
      );
      expect(message).not.toMatch(/would answer/);
    },
  );

  it('points to .not.toBeValidProxyResponse() with and without .not', () => {
    const hint =
      /fails every matcher with or without \.not, .*; to assert the rejection itself, use \.not\.toBeValidProxyResponse\(\)\./;
    expect(failureOf(() => expect(objectBody).toHaveStatusCode(502))).toMatch(hint);
    expect(failureOf(() => expect(objectBody).not.toHaveStatusCode(502))).toMatch(hint);
  });

  it('words a gateway timeout the same way', () => {
    configure({ integration: 'http-2.0' });
    const timedOut = {
      integration: 'http-2.0',
      accepted: false,
      problems: [
        { severity: 'error', path: '', message: 'the handler ran 31,000 ms, past the timeout', rule: '§7' },
      ],
      notes: [],
      response: { status: 503, headers: {}, body: '{"message":"Service Unavailable"}' },
      functionError: false,
    };
    expect(failureOf(() => expect(timedOut).toHaveStatusCode(503))).toMatch(
      /^expect\(received\)\.toHaveStatusCode\(expected\)\n\nExpected response to have status code 503, but the client gets a 503 from API Gateway \(HTTP API, payload 2\.0\) itself, not the handler's response: the handler ran 31,000 ms, past the timeout\./,
    );
  });

  it('numbers the problems of a rejected result from two on', () => {
    const message = failureOf(() => expect({ statusCode: 'abc', body: {} }).toHaveStatusCode(200));
    expect(message).toMatch(/\n {2}1\. statusCode: .*\(R-S2\)\n {2}2\. body: .*\(R-B2\)\n/);
  });
});
