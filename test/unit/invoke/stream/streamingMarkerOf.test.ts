import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { streamifyResponse } from '../../../../src/invoke/stream/awsLambdaGlobals.js';
import { MalformedStreamingHandler } from '../../../../src/invoke/stream/MalformedStreamingHandler.js';
import { streamingMarkerOf } from '../../../../src/invoke/stream/streamingMarkerOf.js';

const STREAMING = Symbol.for('aws.lambda.runtime.handler.streaming');
const markedWith = (marker: unknown) => Object.assign(async () => {}, { [STREAMING]: marker });

describe('S-2: streamingMarkerOf reads the marker as the runtime does when it loads the handler', () => {
  it("is 'response' for a handler streamifyResponse marked", () => {
    expect(streamingMarkerOf(streamifyResponse(async () => {}))).toBe('response');
    expect(streamingMarkerOf(markedWith('response'))).toBe('response');
  });

  it('is undefined for a buffered handler, an unset, null or false marker, and for what is not a function', () => {
    expect(streamingMarkerOf(async () => {})).toBeUndefined();
    for (const marker of [undefined, null, false])
      expect(streamingMarkerOf(markedWith(marker))).toBeUndefined();
    for (const value of [undefined, null, 42, 'handler']) expect(streamingMarkerOf(value)).toBeUndefined();
  });

  it('throws Runtime.MalformedStreamingHandler for any other marker value', () => {
    const load = () => streamingMarkerOf(markedWith('request'));
    expect(load).toThrow(MalformedStreamingHandler);
    expect(load).toThrow(
      expect.objectContaining({
        name: 'Runtime.MalformedStreamingHandler',
        message: 'Only response streaming is supported.',
      }),
    );
    expect(() => streamingMarkerOf(markedWith(true))).toThrow('Only response streaming is supported.');
  });

  it('property: every truthy marker other than the string response is malformed', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((marker) => Boolean(marker) && marker !== 'response'),
        (marker) => {
          expect(() => streamingMarkerOf(markedWith(marker))).toThrow(MalformedStreamingHandler);
        },
      ),
    );
  });
});
