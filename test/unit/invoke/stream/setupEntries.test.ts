// The setup entries install the global as they load, before any test file imports a handler module; the
// runner suites (test/runners) prove it through the published package under jest, vitest, node:test and bun.
import { describe, expect, it, vi } from 'vitest';
import { awslambda, isolateAwsLambdaGlobal, slot } from './globalState.js';

const OPT_OUT = 'AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA';
const entries = {
  expect: () => import('../../../../src/expect.js'),
  vitest: () => import('../../../../src/vitest.js'),
  globals: () => import('../../../../src/globals.js'),
};

describe('S-1: the setup entries', () => {
  isolateAwsLambdaGlobal();

  it.each(Object.keys(entries))(
    '/%s installs { streamifyResponse, HttpResponseStream } as it loads',
    async (name) => {
      vi.resetModules();
      await entries[name as keyof typeof entries]();
      expect(Object.keys(awslambda())).toEqual(['streamifyResponse', 'HttpResponseStream']);
      const handler = async () => {};
      expect((awslambda().streamifyResponse as (h: unknown) => unknown)(handler)).toBe(handler);
    },
  );

  it.each(Object.keys(entries))('/%s leaves the global out under the runtime opt-out', async (name) => {
    vi.resetModules();
    vi.stubEnv(OPT_OUT, '1');
    try {
      await entries[name as keyof typeof entries]();
      expect('awslambda' in slot).toBe(false);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
