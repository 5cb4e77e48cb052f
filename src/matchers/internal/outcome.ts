import { inspectProxyError } from '../../contract/inspectProxyError.js';
import { inspectProxyResult } from '../../contract/inspectProxyResult.js';
import { integrationLabel } from '../../contract/integrations/integrationNames.js';
import { isProxyOutcome } from '../../contract/outcome/isProxyOutcome.js';
import type { InspectOptions, ProxyNote, ProxyOutcome, ProxyProblem } from '../../contract/types.js';
import { isThenable } from '../../internal/isThenable.js';
import type { MatcherContext } from './context.js';
import { judgedOutcome } from './judgedOutcome.js';
import { matcherError } from './messages.js';
import { dim } from './utils.js';

/**
 * The outcome a matcher judges: under `.rejects` the thrown error (the client gets the front end's error
 * response); a `ProxyOutcome` as it is (from `invokeHttp`), also when copied; a `ClientResponse`
 * (`outcome.response`) as what the client received; anything else as a handler result. A Promise throws a
 * Matcher error: Lambda awaits a returned promise, so it is never the result, and judging it would judge `{}`.
 * `title` is the message's first line, built only on misuse.
 */
export function readOutcome(
  ctx: MatcherContext,
  title: () => string,
  received: unknown,
  options?: InspectOptions,
): ProxyOutcome {
  if (ctx.promise === 'rejects') return inspectProxyError(received, options);
  if (isProxyOutcome(received)) return received;
  rejectPromise(ctx, title, received);
  return judgedOutcome(received, options?.integration) ?? inspectProxyResult(received, options);
}

/** A Matcher error for a promise received without await: Lambda awaits it, so it is never the result. */
export function rejectPromise(ctx: MatcherContext, title: () => string, received: unknown): void {
  if (!isAwaited(received)) return;
  throw matcherError(
    ctx,
    title(),
    'received value is a Promise: await it, or use .resolves / .rejects (Lambda awaits a returned promise, so the front end never sees one)',
    'Received',
    received,
  );
}

/** Anything Lambda would await; a value whose `then` cannot be read is judged as a result instead. */
function isAwaited(value: unknown): boolean {
  try {
    return isThenable(value);
  } catch {
    // A Proxy whose get trap throws is not a promise; the core judges it as a result.
    return false;
  }
}

/**
 * The outcome for every matcher but `toBeValidProxyResponse`. A result the front end rejects throws, with or
 * without `.not`: none of the handler's status, headers or body reach the client, so any claim about them would
 * be about the gateway's canned error page, and `.not.toHaveHeader('x')` would pass for the wrong reason.
 * A thrown error (`.rejects`, or an outcome with `functionError`) is judged normally: the client does get the
 * gateway's error response, and `rejects.toHaveStatusCode(502)` is exactly what such a test means.
 * `claim` completes "Expected response [not ]to …" and is only called on failure.
 */
export function clientOutcome(
  ctx: MatcherContext,
  title: () => string,
  received: unknown,
  claim: () => string,
): ProxyOutcome {
  const outcome = readOutcome(ctx, title, received);
  if (!outcome.accepted && !outcome.functionError) throw rejectedError(ctx, title(), claim(), outcome);
  return outcome;
}

function rejectedError(ctx: MatcherContext, title: string, claim: string, outcome: ProxyOutcome): Error {
  const not = ctx.isNot === true ? 'not ' : '';
  let message = `${title}\n\nExpected response ${not}to ${claim}, but ${gatewayAnswer(outcome)}`;
  message += problemList(ctx, outcome);
  message +=
    '\n\nA result the front end rejects fails every matcher with or without .not, because none of it reaches' +
    ' the client; to assert the rejection itself, use .not.toBeValidProxyResponse().';
  message += remarks(ctx, outcome, ALL);
  const error = new Error(message);
  // The stack should start at the user's expect() call, not inside this library.
  Error.captureStackTrace?.(error, clientOutcome);
  return error;
}

/**
 * `the client gets a 502 from API Gateway (REST) itself, not the handler's response: body must be a string.`
 * Worded so that it stays true when the claim is about that very status or body (`toHaveStatusCode(502)`).
 */
function gatewayAnswer(outcome: ProxyOutcome): string {
  const label = integrationLabel(outcome.integration);
  const first = firstReason(outcome);
  const reason = first ? `: ${sentence(first)}` : '.';
  return `the client gets a ${outcome.response.status} from ${label} itself, not the handler's response${reason}`;
}

/** `API Gateway (REST) would answer 502: body must be a string: JSON.stringify it.` */
export function refusal(outcome: ProxyOutcome): string {
  const label = integrationLabel(outcome.integration);
  const first = firstReason(outcome);
  // The contract notes 'strict' when only strict's promoted warnings rejected it: the front end would accept it.
  if (first !== undefined && outcome.notes.some((note) => note.rule === 'strict')) {
    return `strict counts this warning as an error (${label} itself would accept the result): ${sentence(first)}`;
  }
  const verb = outcome.functionError ? 'answers' : 'would answer';
  return `${label} ${verb} ${outcome.response.status}${first ? `: ${sentence(first)}` : '.'}`;
}

/** The error that decided the outcome, else the first warning (`strict` turns warnings into rejections). */
function firstReason(outcome: ProxyOutcome): ProxyProblem | undefined {
  for (const problem of outcome.problems) if (problem.severity === 'error') return problem;
  return outcome.problems[0];
}

function sentence(problem: { message: string; hint?: string | undefined }): string {
  const text = trimStop(problem.message);
  return problem.hint ? `${text}: ${trimStop(problem.hint)}.` : `${text}.`;
}

function trimStop(text: string): string {
  return text.endsWith('.') ? text.slice(0, -1) : text;
}

/** Every problem of a rejected outcome, numbered, when there is more than the one already in the sentence. */
export function problemList(ctx: MatcherContext, outcome: ProxyOutcome): string {
  const { problems } = outcome;
  if (outcome.accepted || problems.length < 2) return '';
  return `\n\n${problems.map((p, i) => `  ${i + 1}. ${problemLine(ctx, p)}`).join('\n')}`;
}

function problemLine(ctx: MatcherContext, problem: ProxyProblem): string {
  const where = problem.path ? `${problem.path}: ` : '';
  const severity = problem.severity === 'warning' ? 'warning: ' : '';
  const rule = problem.rule ? dim(ctx, ` (${problem.rule})`) : '';
  return `${severity}${where}${sentence(problem)}${rule}`;
}

/** Every path: used where the whole response is the subject. */
export const ALL: readonly string[] = [''];

/**
 * The context a failure message ends with: why the client got the front end's error response (a thrown error),
 * then what the front end did on its own (notes) and the warnings it let pass, restricted to the paths a matcher
 * is about (`['statuscode']`, `['headers.content-type']`; `''` matches every path).
 */
export function context(ctx: MatcherContext, outcome: ProxyOutcome, topics: readonly string[]): string {
  const why = outcome.accepted ? '' : `\n\n${refusal(outcome)}${problemList(ctx, outcome)}`;
  return why + remarks(ctx, outcome, topics);
}

/** Notes, and for an accepted outcome the warnings, about the given paths, dimmed. */
export function remarks(ctx: MatcherContext, outcome: ProxyOutcome, topics: readonly string[]): string {
  const lines: string[] = [];
  for (const note of outcome.notes) {
    if (concerns(note, topics)) lines.push(`Note: ${sentence(note)}${rule(note)}`);
  }
  if (outcome.accepted) {
    for (const problem of outcome.problems) {
      if (problem.severity === 'warning' && concerns(problem, topics)) {
        lines.push(`Warning: ${problemLineText(problem)}`);
      }
    }
  }
  return lines.length === 0 ? '' : `\n\n${lines.map((line) => dim(ctx, line)).join('\n')}`;
}

function rule(item: ProxyNote | ProxyProblem): string {
  return item.rule ? ` (${item.rule})` : '';
}

function problemLineText(problem: ProxyProblem): string {
  return `${problem.path ? `${problem.path}: ` : ''}${sentence(problem)}${rule(problem)}`;
}

/** A remark concerns a topic when either path contains the other: `headers` concerns `headers.x-id`. */
function concerns(item: ProxyNote | ProxyProblem, topics: readonly string[]): boolean {
  const path = item.path.toLowerCase();
  for (const topic of topics) {
    if (topic === '' || path === '' || path === topic) return true;
    if (path.startsWith(`${topic}.`) || topic.startsWith(`${path}.`)) return true;
  }
  return false;
}
