// S-1, S-2 under every runner: the suite's test file imported a handler module that calls
// awslambda.streamifyResponse at its top level (shared/streamingHandler.*), with only the setup entry before it.
function defineAwsLambdaGlobalCases({ describe, it, expect, module }) {
  describe('the awslambda global from the setup entry', () => {
    it('lets a handler module call awslambda.streamifyResponse as it loads; the handler is marked', () => {
      expect(module.handler).toBe(module.inner);
      expect(module.handler[Symbol.for('aws.lambda.runtime.handler.streaming')]).toBe('response');
    });

    it('is the runtime shape: { streamifyResponse, HttpResponseStream } with a static from()', () => {
      expect(typeof globalThis.awslambda.streamifyResponse).toBe('function');
      expect(typeof globalThis.awslambda.HttpResponseStream).toBe('function');
      expect(typeof globalThis.awslambda.HttpResponseStream.from).toBe('function');
    });
  });
}

module.exports = { defineAwsLambdaGlobalCases };
