// HTTP's own rules on the way to the client: a 204, 205 or 304 ends after its headers (HTTP-1), and a
// response to HEAD carries no body (HTTP-2). Without them a test reading the body passes on bytes the
// client never gets.
import { describe, expect, it } from 'vitest';
import { inspectProxyError } from '../../../../src/contract/inspectProxyError.js';
import { inspectProxyResult, judgeProxyResult } from '../../../../src/contract/inspectProxyResult.js';
import { INTEGRATIONS } from '../../../../src/contract/integrations/integrationNames.js';
import type { InspectOptions, Integration } from '../../../../src/contract/types.js';
import { checkInvariants, latticeRequired, noteRules, problemKeys } from '../support.js';

interface BodilessRow {
  rule: string;
  does: string;
  result: unknown;
  options?: InspectOptions;
  /** The body the client reads. */
  body: string;
  problems: string[];
  notes: string[];
}

const JSON_BODY = '{"ok":true}';

const ROWS: BodilessRow[] = [
  ...[204, 205, 304].map(
    (statusCode): BodilessRow => ({
      rule: 'HTTP-1',
      does: `a ${statusCode} drops the body the handler sent, with a warning`,
      result: { statusCode, body: JSON_BODY },
      body: '',
      problems: ['warning HTTP-1'],
      notes: [],
    }),
  ),
  {
    rule: 'HTTP-1',
    does: 'a 204 with an empty body is clean',
    result: { statusCode: 204, body: '' },
    body: '',
    problems: [],
    notes: [],
  },
  {
    rule: 'HTTP-1',
    does: 'a 200 keeps its body',
    result: { statusCode: 200, body: JSON_BODY },
    body: JSON_BODY,
    problems: [],
    notes: [],
  },
  {
    rule: 'HTTP-1',
    does: 'a 204 answering HEAD still warns, and notes nothing more',
    result: { statusCode: 204, body: JSON_BODY },
    options: { method: 'HEAD' },
    body: '',
    problems: ['warning HTTP-1'],
    notes: [],
  },
  {
    rule: 'HTTP-2',
    does: 'a response to HEAD drops its body, with a note',
    result: { statusCode: 200, body: 'hello' },
    options: { method: 'HEAD' },
    body: '',
    problems: [],
    notes: ['HTTP-2'],
  },
  {
    rule: 'HTTP-2',
    does: 'a lower-case head method counts as HEAD',
    result: { statusCode: 200, body: 'hello' },
    options: { method: 'head' },
    body: '',
    problems: [],
    notes: ['HTTP-2'],
  },
  {
    rule: 'HTTP-2',
    does: 'a response to GET keeps its body',
    result: { statusCode: 200, body: 'hello' },
    options: { method: 'GET' },
    body: 'hello',
    problems: [],
    notes: [],
  },
  {
    rule: 'HTTP-2',
    does: 'an empty response to HEAD has nothing to note',
    result: { statusCode: 200, body: '' },
    options: { method: 'HEAD' },
    body: '',
    problems: [],
    notes: [],
  },
];

const cases = ROWS.flatMap((row) => INTEGRATIONS.map((integration) => ({ ...row, integration })));

describe('HTTP drops the body of a 204, 205, 304 and of a response to HEAD', () => {
  it.each(cases)('$rule: $does ($integration)', ({ result, options, integration, body, problems, notes }) => {
    for (const fastPath of [true, false]) {
      const outcome = judgeProxyResult(result, { integration, ...options }, { fastPath });
      checkInvariants(outcome);
      expect(outcome.accepted).toBe(true);
      expect(outcome.response.body).toBe(body);
      expect(outcome.response.bodyBytes.length).toBe(new TextEncoder().encode(body).length);
      expect(problemKeys(outcome)).toEqual([...latticeRequired(integration, result), ...problems]);
      expect(noteRules(outcome).filter((rule) => rule.startsWith('HTTP-'))).toEqual(notes);
    }
  });

  it('HTTP-1: the warning says which status, that the client never sees the body, and how to fix it', () => {
    const [problem] = inspectProxyResult({ statusCode: 304, body: 'x' }, { integration: 'rest' }).problems;
    expect(problem).toEqual({
      severity: 'warning',
      path: 'body',
      message: 'a 304 response has no body: the client never sees it',
      hint: 'drop the body, or answer 200',
      rule: 'HTTP-1',
    });
  });

  it.each<Integration>(INTEGRATIONS)(
    'HTTP-1: under strict a 204 with a body is rejected (%s)',
    (integration) => {
      const result = { statusCode: 204, body: JSON_BODY };
      const outcome = inspectProxyResult(result, { integration, strict: true });
      expect(outcome.accepted).toBe(false);
      expect(problemKeys(outcome)).toEqual([...latticeRequired(integration, result, true), 'error HTTP-1']);
      expect(outcome.response).toEqual(inspectProxyError(new Error('x'), { integration }).response);
      expect(noteRules(outcome)).toContain('strict');
    },
  );

  it('HTTP-2: under strict the HEAD note stays a note and the response is accepted', () => {
    const outcome = inspectProxyResult(
      { statusCode: 200, body: 'hello' },
      { integration: 'rest', method: 'HEAD', strict: true },
    );
    expect([outcome.accepted, outcome.response.body, outcome.problems]).toEqual([true, '', []]);
  });

  it('HTTP-1: a rejected result gets no HTTP-1 warning on top of its error', () => {
    const outcome = inspectProxyResult({ statusCode: 204, body: {} }, { integration: 'rest' });
    expect(outcome.accepted).toBe(false);
    expect(problemKeys(outcome)).not.toContain('warning HTTP-1');
  });

  it('HTTP-1: past the gateway timeout the client gets the timeout response, with no HTTP-1 warning', () => {
    const outcome = inspectProxyResult(
      { statusCode: 204, body: JSON_BODY },
      { integration: 'rest', durationMs: 40_000 },
    );
    expect(outcome.response.status).toBe(504);
    expect(problemKeys(outcome)).not.toContain('warning HTTP-1');
  });

  it('HTTP-1: a base64 body REST decodes is dropped too', () => {
    const outcome = inspectProxyResult(
      { statusCode: 204, body: Buffer.from('png!').toString('base64'), isBase64Encoded: true },
      { integration: 'rest', binaryMediaTypes: ['*/*'], accept: 'image/png' },
    );
    expect([outcome.response.body, outcome.response.bodyBytes.length]).toEqual(['', 0]);
    expect(problemKeys(outcome)).toEqual(['warning HTTP-1']);
  });

  it('HTTP-2: a method that is not a string is a usage error naming the option', () => {
    expect(() => inspectProxyResult({ statusCode: 200 }, { method: 1 as never })).toThrow(
      /^inspectProxyResult\(\): method must be the request method as a string/,
    );
  });
});
