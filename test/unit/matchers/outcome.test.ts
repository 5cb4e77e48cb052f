// The sentences this layer builds around the core's findings, on hand-made outcomes (the core's own wording has
// tests of its own and may change without breaking these).
import { describe, expect, it } from 'vitest';
import type { ProxyOutcome } from '../../../src/contract/types.js';
import { context, problemList, refusal, remarks } from '../../../src/matchers/outcome.js';
import { plain, taggedContext } from './support.js';

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
    // Under strict, a warning alone can reject.
    expect(refusal(outcome({ problems: [warning] }))).toMatch(
      /would answer 502: a number header value is sent as text\.$/,
    );
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
