// isBase64Encoded: null, as a typed language's serialiser writes an unset flag. Every integration but ALB
// reads it as false (the body is text, nothing is decoded); ALB takes no nulls and answers 502.
// readBase64Flag.test.ts checks the reader; this checks that each integration hands it its own rules.
import { describe, expect, it } from 'vitest';
import { inspectProxyResult } from '../../../../src/contract/inspectProxyResult.js';

const result = {
  statusCode: 200,
  headers: { 'Content-Type': 'text/plain' },
  body: 'aGk=',
  isBase64Encoded: null,
};

describe('isBase64Encoded: null', () => {
  it.each(['rest', 'http-1.0', 'http-2.0', 'function-url'] as const)(
    'is false on %s: accepted, even under strict, with the body left as text',
    (integration) => {
      const outcome = inspectProxyResult(result, { integration, strict: true });
      expect(outcome.accepted).toBe(true);
      expect(outcome.problems).toEqual([]);
      expect(outcome.response.status).toBe(200);
      expect(outcome.response.body).toBe('aGk=');
    },
  );

  it.each(['alb', 'alb-multi-value'] as const)('is a 502 on %s, saying to omit it', (integration) => {
    const outcome = inspectProxyResult(result, { integration });
    expect(outcome.accepted).toBe(false);
    expect(outcome.response.status).toBe(502);
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({
        path: 'isBase64Encoded',
        rule: 'A-64',
        severity: 'error',
        message: expect.stringContaining('isBase64Encoded must be true or false, but it is null'),
        hint: 'omit it, or use false',
      }),
    ]);
  });
});
