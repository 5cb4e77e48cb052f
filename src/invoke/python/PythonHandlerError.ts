/** Lambda's error payload for a failed invocation, as the Python runtime posts it. */
export interface PythonErrorPayload {
  errorMessage: string;
  errorType: string;
  requestId: string;
  stackTrace: string[];
}

/**
 * A Python handler's function error: it raised, timed out, could not be imported or returned something
 * `json.dumps` cannot serialise. Carries Lambda's payload fields, and its `name` is the `errorType`.
 * @example await expect(invokePython('src/index.py')).rejects.toMatchObject({ errorType: 'KeyError' })
 */
export class PythonHandlerError extends Error {
  /** The Python exception class (`KeyError`) or the runtime's fault (`Runtime.ImportModuleError`, `Sandbox.Timedout`). */
  readonly errorType: string;
  readonly errorMessage: string;
  /** Traceback entries as `traceback.format_list` writes them, innermost last. */
  readonly stackTrace: string[];
  readonly requestId: string;
  /** What the handler printed (stdout and stderr, interleaved as received): Lambda sends this to CloudWatch. */
  readonly logs: string;

  constructor(file: string, payload: PythonErrorPayload, logs: string) {
    const trace =
      payload.stackTrace.length > 0
        ? `\nTraceback (most recent call last):\n${payload.stackTrace.join('')}`
        : '';
    super(`${payload.errorMessage}\n(the Python handler in ${file})${trace}`.trimEnd());
    // Named after the Python error, as Lambda's errorType: runners print "KeyError: 'missing'", like Python.
    this.name = payload.errorType;
    // The JavaScript frames would point into child-process plumbing; the Python traceback is the stack.
    this.stack = `${this.name}: ${this.message}`;
    this.errorType = payload.errorType;
    this.errorMessage = payload.errorMessage;
    this.stackTrace = payload.stackTrace;
    this.requestId = payload.requestId;
    this.logs = logs;
  }

  /** The payload Lambda returns to the caller for this failure. */
  toJSON(): PythonErrorPayload {
    return {
      errorMessage: this.errorMessage,
      errorType: this.errorType,
      requestId: this.requestId,
      stackTrace: this.stackTrace,
    };
  }
}
