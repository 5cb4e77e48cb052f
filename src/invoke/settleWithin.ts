// How an invocation settles: with the first answer (later ones are ignored, as Lambda ignores them), with
// InvokeTimeoutError at the function timeout, or, for a handler that cannot answer later, with the null the
// runtime sends once the event loop is idle.
import { InvokeTimeoutError } from './InvokeTimeoutError.js';
import type { Trace } from './invoke.js';

/** Rounds of "a zero-delay timer, then an immediate" before a handler that cannot answer later gets null. */
const IDLE_ROUNDS = 3;

/** Lambda's "no error" is `null` or `undefined`; anything else passed as the error fails the invocation. */
export function isError(error: unknown): boolean {
  return error !== null && error !== undefined;
}

export type Settle = (failed: boolean, value: unknown) => void;

interface Answer {
  settle: Settle;
  settled: () => boolean;
}

export function track(promise: PromiseLike<unknown>, settle: Settle): void {
  promise.then(
    (value) => settle(false, value),
    (error) =>
      settle(
        true,
        isError(error) ? error : new Error(`the handler's promise rejected with ${String(error)}`),
      ),
  );
}

/**
 * Settles with `null` after IDLE_ROUNDS rounds of a zero-delay timer then an immediate, unless something
 * answered first. A timer the handler set for 0 ms fires before ours (timers of equal delay run in order), and
 * each immediate lets what that timer queued run. The timers are looked up at call time, not copied at module
 * scope, so that under fake timers the null comes when the test advances time, as the timeout does.
 */
export function answerNullWhenIdle(answer: Answer, trace: Trace, rounds = IDLE_ROUNDS): void {
  setTimeout(() => {
    setImmediate(() => {
      if (answer.settled()) return;
      if (rounds > 1) {
        answerNullWhenIdle(answer, trace, rounds - 1);
        return;
      }
      trace.defaulted = true;
      answer.settle(false, null);
    });
  }, 0);
}

/**
 * Starts the invocation and settles with the first answer (later ones are ignored, as Lambda ignores them),
 * or fails with InvokeTimeoutError once `timeoutMs` (if any) passes. `start` returns false when the answer
 * is sure to come soon without a clock.
 */
export function settleWithin(
  timeoutMs: number | undefined,
  trace: Trace,
  start: (answer: Answer) => boolean,
  callbacks = true,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle: Settle = (failed, value) => {
      if (done) return;
      done = true;
      if (timer !== undefined) clearTimeout(timer);
      if (failed) reject(value);
      else resolve(value);
    };
    let clock = true;
    try {
      clock = start({ settle, settled: () => done });
    } catch (error) {
      settle(true, error);
    }
    if (!done && clock && timeoutMs !== undefined) {
      timer = setTimeout(() => {
        if (done) return;
        trace.timedOut = true;
        settle(true, new InvokeTimeoutError(timeoutMs, trace.ignoredReturn, callbacks));
      }, timeoutMs);
    }
  });
}
