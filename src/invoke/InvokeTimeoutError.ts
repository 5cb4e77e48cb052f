// Kept under 200 characters with the longest timeout (900.00 s): the contract quotes an error's message up
// to that length, and a cut-off fix is no fix.
export function timeoutWords(ignoredReturn: boolean, callbacks = true): { reason: string; fix: string } {
  if (!callbacks) {
    // nodejs24.x takes what the handler returns: only a promise that never settles runs out the clock.
    return {
      reason: "the handler's promise never settled",
      fix: 'make every path resolve or reject, or raise timeoutMs if it is just slow',
    };
  }
  return ignoredReturn
    ? {
        reason:
          'the handler returned a value without a promise (Lambda ignores it) and never called its callback',
        fix: 'make it async, or call callback(null, result)',
      }
    : {
        reason: 'the handler never resolved a promise, called its callback or context.succeed/fail/done',
        fix: 'make every path answer, or raise timeoutMs if it is just slow',
      };
}

export function timedOutAfter(timeoutMs: number): string {
  return `Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`;
}

/** The invocation's end as Lambda reports it when the function runs past its timeout. */
export class InvokeTimeoutError extends Error {
  override name = 'Sandbox.Timedout';
  constructor(
    readonly timeoutMs: number,
    ignoredReturn: boolean,
    /** Whether the runtime modelled runs callback handlers (nodejs22.x and earlier); it changes the reason. */
    callbacks = true,
  ) {
    const { reason, fix } = timeoutWords(ignoredReturn, callbacks);
    super(`${timedOutAfter(timeoutMs)}: ${reason}; ${fix}`);
  }
}
