/**
 * The errorType Lambda's Node.js runtime reports for a thrown value (RF-7). The runtime interface client's
 * `toRapidResponse` (aws/aws-lambda-nodejs-runtime-interface-client, src/Errors.js) uses the error's name for a
 * native Error or anything with string name, message and stack, `typeof` the value for anything else
 * (`"object"`, `"string"`, `"number"`), and `"handled"` when reading it throws (null, undefined, a hostile Proxy).
 * Example: `lambdaErrorType({ code: 1 }) // 'object'`
 */
export function lambdaErrorType(thrown: unknown): string {
  try {
    if (isNativeError(thrown) || isErrorLike(thrown)) {
      const { name } = thrown as { name?: unknown };
      return typeof name === 'string' ? name : 'handled';
    }
    // The runtime calls toString() for the message: null and undefined have none, so it reports "handled".
    String((thrown as { toString(): string }).toString());
    return typeof thrown;
  } catch {
    return 'handled';
  }
}

function isNativeError(value: unknown): boolean {
  // Works across realms (a handler run in a vm context), as util.types.isNativeError does.
  return Object.prototype.toString.call(value) === '[object Error]';
}

function isErrorLike(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { name, message, stack } = value as Record<string, unknown>;
  return (
    typeof name === 'string' &&
    name !== '' &&
    typeof message === 'string' &&
    message !== '' &&
    typeof stack === 'string' &&
    stack !== ''
  );
}
