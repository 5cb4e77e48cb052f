import { isObject } from '../internal/isObject.js';
import { gatewayTimeout } from './integrations/gatewayTimeout.js';
import { rulesFor } from './integrations/rulesFor.js';
import { describeThrown } from './outcome/describe.js';
import { type Cause, finishOutcome } from './outcome/finishOutcome.js';
import { Judgement } from './outcome/Judgement.js';
import { lambdaErrorType } from './outcome/lambdaErrorType.js';
import { resolveOptions } from './resolveOptions.js';
import type { InspectOptions, ProxyOutcome } from './types.js';

/**
 * What the front end sends the client when the handler threw, rejected or timed out (a function error, W4).
 * Example: `inspectProxyError(new Error('boom')).response.status // 502 on REST`
 */
export function inspectProxyError(error: unknown, options?: InspectOptions): ProxyOutcome {
  return judgeProxyError(error, options, undefined);
}

/**
 * inspectProxyError in the words of a caller that knows why the function failed (invokeHttp: its own clock ran
 * out, or the runtime refused the handler), where "the handler threw … catch it" would mislead. Internal.
 */
export function judgeProxyError(
  error: unknown,
  options: InspectOptions | undefined,
  cause: Cause | undefined,
): ProxyOutcome {
  const resolved = resolveOptions(options, 'inspectProxyError');
  const integrationRules = rulesFor(resolved.integration);
  const j = new Judgement();
  if (cause !== undefined) j.error('', cause.message, 'W4', cause.hint);
  else j.error('', threwMessage(error), 'W4', CATCH_IT);
  return finishOutcome(integrationRules, j, {
    judged: undefined,
    strict: false,
    functionError: true,
    timeoutResponse: gatewayTimeout(integrationRules, resolved, j),
    method: undefined,
  });
}

const CATCH_IT = 'catch it in the handler and return { statusCode: 500, body } if the client should see why';
const NOT_AN_ERROR = '(not an Error)';

function threwMessage(error: unknown): string {
  const { name, label } = describeThrown(error);
  // RF-7: an Error's errorType is the name the label shows already. A { errorType, errorMessage } record is
  // Lambda's own report (a timeout), not a value the handler threw.
  const errorType = lambdaErrorType(error);
  const reported =
    (errorType === name && !label.endsWith(NOT_AN_ERROR)) || isLambdaRecord(error)
      ? ''
      : ` with errorType "${errorType}"`;
  return `the handler threw ${label}, so Lambda reported a function error${reported} instead of a result`;
}

function isLambdaRecord(error: unknown): boolean {
  try {
    return isObject(error) && typeof error.errorType === 'string' && error.name === undefined;
  } catch {
    return false;
  }
}
