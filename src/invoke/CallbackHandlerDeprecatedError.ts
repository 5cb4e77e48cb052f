/**
 * The init error of nodejs24.x for a handler that declares three parameters (event, context, callback) and is
 * not a streaming one. The runtime checks the declared length only, so an async function with a third
 * parameter fails too. Type and message as the runtime interface client raises them
 * (src/function/callback-deprecation.ts, src/context/constants.ts); every invocation then fails.
 */
export class CallbackHandlerDeprecatedError extends Error {
  override name = 'Runtime.CallbackHandlerDeprecated';
  constructor() {
    super(
      'ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node.js 24. ' +
        'You need to modify this function to use a supported handler signature to use Node.js 24 or later. ' +
        'For more information see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html.',
    );
  }
}

/** The fix, for invokeHttp's explanation: the runtime's own message says what, not how. */
export const CALLBACK_HANDLER_FIX =
  "declare the handler as async (event, context) => … and return the response, or pass runtime: 'nodejs22.x' if the function still runs on Node.js 22";
