import { describe, expect, it, vi } from 'vitest';
import {
  installAwsLambdaGlobals,
  streamifyResponse,
} from '../../../../src/invoke/stream/awsLambdaGlobals.js';
import { installAwsLambdaGlobalsFromSetup } from '../../../../src/invoke/stream/installAwsLambdaGlobalsFromSetup.js';
import { awslambda, isolateAwsLambdaGlobal, slot } from './globalState.js';

const OPT_OUT = 'AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA';

describe('S-1: what the setup entries do as they load', () => {
  isolateAwsLambdaGlobal();

  it('installs the global, silently, when nothing is there', () => {
    const warn = vi.fn();
    expect(installAwsLambdaGlobalsFromSetup({}, warn)).toBe(true);
    expect(awslambda().streamifyResponse).toBe(streamifyResponse);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(['1', 'true'])('honours the runtime opt-out %s=%s: no global at all', (value) => {
    const warn = vi.fn();
    expect(installAwsLambdaGlobalsFromSetup({ [OPT_OUT]: value }, warn)).toBe(false);
    expect('awslambda' in slot).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  it('with the opt-out leaves a stub of the user alone, and says nothing', () => {
    const stub = { streamifyResponse: vi.fn() };
    slot.awslambda = stub;
    const warn = vi.fn();
    expect(installAwsLambdaGlobalsFromSetup({ [OPT_OUT]: '1' }, warn)).toBe(false);
    expect(awslambda()).toEqual({ streamifyResponse: stub.streamifyResponse });
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(['0', 'false', 'TRUE', 'yes', ''])(
    'installs when the opt-out is %j (only 1 and true count)',
    (value) => {
      expect(installAwsLambdaGlobalsFromSetup({ [OPT_OUT]: value }, vi.fn())).toBe(true);
      expect(awslambda().streamifyResponse).toBe(streamifyResponse);
    },
  );

  it("keeps someone else's streamifyResponse and warns once, naming it and the opt-out", () => {
    const stub = vi.fn();
    slot.awslambda = { streamifyResponse: stub };
    const warn = vi.fn();
    installAwsLambdaGlobalsFromSetup({}, warn);
    installAwsLambdaGlobalsFromSetup({}, warn);
    expect(awslambda().streamifyResponse).toBe(stub);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/already had streamifyResponse from elsewhere .* it was kept/);
    expect(warn.mock.calls[0]![0]).toContain(`${OPT_OUT}=1`);
  });

  it('names both runtime keys when both are theirs', () => {
    slot.awslambda = { streamifyResponse: vi.fn(), HttpResponseStream: class {} };
    const warn = vi.fn();
    installAwsLambdaGlobalsFromSetup({}, warn);
    expect(warn.mock.calls[0]![0]).toContain('already had streamifyResponse and HttpResponseStream');
  });

  it("says nothing about keys that are not the runtime's two, such as the AWS SDK's InvokeStore", () => {
    slot.awslambda = { InvokeStore: {} };
    const warn = vi.fn();
    installAwsLambdaGlobalsFromSetup({}, warn);
    installAwsLambdaGlobalsFromSetup({}, warn);
    slot.awslambda = {};
    installAwsLambdaGlobalsFromSetup({}, warn);
    expect(warn).not.toHaveBeenCalled();
    expect(awslambda().streamifyResponse).toBe(streamifyResponse);
  });

  it('says so when it replaced a value that is not an object', () => {
    slot.awslambda = 'awslambda';
    const warn = vi.fn();
    installAwsLambdaGlobalsFromSetup({}, warn);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/held a value that is not an object; it was replaced/),
    );
    expect(awslambda().streamifyResponse).toBe(streamifyResponse);
  });

  it('says nothing when the global is its own (a second setup entry, or installAwsLambdaGlobals first)', () => {
    installAwsLambdaGlobals();
    const warn = vi.fn();
    installAwsLambdaGlobalsFromSetup({}, warn);
    installAwsLambdaGlobalsFromSetup(undefined, warn);
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns on stderr by default (console.warn) and reads process.env when given no environment', () => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubEnv(OPT_OUT, '');
    try {
      slot.awslambda = { HttpResponseStream: class {} };
      installAwsLambdaGlobalsFromSetup();
      expect(spy).toHaveBeenCalledTimes(1);
      expect(spy.mock.calls[0]![0]).toContain('already had HttpResponseStream');
      delete slot.awslambda;
      vi.stubEnv(OPT_OUT, 'true');
      expect(installAwsLambdaGlobalsFromSetup()).toBe(false);
      expect('awslambda' in slot).toBe(false);
    } finally {
      spy.mockRestore();
      vi.unstubAllEnvs();
    }
  });
});
