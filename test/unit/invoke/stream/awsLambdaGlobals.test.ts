import { describe, expect, it, vi } from 'vitest';
import {
  HIGH_WATER_MARK_SYMBOL,
  HttpResponseStream,
  installAwsLambdaGlobals,
  STREAMING_SYMBOL,
  streamifyResponse,
} from '../../../../src/invoke/stream/awsLambdaGlobals.js';
import { awslambda, INSTALLED_KEYS, isolateAwsLambdaGlobal, slot } from './globalState.js';

const symbolsOf = (fn: unknown) => {
  const record = fn as Record<symbol, unknown>;
  return { marker: record[STREAMING_SYMBOL], highWaterMark: record[HIGH_WATER_MARK_SYMBOL] };
};

describe('S-2: streamifyResponse', () => {
  it('returns the very function it was given, marked, with no highWaterMark unless one is a number', () => {
    const handler = async () => {};
    expect(streamifyResponse(handler)).toBe(handler);
    expect(symbolsOf(handler)).toEqual({ marker: 'response', highWaterMark: undefined });
    const named = async function named() {};
    streamifyResponse(named, { highWaterMark: '64' as never });
    expect(symbolsOf(named).highWaterMark).toBeUndefined();
  });

  it('stores highWaterMark parsed as an integer, as the runtime does', () => {
    const handler = async () => {};
    streamifyResponse(handler, { highWaterMark: 1024.9 });
    expect(symbolsOf(handler)).toEqual({ marker: 'response', highWaterMark: 1024 });
    expect(Object.keys(handler)).toEqual([]);
  });
});

describe('S-8: HttpResponseStream', () => {
  it('is a class, as the runtime has it, whose from() returns the stream it was given', () => {
    expect(typeof HttpResponseStream).toBe('function');
    const stream = { setContentType: vi.fn() };
    expect(HttpResponseStream.from(stream, { statusCode: 200 })).toBe(stream);
    expect(stream.setContentType).toHaveBeenCalledWith('application/vnd.awslambda.http-integration-response');
  });
});

describe('S-1: installAwsLambdaGlobals', () => {
  isolateAwsLambdaGlobal();

  it('installs { streamifyResponse, HttpResponseStream } when there is no global', () => {
    expect(installAwsLambdaGlobals()).toEqual({ replaced: false, kept: [] });
    expect(Object.keys(awslambda())).toEqual(['streamifyResponse', 'HttpResponseStream']);
    expect(awslambda().streamifyResponse).toBe(streamifyResponse);
    expect(awslambda().HttpResponseStream).toBe(HttpResponseStream);
  });

  it('installs a fresh object each time, so a test that stubs a key leaks nothing into the next install', () => {
    installAwsLambdaGlobals();
    const first = awslambda();
    first.streamifyResponse = vi.fn();
    delete slot.awslambda;
    installAwsLambdaGlobals();
    expect(awslambda()).not.toBe(first);
    expect(awslambda().streamifyResponse).toBe(streamifyResponse);
  });

  it('leaves its own global alone on a second call, and reports nothing kept', () => {
    installAwsLambdaGlobals();
    const first = awslambda();
    expect(installAwsLambdaGlobals()).toEqual({ replaced: false, kept: [] });
    expect(awslambda()).toBe(first);
  });

  it('knows the global another copy of the library installed (the CJS and ESM builds) as its own', async () => {
    vi.resetModules();
    const other = await import('../../../../src/invoke/stream/awsLambdaGlobals.js');
    expect(other.streamifyResponse).not.toBe(streamifyResponse);
    other.installAwsLambdaGlobals();
    expect(installAwsLambdaGlobals()).toEqual({ replaced: false, kept: [] });
    expect(awslambda().streamifyResponse).toBe(other.streamifyResponse);
  });

  it('keeps a global the AWS SDK started (InvokeStore) in place, adding the runtime keys to the same object', () => {
    const sdk = { InvokeStore: { getRequestId: () => '-' } };
    slot.awslambda = sdk;
    expect(installAwsLambdaGlobals()).toEqual({ replaced: true, kept: ['InvokeStore'] });
    expect(awslambda()).toBe(sdk);
    expect(Object.keys(sdk)).toEqual(['InvokeStore', 'streamifyResponse', 'HttpResponseStream']);
    // A later install (another setup file) reports the SDK's key, never ours.
    expect(installAwsLambdaGlobals()).toEqual({ replaced: false, kept: ['InvokeStore'] });
  });

  it('lets the AWS SDK add InvokeStore after it, as `awslambda = awslambda || {}` then an assignment', () => {
    installAwsLambdaGlobals();
    const g = globalThis as { awslambda?: Record<string, unknown> };
    g.awslambda = g.awslambda || {};
    g.awslambda.InvokeStore = 'store';
    expect(Object.isFrozen(g.awslambda)).toBe(false);
    expect(awslambda().InvokeStore).toBe('store');
    expect(awslambda().streamifyResponse).toBe(streamifyResponse);
  });

  it("never overwrites someone else's streamifyResponse, fills only what is missing, and reports it", () => {
    const stub = vi.fn((h: unknown) => h);
    const theirs = { streamifyResponse: stub };
    slot.awslambda = theirs;
    expect(installAwsLambdaGlobals()).toEqual({ replaced: true, kept: ['streamifyResponse'] });
    expect(awslambda()).toBe(theirs);
    expect(awslambda().streamifyResponse).toBe(stub);
    expect(awslambda().HttpResponseStream).toBe(HttpResponseStream);
  });

  it('leaves a complete foreign global untouched, not even marked', () => {
    const theirs = { streamifyResponse: vi.fn(), HttpResponseStream: class {} };
    slot.awslambda = theirs;
    expect(installAwsLambdaGlobals()).toEqual({
      replaced: true,
      kept: ['streamifyResponse', 'HttpResponseStream'],
    });
    expect(awslambda()).toBe(theirs);
    expect(Object.getOwnPropertySymbols(theirs)).toEqual([]);
  });

  it('copies a frozen foreign global, its own keys first, rather than throw', () => {
    const theirs = Object.freeze({ custom: 1 });
    slot.awslambda = theirs;
    expect(installAwsLambdaGlobals()).toEqual({ replaced: true, kept: ['custom'] });
    expect(awslambda()).not.toBe(theirs);
    expect(awslambda()).toEqual({ custom: 1, streamifyResponse, HttpResponseStream });
    expect(awslambda()[INSTALLED_KEYS as never]).toEqual(['streamifyResponse', 'HttpResponseStream']);
  });

  it('replaces a value that is not an object, and says it replaced something', () => {
    slot.awslambda = 42;
    expect(installAwsLambdaGlobals()).toEqual({ replaced: true, kept: [] });
    expect(awslambda().streamifyResponse).toBe(streamifyResponse);
    slot.awslambda = null;
    expect(installAwsLambdaGlobals()).toEqual({ replaced: true, kept: [] });
  });

  it('makes a handler module that calls awslambda.streamifyResponse at its top level importable', async () => {
    installAwsLambdaGlobals();
    const { handler } = await import('./fixtures/topLevelStreamingHandler.js');
    expect((handler as unknown as Record<symbol, unknown>)[STREAMING_SYMBOL]).toBe('response');
  });
});
