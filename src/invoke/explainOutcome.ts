import { brandOutcome } from '../contract/outcome/isProxyOutcome.js';
import type { ProxyOutcome, ProxyProblem } from '../contract/types.js';
import { CALLBACK_HANDLER_FIX } from './CallbackHandlerDeprecatedError.js';
import { type InvokeTimeoutError, timedOutAfter, timeoutWords } from './InvokeTimeoutError.js';

// What invoke saw and the contract cannot: a timeout of our own clock, a result Lambda defaulted to null, a
// handler the runtime refused to load.

function withProblems(outcome: ProxyOutcome, problems: ProxyProblem[]): ProxyOutcome {
  // A spread drops the non-enumerable brand that isProxyOutcome() and the matchers look for.
  return brandOutcome({ ...outcome, problems });
}

// The contract says "the handler threw Sandbox.Timedout …" and advises catching it: neither fits a timeout.
export function explainTimeout(
  outcome: ProxyOutcome,
  error: InvokeTimeoutError,
  trace: { ignoredReturn: boolean; callbacks: boolean },
): ProxyOutcome {
  const { fix } = timeoutWords(trace.ignoredReturn, trace.callbacks);
  return rewordFunctionError(outcome, timeoutMessage(error, trace), fix);
}

/** What a timeout of invoke's own clock was, in the words Lambda and the runtime modelled would use. */
export function timeoutMessage(
  error: InvokeTimeoutError,
  trace: { ignoredReturn: boolean; callbacks: boolean },
): string {
  const { reason } = timeoutWords(trace.ignoredReturn, trace.callbacks);
  return `${timedOutAfter(error.timeoutMs)}: ${reason}, so Lambda reported a function error (Sandbox.Timedout)`;
}

export const CALLBACK_HANDLER_REFUSED =
  'nodejs24.x refused to load the handler because it declares a third parameter (event, context, callback), and Node.js 24 removed callback handlers, so every invocation is a function error (Runtime.CallbackHandlerDeprecated, N-1)';

// The contract would advise catching the error in the handler, which never ran: the signature is the bug.
export function explainCallbackHandler(outcome: ProxyOutcome): ProxyOutcome {
  return rewordFunctionError(outcome, CALLBACK_HANDLER_REFUSED, CALLBACK_HANDLER_FIX);
}

function rewordFunctionError(outcome: ProxyOutcome, message: string, hint: string): ProxyOutcome {
  const problems = outcome.problems.map(
    (problem): ProxyProblem =>
      problem.rule === 'W4'
        ? { severity: problem.severity, path: problem.path, message, hint, rule: 'W4' }
        : problem,
  );
  return withProblems(outcome, problems);
}

// The contract sees only the null payload, and would advise returning the response the handler did return.
export function explainNull(outcome: ProxyOutcome, ignoredReturn: boolean): ProxyOutcome {
  const problem: ProxyProblem = ignoredReturn
    ? {
        severity: 'error',
        path: '',
        message:
          "the handler returned its result without a promise: Lambda's Node.js runtime ignores the return value of a handler that is not async, and sent null",
        hint: 'make the handler async, or return a Promise of the response',
      }
    : {
        severity: 'error',
        path: '',
        message:
          "the handler returned without a promise and never called context.succeed/done, so Lambda's Node.js runtime sent null once the event loop emptied",
        hint: 'make the handler async and return the response',
      };
  if (outcome.accepted) {
    // No front end accepts null today; should one, an error here would contradict `accepted`.
    const note = { path: '', message: `${problem.message}; ${problem.hint}` };
    return brandOutcome({ ...outcome, notes: [note, ...outcome.notes] });
  }
  // First, because it is the cause: matchers quote the first error as the reason.
  return withProblems(outcome, [problem, ...outcome.problems]);
}
