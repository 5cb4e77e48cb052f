// §7: past API Gateway's integration timeout the gateway answers first; the problem says what it answered.
import { describe, expect, it } from 'vitest';
import { inspectProxyResult } from '../../../../src/contract/inspectProxyResult.js';

describe('gateway timeout (§7)', () => {
  it('HTTP API: the problem names its 503 and says that answer is unverified', () => {
    const outcome = inspectProxyResult({ statusCode: 200 }, { integration: 'http-2.0', durationMs: 31_000 });
    expect(outcome.problems).toEqual([
      {
        severity: 'error',
        path: '',
        message:
          'the handler ran 31,000 ms, past the integration timeout of 30,000 ms, so API Gateway answered 503 {"message":"Service Unavailable"} (AWS behaviour unverified) before Lambda finished',
        hint: 'make the handler faster, or raise the integration timeout',
        rule: '§7',
      },
    ]);
    expect(outcome.response.status).toBe(503);
  });

  it('HTTP API 1.0 shares the same timeout', () => {
    const { problems } = inspectProxyResult(
      { statusCode: 200 },
      { integration: 'http-1.0', durationMs: 30_001 },
    );
    expect(problems.map((p) => p.message)).toEqual([
      'the handler ran 30,001 ms, past the integration timeout of 30,000 ms, so API Gateway answered 503 {"message":"Service Unavailable"} (AWS behaviour unverified) before Lambda finished',
    ]);
  });
});
