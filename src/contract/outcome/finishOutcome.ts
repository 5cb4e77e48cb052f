import { bodilessResponse } from '../http/bodilessResponse.js';
import { toHeaderRecord } from '../http/headerLines.js';
import type { BuiltResponse, IntegrationRules } from '../integrations/IntegrationRules.js';
import { integrationLabel } from '../integrations/integrationNames.js';
import type { ClientResponse, ProxyNote, ProxyOutcome, ProxyProblem } from '../types.js';
import { brandOutcome } from './isProxyOutcome.js';
import type { Judgement } from './Judgement.js';

/**
 * What the caller saw and the result cannot show (invokeHttp: a handler that was not async, so Lambda sent null),
 * told first because it is the cause: matchers quote the first problem as the reason.
 */
export interface Cause {
  message: string;
  hint: string;
}

/**
 * Turns a judgement into the outcome. Strict mode upgrades warnings to errors, so that `accepted` is
 * always exactly "no problem of severity error". Every outcome, fast path or slow, ends here, so this is also
 * where a body HTTP never delivers (a 204, a response to HEAD) is taken off the response.
 */
export function finishOutcome(
  integrationRules: IntegrationRules,
  j: Judgement,
  how: {
    /** The response the integration built, when it could. */
    judged: BuiltResponse | undefined;
    /** Count warnings as errors. */
    strict: boolean;
    /** The function failed (threw, timed out, or returned what Lambda refused). */
    functionError: boolean;
    /** The gateway's own answer when the integration timed out first (§7). */
    timeoutResponse: ClientResponse | undefined;
    /** The request method, for a response to HEAD. */
    method: string | undefined;
    /** The cause, when the caller knows one: an error first when not accepted, else a note first. */
    cause?: Cause | undefined;
  },
): ProxyOutcome {
  const { judged, strict, functionError, timeoutResponse, method, cause } = how;
  const { problems, failure } = j;
  // Before strict mode counts the warnings: a body HTTP drops is one of them.
  const built =
    judged !== undefined && j.errors === 0 && !functionError && timeoutResponse === undefined
      ? bodilessResponse(judged, j, method)
      : judged;
  // Past the gateway timeout the front end never built a response, so its notes (a default Content-Type, a
  // decoded body) describe nothing the client saw. Lambda's own serialisation notes (W…) still explain the
  // problems listed.
  const notes = timeoutResponse === undefined ? j.notes : j.notes.filter(isWireNote);
  const onlyStrict = j.errors === 0 && strict && j.warnings > 0;
  if (strict) j.promoteWarnings();
  const accepted = built !== undefined && j.errors === 0 && !functionError;
  if (onlyStrict && !functionError && timeoutResponse === undefined) {
    notes.push({
      path: '',
      message: `strict: the warnings count as errors, so the response shown is ${integrationLabel(integrationRules.integration)}'s error response`,
      rule: 'strict',
    });
  } else if (!accepted && timeoutResponse === undefined) {
    const { message, rule } =
      failure?.note ?? (functionError ? integrationRules.functionErrorNote : integrationRules.rejectedNote);
    notes.push({ path: '', message, rule });
  }
  placeCause(cause, accepted, problems, notes);
  return brandOutcome({
    integration: integrationRules.integration,
    accepted,
    problems,
    notes,
    response: accepted
      ? {
          status: built.status,
          headers: toHeaderRecord(built.headers),
          body: built.body.body,
          bodyBytes: built.body.bodyBytes,
        }
      : (timeoutResponse ?? failure?.response?.() ?? integrationRules.errorResponse()),
    functionError,
  });
}

/** The cause first: an error when not accepted, else a note (an error would contradict `accepted`). */
export function placeCause(
  cause: Cause | undefined,
  accepted: boolean,
  problems: ProxyProblem[],
  notes: ProxyNote[],
): void {
  if (cause === undefined) return;
  if (accepted) notes.unshift({ path: '', message: `${cause.message}; ${cause.hint}` });
  else problems.unshift({ severity: 'error', path: '', message: cause.message, hint: cause.hint });
}

function isWireNote(note: ProxyNote): boolean {
  return note.rule?.startsWith('W') === true;
}
