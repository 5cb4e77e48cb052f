import { runInNewContext } from 'node:vm';
// docs/proxy-rules.md, "Review findings: what no client can receive": RF-1 … RF-7.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../src/contract/configure.js';
import { inspectProxyError } from '../../../src/contract/inspectProxyError.js';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import { INTEGRATIONS } from '../../../src/contract/integrations/integrationNames.js';
import { lambdaErrorType } from '../../../src/contract/outcome/lambdaErrorType.js';
import type { Integration, ProxyOutcome } from '../../../src/contract/types.js';
import { problemKeys as allProblemKeys } from './support.js';

// Lattice documents headers and isBase64Encoded as required (L-R2): those warnings are not the subject here.
const problemKeys = (outcome: ProxyOutcome) =>
  allProblemKeys(outcome).filter((key) => key !== 'warning L-R2');
const finding = (outcome: ProxyOutcome) => outcome.problems.find((p) => p.rule?.startsWith('RF-'));

const HTTP: readonly Integration[] = INTEGRATIONS;
// Where each integration reads a header from, as the handler would write it there.
function withHeader(integration: Integration, name: string, value: string): Record<string, unknown> {
  return integration === 'alb-multi-value'
    ? { statusCode: 200, multiValueHeaders: { [name]: [value] }, body: 'ok' }
    : { statusCode: 200, headers: { [name]: value }, body: 'ok' };
}
const png = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

describe('review findings: what no client can receive', () => {
  it.each(['Bad Name', '', 'a:b', 'x\ty', 'é', 'a(b)'])(
    'RF-1: header name %j is an error on every integration',
    (name) => {
      for (const integration of HTTP) {
        const outcome = inspectProxyResult(withHeader(integration, name, 'v'), { integration });
        expect(outcome.accepted, integration).toBe(false);
        expect(problemKeys(outcome)).toEqual(['error RF-1']);
        const problem = finding(outcome);
        expect(problem?.message).toContain('is not a valid header name');
        expect(problem?.message).toContain(name === '' ? 'it is empty' : 'it contains');
        expect(problem?.hint).toMatch(/X-Request-Id/);
        expect(problem?.path).toMatch(/^(headers|multiValueHeaders)/);
      }
    },
  );

  it('RF-1: names the header as the handler wrote it', () => {
    const [problem] = inspectProxyResult({ statusCode: 200, headers: { 'Bad Name': 'v' } }).problems;
    expect(problem?.path).toBe('headers["Bad Name"]');
    expect(problem?.message).toMatch(
      /^headers\["Bad Name"\] is not a valid header name \(it contains a space\)/,
    );
  });

  it.each([
    ['a carriage return', 'a\rb'],
    ['a line feed', 'evil\nSet-Cookie: x=1'],
    ['a NUL byte', 'a\0b'],
  ])('RF-2: a header value holding %s is an error on every integration', (what, value) => {
    for (const integration of HTTP) {
      const outcome = inspectProxyResult(withHeader(integration, 'X-Note', value), { integration });
      expect(outcome.accepted, integration).toBe(false);
      expect(problemKeys(outcome)).toEqual(['error RF-2']);
      expect(finding(outcome)?.message).toContain(what);
      expect(finding(outcome)?.message).toMatch(/X-Note/);
    }
  });

  it('RF-2: in multiValueHeaders and in cookies, the path names the item', () => {
    const multi = inspectProxyResult({ statusCode: 200, multiValueHeaders: { 'X-A': ['ok', 'b\nc'] } });
    expect(multi.problems.map((p) => [p.rule, p.path])).toEqual([['RF-2', 'multiValueHeaders.X-A[1]']]);
    for (const integration of ['http-2.0', 'function-url'] as const) {
      const outcome = inspectProxyResult(
        { statusCode: 200, cookies: ['a=1', 'b=2\r\nX: y'] },
        { integration },
      );
      expect(outcome.accepted).toBe(false);
      expect(outcome.problems.map((p) => [p.rule, p.path])).toEqual([['RF-2', 'cookies[1]']]);
    }
  });

  it('RF-1, RF-2: any name with a non-token character is an error, any token with a clean value is not', () => {
    const tchar = fc.constantFrom(..."!#$%&'*+-.^_`|~0123456789abcXYZ");
    const token = fc.string({ unit: tchar, minLength: 1, maxLength: 12 });
    const nonToken = fc.constantFrom(
      ' ',
      ':',
      '"',
      '(',
      ')',
      ',',
      '/',
      ';',
      '<',
      '=',
      '>',
      '?',
      '@',
      '[',
      '\\',
      ']',
      '{',
      '}',
      '\t',
      '\x7f',
      'é',
    );
    const badName = fc
      .tuple(fc.string({ unit: tchar, maxLength: 5 }), nonToken, fc.string({ unit: tchar, maxLength: 5 }))
      .map((parts) => parts.join(''));
    const cleanValue = fc.string({ unit: 'grapheme-ascii', maxLength: 20 });
    const integration = fc.constantFrom(...HTTP);
    fc.assert(
      fc.property(badName, integration, (name, i) => {
        expect(problemKeys(inspectProxyResult(withHeader(i, name, 'v'), { integration: i }))).toContain(
          'error RF-1',
        );
      }),
    );
    fc.assert(
      fc.property(token, cleanValue, integration, (name, value, i) => {
        const keys = problemKeys(inspectProxyResult(withHeader(i, name, value), { integration: i }));
        expect(keys.filter((key) => key.includes('RF-'))).toEqual([]);
      }),
    );
    const dirty = fc
      .tuple(cleanValue, fc.constantFrom('\r', '\n', '\0'), cleanValue)
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(token, dirty, integration, (name, value, i) => {
        expect(problemKeys(inspectProxyResult(withHeader(i, name, value), { integration: i }))).toContain(
          'error RF-2',
        );
      }),
    );
  });

  it.each([100, 101, 103, 199])(
    'RF-3: statusCode %i is never a final response, on every HTTP integration',
    (status) => {
      for (const integration of HTTP) {
        const outcome = inspectProxyResult({ statusCode: status, body: '' }, { integration });
        expect(outcome.accepted, integration).toBe(false);
        expect(problemKeys(outcome)).toEqual(['error RF-3']);
        expect(finding(outcome)?.message).toContain('never a final response');
      }
    },
  );

  it('RF-3: 200 is final; a 101 explains that no upgrade is possible', () => {
    expect(inspectProxyResult({ statusCode: 200 }, { integration: 'alb' }).accepted).toBe(true);
    const [problem] = inspectProxyResult({ statusCode: 101 }, { integration: 'alb' }).problems;
    expect(problem?.hint).toMatch(/cannot switch protocols/);
  });

  // fastify's Lambda adapter writes every header into both maps.
  const mirrored = {
    statusCode: 200,
    headers: { 'content-type': 'text/plain', 'x-a': '1', 'x-b': 'p, q' },
    multiValueHeaders: { 'content-type': ['text/plain'], 'x-a': ['1'], 'x-b': ['p', 'q'] },
    body: 'ok',
  };

  it('RF-4: a faithful mirror of the unread map is accepted silently, under strict too', () => {
    for (const integration of ['alb', 'alb-multi-value'] as const) {
      const outcome = inspectProxyResult(mirrored, { integration, strict: true });
      expect(outcome.accepted, integration).toBe(true);
      expect(outcome.problems).toEqual([]);
    }
  });

  it('RF-4, A-H3: ALB (multi-value off) names only the headers multiValueHeaders loses', () => {
    const result = {
      ...mirrored,
      multiValueHeaders: { ...mirrored.multiValueHeaders, 'set-cookie': ['a=1', 'b=2'], 'x-a': ['2'] },
    };
    const outcome = inspectProxyResult(result, { integration: 'alb' });
    expect(outcome.accepted).toBe(true);
    expect(problemKeys(outcome)).toEqual(['warning A-H3']);
    expect(outcome.problems[0]?.message).toContain(
      "so 'x-a' and 'set-cookie', missing from or different in headers, never reach the client",
    );
    const strict = inspectProxyResult(result, { integration: 'alb', strict: true });
    expect(strict.accepted).toBe(false);
    expect(strict.notes.map((n) => n.message)).toContain(
      "strict: the warnings count as errors, so the response shown is ALB's error response",
    );
  });

  it('RF-4, AM-1: ALB (multi-value on) names only the headers headers loses', () => {
    const result = { ...mirrored, headers: { ...mirrored.headers, 'X-Only-Here': 'v' } };
    const outcome = inspectProxyResult(result, { integration: 'alb-multi-value' });
    expect(problemKeys(outcome)).toEqual(['warning AM-1']);
    expect(outcome.problems[0]?.message).toContain(
      "so 'X-Only-Here', missing from or different in multiValueHeaders, never reach",
    );
  });

  it('RF-4: any mirror of the headers is silent, and any header left out of the read map is named', () => {
    const name = fc.stringMatching(/^x-[a-z0-9]{1,8}$/);
    const value = fc.string({ unit: fc.constantFrom(...'abc123=;'), minLength: 1, maxLength: 6 });
    const headerSet = fc.uniqueArray(fc.tuple(name, fc.array(value, { minLength: 1, maxLength: 3 })), {
      selector: ([n]) => n,
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(headerSet, fc.boolean(), (set, dropOne) => {
        const headers = Object.fromEntries(set.map(([n, values]) => [n, values.join(', ')]));
        const multiValueHeaders = Object.fromEntries(set);
        const [droppedName] = set[0]!;
        for (const integration of ['alb', 'alb-multi-value'] as const) {
          const read = integration === 'alb' ? { ...headers } : { ...multiValueHeaders };
          if (dropOne) delete read[droppedName];
          const result =
            integration === 'alb'
              ? { statusCode: 200, headers: read, multiValueHeaders }
              : { statusCode: 200, headers, multiValueHeaders: read };
          const warnings = inspectProxyResult(result, { integration }).problems;
          if (!dropOne) expect(warnings).toEqual([]);
          else {
            expect(warnings).toHaveLength(1);
            expect(warnings[0]?.message).toContain(`'${droppedName}'`);
          }
        }
      }),
    );
  });

  it('RF-5: base64 under a binary Content-Type without isBase64Encoded warns, on every integration', () => {
    for (const integration of HTTP) {
      for (const flag of [undefined, false]) {
        const result = withHeader(integration, 'Content-Type', 'image/png');
        const outcome = inspectProxyResult(
          { ...result, body: png.toString('base64'), isBase64Encoded: flag },
          { integration },
        );
        expect(problemKeys(outcome), integration).toEqual(['warning RF-5']);
        expect(finding(outcome)?.message).toContain(
          'the client gets the base64 text itself labelled as image/png',
        );
        expect(finding(outcome)?.hint).toContain('isBase64Encoded: true');
      }
    }
  });

  it('RF-5: silent for text types, short bodies, non-base64, a declared flag and a default Content-Type', () => {
    const body = png.toString('base64');
    const quiet = [
      { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body },
      { statusCode: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body },
      { statusCode: 200, headers: { 'Content-Type': 'image/svg+xml' }, body },
      { statusCode: 200, headers: { 'Content-Type': 'image/png' }, body: 'aGVsbG8=' },
      { statusCode: 200, headers: { 'Content-Type': 'image/png' }, body: 'not base64 at all, has spaces' },
      { statusCode: 200, headers: { 'Content-Type': 'image/png' }, body, isBase64Encoded: true },
      { statusCode: 200, body },
    ];
    for (const result of quiet) {
      const keys = problemKeys(inspectProxyResult(result, { integration: 'http-2.0' }));
      expect(
        keys.filter((key) => key.includes('RF-5')),
        JSON.stringify(result),
      ).toEqual([]);
    }
  });

  it('RF-5: any binary-looking base64 of 16+ characters under image/png warns', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 12, maxLength: 200 }),
        fc.constantFrom(...HTTP),
        (bytes, integration) => {
          const result = withHeader(integration, 'content-type', 'image/png');
          const outcome = inspectProxyResult(
            { ...result, body: Buffer.from(bytes).toString('base64') },
            { integration },
          );
          expect(problemKeys(outcome)).toContain('warning RF-5');
        },
      ),
    );
  });

  class Empty {
    #secret = 1;
    get secret(): number {
      return this.#secret;
    }
  }
  it.each([
    ['a Response', new Response('hi', { status: 201 }), /use your framework's Lambda adapter/],
    ['a Map', new Map([['a', 1]]), /Object\.fromEntries/],
    ['a Set', new Set([1]), /\[\.\.\.set\]/],
    ['an Empty', new Empty(), /plain object/],
  ])('RF-6: %s serialises to {}, and the outcome says so', (name, result, hint) => {
    for (const integration of HTTP) {
      const outcome = inspectProxyResult(result, { integration });
      const problem = outcome.problems.find((p) => p.rule === 'RF-6');
      expect(problem, integration).toMatchObject({ severity: 'warning', path: '' });
      expect(problem?.message).toContain(
        `the result is ${name}, whose data is not its own enumerable properties, so JSON serialises it to {}`,
      );
      expect(problem?.hint).toMatch(hint);
    }
  });

  it('RF-6: a plain {}, a class with own data and a toJSON result are not flagged', () => {
    class Own {
      statusCode = 200;
    }
    for (const result of [{}, Object.create(null), new Own(), { toJSON: () => ({}) }, new Date(0)]) {
      expect(problemKeys(inspectProxyResult(result)).filter((k) => k.includes('RF-6'))).toEqual([]);
    }
  });

  it('RF-6: a nameless class is "a class instance"; an object of another realm or a trapping proxy is not flagged', () => {
    const Nameless = (() => class {})();
    const outcome = inspectProxyResult(new Nameless());
    expect(outcome.problems.find((p) => p.rule === 'RF-6')?.message).toContain(
      'the result is a class instance,',
    );
    expect(outcome.problems.find((p) => p.rule === 'RF-6')?.hint).toBe(
      'return a plain object: { statusCode: 200, headers, body }',
    );
    const otherRealm = runInNewContext('({})');
    const trapping = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('no prototype for you');
        },
      },
    );
    for (const result of [otherRealm, trapping]) {
      expect(problemKeys(inspectProxyResult(result)).filter((k) => k.includes('RF-6'))).toEqual([]);
    }
  });

  it.each([
    [{ code: 1 }, 'an object (not an Error)', 'object'],
    ['boom', 'the string "boom" (not an Error)', 'string'],
    [42, '42 (not an Error)', 'number'],
    [null, 'null (not an Error)', 'handled'],
    [() => 1, 'a function (not an Error)', 'function'],
    [{ name: 'Looks', message: 'like one' }, 'Looks: like one', 'object'],
  ])(
    'RF-7: a thrown %j is not called an Error, and Lambda reports its errorType',
    (thrown, label, errorType) => {
      const [problem] = inspectProxyError(thrown).problems;
      expect(problem?.message).toBe(
        `the handler threw ${label}, so Lambda reported a function error with errorType "${errorType}" instead of a result`,
      );
    },
  );

  it('RF-7: an Error, cross-realm or error-like, keeps its name as the errorType, unrepeated', () => {
    const errorLike = { name: 'Custom', message: 'm', stack: 'Custom: m\n    at x' };
    for (const thrown of [new RangeError('r'), errorLike]) {
      expect(inspectProxyError(thrown).problems[0]?.message).not.toContain('errorType');
    }
  });
});

describe('review findings: the less travelled paths', () => {
  it('RF-2: the problem names where the bad line came from, whichever map or list holds it', () => {
    const fromHeaders = inspectProxyResult(
      { statusCode: 200, headers: { 'X-A': 'a\nb' }, multiValueHeaders: { 'x-a': 'not a list' }, body: '' },
      { integration: 'alb' },
    );
    expect(fromHeaders.problems.find((p) => p.rule === 'RF-2')?.path).toBe('headers.X-A');
    const fromCookies = inspectProxyResult(
      { statusCode: 200, cookies: ['ok=1', 'bad=a\rb'], body: '' },
      { integration: 'http-2.0' },
    );
    expect(fromCookies.problems.find((p) => p.rule === 'RF-2')?.path).toBe('cookies[1]');
  });

  it('RF-7: an Error whose name is not a string is reported as "handled"', () => {
    const odd = new Error('x');
    (odd as { name: unknown }).name = 5;
    expect(lambdaErrorType(odd)).toBe('handled');
    expect(lambdaErrorType(new TypeError('t'))).toBe('TypeError');
  });

  it('configure() names a null integration as null', () => {
    expect(() => configure({ integration: null as never })).toThrow(/but it is null/);
  });
});
