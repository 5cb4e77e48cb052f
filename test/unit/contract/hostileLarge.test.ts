// Hostile results measured in megabytes: the core answers each with an outcome, in linear time, on every
// front end. Apart from hostile.test.ts because they take most of a run of the unit suite (10 s of 20 s
// under load): the mutation run leaves them out (vitest.mutation.config.ts), since each static mutant reruns
// every test, and the byte-exact size limits they lean on are pinned by fastPath.test.ts.
import { describe, expect, it } from 'vitest';
import { inspectProxyError } from '../../../src/contract/inspectProxyError.js';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import { INTEGRATIONS } from '../../../src/contract/integrations/integrationNames.js';
import { checkInvariants } from './support.js';

const tenMegabytes = () => 'x'.repeat(10 * 1024 * 1024);

describe('hostile results in megabytes', () => {
  it.each([
    { name: 'a 10 MB string', value: tenMegabytes, functionError: true },
    { name: 'a 10 MB body', value: () => ({ statusCode: 200, body: tenMegabytes() }), functionError: true },
    {
      name: '5 MB of invalid base64',
      value: () => ({ statusCode: 200, body: `${'A'.repeat(5_000_000)}!`, isBase64Encoded: true }),
      functionError: false,
    },
  ])('$name: an outcome on every front end, never a throw', ({ value, functionError }) => {
    const result = value();
    for (const integration of INTEGRATIONS) {
      for (const strict of [false, true]) {
        const outcome = inspectProxyResult(result, { integration, strict });
        checkInvariants(outcome, inspectProxyError(new Error('x'), { integration }).response);
        expect(outcome.functionError).toBe(functionError);
        // Over the 6 MB payload limit (W5); invalid base64 is judged, not thrown on.
        if (functionError) expect(outcome.problems.map((p) => p.rule)).toEqual(['W5']);
      }
    }
  });
});
