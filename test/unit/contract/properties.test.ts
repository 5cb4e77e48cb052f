// Property tests: the core never throws, and its invariants hold for any value, through every integration.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectProxyError } from '../../../src/contract/inspectProxyError.js';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import { INTEGRATIONS } from '../../../src/contract/integrations/integrationNames.js';
import { isProxyOutcome } from '../../../src/contract/outcome/isProxyOutcome.js';
import type { InspectOptions, Integration, ProxyOutcome } from '../../../src/contract/types.js';
import { runs } from '../propertyRuns.js';
import { anyValue } from './arbitraries.js';
import { checkInvariants, latticeRequired, problemKeys } from './support.js';

// Computed when a test asks, not while the file loads (Stryker counts load-time code as static).
const errorResponse = (integration: Integration): ReturnType<typeof inspectProxyError>['response'] =>
  inspectProxyError(new Error('x'), { integration }).response;

const loneSurrogates = fc.string({
  unit: fc.constantFrom('a', 'é', '😀', '\uD800', '\uDFFF', '\uFEFF', '\u0000'),
});
const scalar = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const headerName = fc.oneof(
  fc.constantFrom(
    'Content-Type',
    'content-type',
    'Set-Cookie',
    'X-Count',
    '__proto__',
    'constructor',
    'toString',
    '',
  ),
  fc.string(),
);
const headerMap = fc.oneof(
  fc.dictionary(headerName, fc.oneof(scalar, fc.array(scalar), anyValue)),
  scalar,
  anyValue,
);
const multiValueMap = fc.oneof(
  fc.dictionary(headerName, fc.oneof(fc.array(scalar), scalar)),
  scalar,
  anyValue,
);
const statusCode = fc.oneof(
  fc.integer({ min: 100, max: 599 }),
  fc.integer({ min: 100, max: 599 }).map(String),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.constant(null),
  fc.boolean(),
  anyValue,
);
const body = fc.oneof(
  fc.string({ unit: 'binary' }),
  loneSurrogates,
  fc.base64String(),
  fc.string(),
  anyValue,
);
/** Objects shaped like proxy responses, with every field possibly wrong. */
const responseLike = fc.record(
  {
    statusCode,
    headers: headerMap,
    multiValueHeaders: multiValueMap,
    body,
    isBase64Encoded: fc.oneof(fc.boolean(), fc.constantFrom('true', 'false'), anyValue),
    cookies: fc.oneof(fc.array(fc.string()), anyValue),
    statusDescription: fc.oneof(fc.string(), anyValue),
    base64Encoded: fc.boolean(),
    statuscode: fc.integer(),
    message: fc.string(),
  },
  { requiredKeys: [] },
);
const options: fc.Arbitrary<InspectOptions> = fc.record(
  {
    integration: fc.constantFrom(...INTEGRATIONS),
    strict: fc.boolean(),
    binaryMediaTypes: fc.array(fc.constantFrom('image/png', '*/*', 'image/*', 'application/json')),
    accept: fc.constantFrom('image/png', '*/*', 'application/json, image/png', ''),
  },
  { requiredKeys: ['integration'] },
);

function judge(result: unknown, opts: InspectOptions) {
  const outcome = inspectProxyResult(result, opts);
  expect(isProxyOutcome(outcome)).toBe(true);
  expect(outcome.integration).toBe(opts.integration);
  checkInvariants(outcome, errorResponse(opts.integration!));
  return outcome;
}

describe('properties', () => {
  it('never throws for any value, through any integration, and every invariant holds', () => {
    fc.assert(
      fc.property(anyValue, options, (result, opts) => void judge(result, opts)),
      { numRuns: runs(400) },
    );
  });

  it('never throws for response-shaped objects with any field wrong, and every invariant holds', () => {
    fc.assert(
      fc.property(responseLike, options, (result, opts) => void judge(result, opts)),
      { numRuns: runs(600) },
    );
  });

  it('inspectProxyError never throws for anything thrown', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyValue,
          fc.string().map((m) => new Error(m)),
        ),
        options,
        (thrown, opts) => {
          const outcome = inspectProxyError(thrown, opts);
          expect(outcome).toMatchObject({ accepted: false, functionError: true });
          checkInvariants(outcome, errorResponse(opts.integration!));
        },
      ),
    );
  });

  it('strict accepts exactly what the lenient judgement accepts without warnings', () => {
    fc.assert(
      fc.property(responseLike, fc.constantFrom(...INTEGRATIONS), (result, integration) => {
        const lenient = inspectProxyResult(result, { integration });
        const strict = inspectProxyResult(result, { integration, strict: true });
        expect(strict.accepted).toBe(lenient.accepted && lenient.problems.length === 0);
        expect(strict.problems.map((p) => p.message)).toEqual(lenient.problems.map((p) => p.message));
      }),
      { numRuns: runs(300) },
    );
  });

  it('is deterministic: the same result gives equal outcomes', () => {
    fc.assert(
      fc.property(responseLike, options, (result, opts) => {
        expect(inspectProxyResult(result, opts)).toEqual(inspectProxyResult(result, opts));
      }),
    );
  });

  const token = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/);
  // HTTP drops the body of a 204, 205 or 304 (HTTP-1): those are checked on their own below. A 1xx is never a
  // final response (RF-3), so clean responses start at 200.
  const BODILESS = [204, 205, 304];
  const cleanResponse = fc.record({
    statusCode: fc.integer({ min: 200, max: 599 }).filter((status) => !BODILESS.includes(status)),
    headers: fc.uniqueArray(fc.tuple(token, fc.string({ unit: 'grapheme-ascii' })), {
      selector: ([name]) => name.toLowerCase(),
      maxLength: 8,
    }),
    body: fc.string({ unit: 'grapheme' }),
  });

  it('REST: an accepted response round-trips the status, headers and body that were sent', () => {
    fc.assert(
      fc.property(cleanResponse, ({ statusCode, headers, body }) => {
        const outcome = inspectProxyResult(
          { statusCode, headers: Object.fromEntries(headers), body },
          { integration: 'rest' },
        );
        expect(outcome.accepted).toBe(true);
        expect(outcome.response.status).toBe(statusCode);
        expect(outcome.response.body).toBe(body);
        const expected: Record<string, string[]> = {};
        for (const [name, value] of headers) expected[name.toLowerCase()] = [value];
        expected['content-type'] ??= ['application/json'];
        expect(outcome.response.headers).toEqual(expected);
      }),
      { numRuns: runs(300) },
    );
  });

  it('every front end with statusCode sends the string body it was given, as UTF-8', () => {
    fc.assert(
      fc.property(cleanResponse, fc.constantFrom(...INTEGRATIONS), ({ statusCode, body }, integration) => {
        const outcome = inspectProxyResult({ statusCode, body }, { integration });
        expect(outcome.accepted).toBe(true);
        expect(outcome.response.body).toBe(body);
        expect(outcome.response.bodyBytes).toEqual(new TextEncoder().encode(body));
      }),
    );
  });

  it('HTTP-1: every front end sends no body with a 204, 205 or 304, and warns when one was given', () => {
    fc.assert(
      fc.property(
        cleanResponse,
        fc.constantFrom(...BODILESS),
        fc.constantFrom(...INTEGRATIONS),
        ({ body }, statusCode, integration) => {
          const result = { statusCode, body };
          const outcome = inspectProxyResult(result, { integration });
          checkInvariants(outcome);
          expect([outcome.accepted, outcome.response.status, outcome.response.body]).toEqual([
            true,
            statusCode,
            '',
          ]);
          expect(problemKeys(outcome)).toEqual([
            ...latticeRequired(integration, result),
            ...(body === '' ? [] : ['warning HTTP-1']),
          ]);
        },
      ),
    );
  });

  it('L-R2: Lattice warns for each of headers and isBase64Encoded missing, whatever else the result holds', () => {
    fc.assert(
      fc.property(responseLike, fc.boolean(), (result, strict) => {
        // Lattice reads the JSON Lambda sends (W1), so a result that does not serialise is never judged.
        let wire: unknown;
        try {
          wire = JSON.parse(JSON.stringify(result));
        } catch {
          wire = undefined;
        }
        fc.pre(wire !== null && typeof wire === 'object' && !Array.isArray(wire));
        const outcome = inspectProxyResult(result, { integration: 'lattice', strict });
        const required = outcome.problems.filter((p) => p.rule === 'L-R2');
        expect(required.map((p) => `${p.severity} ${p.rule}`)).toEqual(
          latticeRequired('lattice', wire, strict),
        );
        const fields = wire as Record<string, unknown>;
        const missing = ['headers', 'isBase64Encoded'].filter((key) => fields[key] === undefined);
        expect(required.map((p) => p.path)).toEqual(missing);
      }),
      { numRuns: runs(300) },
    );
  });

  it('L-R9: Lattice judges every field as ALB does; only its L-R problems and the hop-by-hop headers differ', () => {
    const judged = (o: ProxyOutcome) =>
      o.problems.filter((p) => !p.rule?.startsWith('L-R')).map((p) => `${p.severity} ${p.rule} ${p.path}`);
    fc.assert(
      fc.property(responseLike, (result) => {
        const lattice = inspectProxyResult(result, { integration: 'lattice' });
        const alb = inspectProxyResult(result, { integration: 'alb' });
        expect(judged(lattice)).toEqual(judged(alb));
        expect(lattice.accepted).toBe(alb.accepted);
        if (!alb.accepted) return;
        const { connection, 'transfer-encoding': te, ...headers } = alb.response.headers;
        expect(lattice.response).toEqual({ ...alb.response, headers });
      }),
      { numRuns: runs(400) },
    );
  });

  it("L-R9: Lattice's messages are ALB's with VPC Lattice for ALB; only the ignored multiValueHeaders is worded apart", () => {
    const worded = (o: ProxyOutcome, name: string) =>
      [...o.problems, ...o.notes]
        // A-E is ALB's rejection note (Lattice's is L-R10) and its 1 MB limit, which Lattice does not have.
        .filter((p) => p.rule?.startsWith('A-') && p.rule !== 'A-H3' && p.rule !== 'A-E')
        .map((p) => `${p.rule} ${p.message.replaceAll(name, 'NAME')}`);
    fc.assert(
      fc.property(responseLike, (result) => {
        const lattice = inspectProxyResult(result, { integration: 'lattice' });
        const alb = inspectProxyResult(result, { integration: 'alb' });
        expect(worded(lattice, 'VPC Lattice')).toEqual(worded(alb, 'ALB'));
        for (const entry of [...lattice.problems, ...lattice.notes]) {
          if (entry.rule?.startsWith('A-'))
            expect(entry.message).not.toMatch(
              /\bALB (ignores|needs|requires|rejects|added|decoded)|for ALB\b/,
            );
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('HTTP API 2.0 and function URLs infer 200 with the JSON text (a string as is) for any data without statusCode', () => {
    const data = fc
      .jsonValue()
      .filter((v) => v !== null && !(typeof v === 'object' && !Array.isArray(v) && 'statusCode' in v));
    fc.assert(
      fc.property(data, fc.constantFrom<Integration>('http-2.0', 'function-url'), (value, integration) => {
        const outcome = inspectProxyResult(value, { integration });
        expect(outcome.response.status).toBe(200);
        expect(outcome.response.headers['content-type']).toEqual(['application/json']);
        expect(outcome.response.body).toBe(typeof value === 'string' ? value : JSON.stringify(value));
      }),
      { numRuns: runs(300) },
    );
  });

  it('base64 bodies decode to exactly the bytes that were encoded', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.constantFrom<Integration>('http-1.0', 'http-2.0', 'alb', 'function-url'),
        (bytes, integration) => {
          const outcome = inspectProxyResult(
            { statusCode: 200, body: Buffer.from(bytes).toString('base64'), isBase64Encoded: true },
            { integration },
          );
          expect(outcome.accepted).toBe(true);
          expect(outcome.response.bodyBytes).toEqual(new Uint8Array(bytes));
        },
      ),
    );
  });
});
