// What invoke saw and the contract cannot: a timeout of our own clock, a result Lambda defaulted to null, a
// handler the runtime refused to load. Handed to the contract as the cause, so the outcome is built once in
// the right words (the contract's own would say "the handler threw Sandbox.Timedout … catch it", or advise
// returning the response the handler did return).
import type { Cause } from '../contract/outcome/finishOutcome.js';
import { CALLBACK_HANDLER_FIX } from './CallbackHandlerDeprecatedError.js';
import { type InvokeTimeoutError, timedOutAfter, timeoutWords } from './InvokeTimeoutError.js';

interface TimeoutTrace {
  ignoredReturn: boolean;
  callbacks: boolean;
}

/** A timeout of invoke's own clock, as the function error it is (W4). */
export function timeoutCause(error: InvokeTimeoutError, trace: TimeoutTrace): Cause {
  return {
    message: timeoutMessage(error, trace),
    hint: timeoutWords(trace.ignoredReturn, trace.callbacks).fix,
  };
}

/** What a timeout of invoke's own clock was, in the words Lambda and the runtime modelled would use. */
export function timeoutMessage(error: InvokeTimeoutError, trace: TimeoutTrace): string {
  const { reason } = timeoutWords(trace.ignoredReturn, trace.callbacks);
  return `${timedOutAfter(error.timeoutMs)}: ${reason}, so Lambda reported a function error (Sandbox.Timedout)`;
}

export const CALLBACK_HANDLER_REFUSED =
  'nodejs24.x refused to load the handler because it declares a third parameter (event, context, callback), and Node.js 24 removed callback handlers, so every invocation is a function error (Runtime.CallbackHandlerDeprecated, N-1)';

/** The handler never ran: its signature is the bug (N-1). */
export const CALLBACK_HANDLER_CAUSE: Cause = {
  message: CALLBACK_HANDLER_REFUSED,
  hint: CALLBACK_HANDLER_FIX,
};

/** Lambda's Node.js runtime sent null for a handler that was not async. */
export function nullResultCause(ignoredReturn: boolean): Cause {
  return ignoredReturn
    ? {
        message:
          "the handler returned its result without a promise: Lambda's Node.js runtime ignores the return value of a handler that is not async, and sent null",
        hint: 'make the handler async, or return a Promise of the response',
      }
    : {
        message:
          "the handler returned without a promise and never called context.succeed/done, so Lambda's Node.js runtime sent null once the event loop emptied",
        hint: 'make the handler async and return the response',
      };
}
