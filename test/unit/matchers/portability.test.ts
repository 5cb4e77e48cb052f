// Every matcher with the `this` of runners the unit tests cannot start: bun test (reduced utils whose methods
// throw when detached, an `equals` without custom testers, no diff) and vitest 3.0 (no printWithType). The
// runner suites (test/runners) prove the same against the real bun and vitest 3.0.9.
import { describe, expect, it } from 'vitest';
import { matchers } from '../../../src/matchers/index.js';
import type { MatcherContext, MatcherResult } from '../../../src/matchers/internal/context.js';
import {
  bunExpect,
  bunLikeContext,
  failureMessage,
  judge,
  type RunnerState,
  thrownMessage,
  untouchableUtils,
  vitest30Context,
  vitestContext,
} from './bunLikeContext.js';

type Matcher = (this: MatcherContext, received: unknown, ...args: any[]) => MatcherResult;

const json = {
  statusCode: 200,
  headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'req-123' },
  body: JSON.stringify({ message: 'Hello', items: [1, 2, 3], page: { size: 3 } }),
};
const redirect = { statusCode: 302, headers: { Location: 'https://example.com/login' }, body: '' };
const cookies = {
  statusCode: 200,
  multiValueHeaders: { 'Set-Cookie': ['session=s3cr3t; Path=/; HttpOnly', 'theme=dark; Path=/'] },
  body: '',
};
const objectBody = { statusCode: 200, body: { message: 'Hello' } };

/** Per matcher: a call that passes, and one that fails with the facts its message must name. */
const table: [
  name: keyof typeof matchers,
  received: unknown,
  passes: unknown[],
  fails: unknown[],
  facts: RegExp[],
][] = [
  ['toBeValidProxyResponse', json, [], [{ integration: 'http-2.0' }], []],
  ['toHaveStatusCode', json, [200], [404], [/404/, /200/, /Received body: +(<r>)?"\{/]],
  ['toHaveHeader', json, ['x-request-id', /^req-\d+$/], ['x-request-id', 'req-999'], [/req-999/, /req-123/]],
  ['toHaveContentType', json, ['application/json'], ['text/html'], [/text\/html/, /application\/json/]],
  ['toHaveBody', json, [expect.stringContaining('Hello')], ['Goodbye'], [/Goodbye/, /Hello/]],
  [
    'toHaveJsonBody',
    json,
    [{ message: 'Hello', items: expect.any(Array), page: { size: 3 } }],
    [{ message: 'Bye' }],
    [/Bye/],
  ],
  [
    'toMatchJsonBody',
    json,
    [{ page: { size: 3 } }],
    [{ page: { size: 4 } }],
    [/- .*size"?: 4/, /\+ .*size"?: 3/],
  ],
  ['toHaveCookie', cookies, ['theme', 'dark'], ['session', 'other'], [/other/, /s3cr3t/]],
  [
    'toRedirectTo',
    redirect,
    ['https://example.com/login', 302],
    ['https://example.com/home'],
    [/\/home/, /\/login/],
  ],
];
// toBeValidProxyResponse fails on a bad result, not on arguments.
const invalid: Record<string, unknown> = { toBeValidProxyResponse: objectBody };

const runners: [label: string, context: (state?: RunnerState) => MatcherContext][] = [
  ['bun', bunLikeContext],
  ['vitest 3.0', vitest30Context],
];

describe.each(runners)('every matcher with the matcher context of %s', (_label, context) => {
  describe.each(table)('%s', (name, received, passes, fails, facts) => {
    const matcher = matchers[name] as Matcher;
    const failing = invalid[name] ?? received;
    const failArgs = name in invalid ? [] : fails;
    const head = (chain: string) => new RegExp(`^expect\\(received\\)${chain}\\.${name}\\([\\w, ]*\\)\\n\\n`);

    it('passes, with a .not message ready', () => {
      const outcome = judge(context(), matcher, received, ...passes);
      expect(outcome).toMatchObject({ thrown: false, failed: false });
      expect(outcome.message).toMatch(head(''));
    });

    it('fails under .not, with a one-line hint that says "not"', () => {
      const message = failureMessage(context({ isNot: true }), matcher, received, ...passes);
      expect(message).toMatch(head('\\.not'));
      expect(message).toMatch(/\bnot\b/);
    });

    it('fails, naming the facts', () => {
      const message = failureMessage(context(), matcher, failing, ...failArgs);
      expect(message).toMatch(head(''));
      for (const fact of facts) expect(message).toMatch(fact);
    });

    it('passes under .not where it fails', () => {
      expect(judge(context({ isNot: true }), matcher, failing, ...failArgs)).toMatchObject({
        thrown: false,
        failed: false,
      });
    });

    it('throws a Matcher error for a Promise, with and without .not', () => {
      for (const state of [{}, { isNot: true }]) {
        const message = thrownMessage(context(state), matcher, Promise.resolve(received), ...passes);
        expect(message).toMatch(new RegExp(`^expect\\(received\\)(\\.not)?\\.${name}\\(`));
        expect(message).toMatch(/Matcher error: received value is a Promise: await it/);
        expect(message).toMatch(/Received has type: {2}object\nReceived has value: /);
      }
    });

    it('says .resolves and .rejects in the hint', () => {
      expect(failureMessage(context({ promise: 'resolves' }), matcher, failing, ...failArgs)).toMatch(
        head('\\.resolves'),
      );
      // Under .rejects the received value is the thrown error: the client gets the gateway's 502.
      const rejected = judge(context({ promise: 'rejects' }), matcher, new Error('boom'), ...passes);
      expect(rejected.message).toMatch(head('\\.rejects'));
      expect(rejected.message).toMatch(/502/);
    });
  });

  it('throws a Matcher error for misuse, with the type and value of the argument', () => {
    for (const state of [{}, { isNot: true }]) {
      const message = thrownMessage(context(state), matchers.toHaveStatusCode as Matcher, json, '200');
      expect(message).toMatch(/^expect\(received\)(\.not)?\.toHaveStatusCode\(expected\)\n\n/);
      expect(message).toMatch(/Matcher error: expected value must be a status code/);
      expect(message).toMatch(/Expected has type: {2}string\nExpected has value: .*"200"/);
    }
    const header = thrownMessage(context(), matchers.toHaveHeader as Matcher, json, 42);
    expect(header).toMatch(/Matcher error: header name must be/);
    expect(header).toMatch(/^expect\(received\)\.toHaveHeader\(name\)/);
  });

  it('throws for a result the front end rejects, with its reason and rule', () => {
    for (const state of [{}, { isNot: true }]) {
      const message = thrownMessage(context(state), matchers.toHaveStatusCode as Matcher, objectBody, 200);
      expect(message).toMatch(
        /gets a 502 from API Gateway \(REST\) itself, not the handler's response: .*JSON\.stringify/,
      );
      expect(message).toMatch(/\(R-E1\)/);
    }
  });
});

describe('on bun', () => {
  it('diffs a JSON body line by line, asymmetric matchers that match left out', () => {
    const message = failureMessage(bunLikeContext(), matchers.toHaveJsonBody as Matcher, json, {
      message: 'Bye',
      items: expect.any(Array),
      page: { size: 3 },
    });
    expect(message.split('\n').slice(2)).toEqual([
      'Expected response body to equal the expected JSON.',
      '',
      '- Expected',
      '+ Received',
      '',
      '  {',
      "-   message: 'Bye',",
      "+   message: 'Hello',",
      '    items: [',
      '      1,',
      '      2,',
      '      3',
      '    ],',
      '    page: {',
      '      size: 3',
      '    }',
      '  }',
    ]);
  });

  it('matches a JSON subset without the custom testers bun ignores, and diffs only what the subset names', () => {
    const ctx = bunLikeContext();
    const toMatchJsonBody = matchers.toMatchJsonBody as Matcher;
    expect(judge(ctx, toMatchJsonBody, json, { items: [1, 2, 3] })).toMatchObject({ failed: false });
    expect(judge(ctx, toMatchJsonBody, json, { items: [1, 2] })).toMatchObject({ failed: true });
    expect(
      failureMessage(ctx, toMatchJsonBody, json, { page: { size: 4 } })
        .split('\n')
        .slice(4),
    ).toEqual([
      '- Expected',
      '+ Received',
      '',
      '  {',
      '    page: {',
      '-     size: 4',
      '+     size: 3',
      '    }',
      '  }',
    ]);
  });

  it("takes bun's own asymmetric matchers, which have no asymmetricMatch, wherever a text is matched", () => {
    const ctx = bunLikeContext();
    const not = bunLikeContext({ isNot: true });
    const calls: [Matcher, unknown, unknown[], unknown[]][] = [
      [
        matchers.toHaveHeader,
        json,
        ['x-request-id', bunExpect.stringMatching(/^req-/)],
        ['x-request-id', bunExpect.stringContaining('abc')],
      ],
      [matchers.toHaveBody, json, [bunExpect.stringContaining('Hello')], [bunExpect.stringContaining('Bye')]],
      [
        matchers.toHaveCookie,
        cookies,
        ['theme', bunExpect.stringMatching(/^d/)],
        ['theme', bunExpect.any(Number)],
      ],
      [
        matchers.toRedirectTo,
        redirect,
        [bunExpect.stringContaining('/login')],
        [bunExpect.stringContaining('/home')],
      ],
    ];
    for (const [matcher, received, passes, fails] of calls) {
      expect(judge(ctx, matcher, received, ...passes)).toMatchObject({ thrown: false, failed: false });
      expect(judge(ctx, matcher, received, ...fails)).toMatchObject({ thrown: false, failed: true });
      expect(judge(not, matcher, received, ...fails)).toMatchObject({ thrown: false, failed: false });
    }
  });

  it("judges bun's asymmetric matchers inside a JSON subset, and leaves the matched ones out of the diff", () => {
    const ctx = bunLikeContext();
    const toMatchJsonBody = matchers.toMatchJsonBody as Matcher;
    expect(judge(ctx, toMatchJsonBody, json, { message: bunExpect.any(String) })).toMatchObject({
      failed: false,
    });
    expect(judge(ctx, toMatchJsonBody, json, { message: bunExpect.any(Number) })).toMatchObject({
      failed: true,
    });
    const message = failureMessage(ctx, matchers.toHaveJsonBody as Matcher, json, {
      message: 'Bye',
      items: bunExpect.any(Array),
      page: bunExpect.any(Number),
    });
    expect(message).toMatch(/^ {4}items: \[$/m);
    expect(message).toMatch(/^- {3}page: Any<Number>$/m);
  });

  it('truncates a long body with its length, undimmed', () => {
    const long = { statusCode: 500, body: 'x'.repeat(1000) };
    const message = failureMessage(bunLikeContext(), matchers.toHaveStatusCode as Matcher, long, 200);
    expect(message).toMatch(/Received body: +<r>"x{200}…"<\/r> \(truncated, 1000 characters\)/);
  });
});

describe('a passing assertion formats nothing', () => {
  it.each(table)('%s reads no matcher utility when it passes', (name, received, passes) => {
    // toMatchJsonBody must read the runner's subset testers to know which way to compare.
    const allowed = name === 'toMatchJsonBody' ? ['iterableEquality', 'subsetEquality'] : [];
    for (const base of [bunLikeContext(), vitestContext()]) {
      const ctx = untouchableUtils(base, allowed);
      const result = (matchers[name] as Matcher).call(ctx, received, ...passes);
      expect(result.pass).toBe(true);
      expect(() => result.message()).toThrow(/read this\.utils\./);
    }
  });
});
