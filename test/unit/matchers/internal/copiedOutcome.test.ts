// A copy of a ProxyOutcome is recognised by the shape of every note and problem it carries, not just by
// their being lists: a handler result forged with malformed notes or problems stays a handler result, and a
// copy of an outcome that carries warnings is still the outcome.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configure } from '../../../../src/contract/configure.js';
import { inspectProxyResult } from '../../../../src/contract/inspectProxyResult.js';
import { matchers } from '../../../../src/matchers/index.js';
import { judgedOutcome } from '../../../../src/matchers/internal/judgedOutcome.js';
import { failureOf } from '../support.js';

expect.extend(matchers);

afterEach(() => {
  configure({ integration: 'rest' });
});

// HTTP API 1.0 accepts the result and drops `cookies`: an accepted outcome with a warning.
// Built before each test, not while the file loads: factory code that runs at load time is outside every
// test, so Stryker would count its mutants as static and rerun the whole suite for each.
let warned: ReturnType<typeof inspectProxyResult>;
let noted: ReturnType<typeof inspectProxyResult>;
beforeEach(() => {
  warned = inspectProxyResult(
    { statusCode: 201, cookies: ['a=1'], body: 'made' },
    { integration: 'http-1.0' },
  );
  noted = inspectProxyResult({ message: 'hi' }, { integration: 'http-2.0' });
});

describe('a copy of an outcome that carries warnings', () => {
  it('is an accepted outcome with a warning to copy', () => {
    expect(warned.accepted).toBe(true);
    expect(warned.problems.map((p) => p.severity)).toEqual(['warning']);
    expect(noted.notes.length).toBeGreaterThan(0);
  });

  it.each([
    ['a spread copy', () => ({ ...warned })],
    ['a structuredClone', () => structuredClone(warned)],
    ['a JSON round trip', () => JSON.parse(JSON.stringify(warned))],
  ])('is used as the outcome: %s', (_, make) => {
    const copy = make();
    expect(judgedOutcome(copy)?.problems).toEqual(warned.problems);
    // Read as a handler result, REST would refuse its unknown keys and answer 502.
    expect(copy).toBeValidProxyResponse();
    expect(copy).toHaveStatusCode(201);
    expect(failureOf(() => expect(copy).not.toBeValidProxyResponse())).toMatch(/builds a 201 response/);
    expect(failureOf(() => expect(copy).toHaveStatusCode(200))).toMatch(/but the client gets 201\./);
  });

  it('is used as the outcome with its notes: a copy of an HTTP API 2.0 inference', () => {
    const copy = JSON.parse(JSON.stringify(noted));
    expect(judgedOutcome(copy)?.notes).toEqual(noted.notes);
    expect(copy).toHaveStatusCode(200);
  });
});

describe('a forged outcome with malformed notes or problems', () => {
  // Read in each test, from the outcomes built there (Stryker counts load-time code as static).
  const warning = () => warned.problems[0];
  const note = () => noted.notes[0];
  const cases: [string, () => unknown][] = [
    ['a note whose path is a number', () => ({ ...noted, notes: [{ ...note(), path: 1 }] })],
    ['a note without a path', () => ({ ...noted, notes: [{ message: 'inferred' }] })],
    ['a note whose message is a number', () => ({ ...noted, notes: [{ ...note(), message: 7 }] })],
    ['a note without a message', () => ({ ...noted, notes: [{ path: '' }] })],
    ['a note that is an array', () => ({ ...noted, notes: [Object.assign([], { path: '', message: 'm' })] })],
    [
      'a problem of an unknown severity',
      () => ({ ...warned, problems: [{ ...warning(), severity: 'fatal' }] }),
    ],
    [
      'a problem without a severity',
      () => ({ ...warned, problems: [{ path: 'cookies', message: 'dropped' }] }),
    ],
    [
      'a problem whose path is missing',
      () => ({ ...warned, problems: [{ message: 'm', severity: 'warning' }] }),
    ],
    [
      'a problem whose message is missing',
      () => ({ ...warned, problems: [{ path: '', severity: 'error' }] }),
    ],
    ['a good problem after a bad one', () => ({ ...warned, problems: [{ severity: 'warning' }, warning()] })],
    ['a good note after a bad one', () => ({ ...noted, notes: [{ path: 0 }, note()] })],
  ];

  it.each(cases)('is judged as the handler result it is: %s', (_, make) => {
    const forged = make();
    expect(judgedOutcome(forged)).toBeUndefined();
    // REST refuses the outcome's keys (integration, accepted, …): 502.
    expect(forged).not.toBeValidProxyResponse();
    expect(failureOf(() => expect(forged).toBeValidProxyResponse())).toMatch(
      /API Gateway \(REST\) would answer 502/,
    );
  });

  it('is recognised once each note and problem is well formed', () => {
    expect(
      judgedOutcome({ ...warned, problems: [{ path: 'cookies', message: 'm', severity: 'warning' }] }),
    ).toBeDefined();
    expect(
      judgedOutcome({ ...warned, problems: [{ path: '', message: 'm', severity: 'error' }] }),
    ).toBeDefined();
    expect(judgedOutcome({ ...noted, notes: [{ path: '', message: 'm' }] })).toBeDefined();
  });
});

describe('a forged outcome whose lists are text', () => {
  it.each([
    ['notes as an empty string', () => ({ ...noted, notes: '' })],
    ['problems as an empty string', () => ({ ...warned, problems: '' })],
  ])('is judged as the handler result it is: %s', (_, make) => {
    const forged = make();
    expect(judgedOutcome(forged)).toBeUndefined();
    expect(forged).not.toBeValidProxyResponse();
  });
});

describe('the outcome of a ClientResponse', () => {
  // Built in each test, not while the file loads (Stryker counts load-time code as static).
  let response: ReturnType<typeof inspectProxyResult>['response'];
  beforeEach(() => {
    ({ response } = inspectProxyResult({ statusCode: 204 }));
  });

  it('is accepted, with no problems, no notes and no function error, labelled with the integration given', () => {
    expect(judgedOutcome(response, 'alb')).toEqual({
      integration: 'alb',
      accepted: true,
      problems: [],
      notes: [],
      response,
      functionError: false,
    });
  });

  it('is labelled with the configured integration when none is given', () => {
    configure({ integration: 'function-url' });
    expect(judgedOutcome(response)?.integration).toBe('function-url');
  });
});
