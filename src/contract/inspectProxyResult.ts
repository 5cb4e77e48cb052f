import { checkReceivable } from './http/checkReceivable.js';
import { warnUndeclaredBase64 } from './http/warnUndeclaredBase64.js';
import { gatewayTimeout } from './integrations/gatewayTimeout.js';
import type { BuiltResponse } from './integrations/IntegrationRules.js';
import { rulesFor } from './integrations/rulesFor.js';
import { describeThrown } from './outcome/describe.js';
import { type Cause, finishOutcome } from './outcome/finishOutcome.js';
import { Judgement } from './outcome/Judgement.js';
import { resolveOptions } from './resolveOptions.js';
import { serialiseResult } from './runtime/serialiseResult.js';
import { thenableResult } from './runtime/thenableResult.js';
import { bufferedBehindStream } from './streaming/bufferedBehindStream.js';
import type { InspectOptions, ProxyOutcome } from './types.js';

/**
 * What the front end sends the client, given what the handler returned. Never throws for any result.
 * A Promise (or any thenable) is an error: Lambda awaits it, so it is never what the front end judges (W7);
 * nothing was sent yet, so the outcome is not accepted and shows the front end's error response as a stand-in.
 * Example: `inspectProxyResult({ statusCode: 200, body: 'ok' }, { integration: 'alb' }).response.status // 200`
 */
export function inspectProxyResult(result: unknown, options?: InspectOptions): ProxyOutcome {
  return judgeProxyResult(result, options, FAST);
}

// Stryker disable next-line ObjectLiteral,BooleanLiteral: equivalent, the fast path changes no outcome (fastPath.test.ts proves it), only the time
const FAST = { fastPath: true };

/**
 * inspectProxyResult for callers that know more. `fastPath: false` always takes the JSON round trip (the tests
 * that prove the fast path changes no outcome); `cause` is what invokeHttp saw and the result cannot show.
 * Internal: not exported from the package.
 */
export function judgeProxyResult(
  result: unknown,
  options: InspectOptions | undefined,
  how: { fastPath: boolean; cause?: Cause | undefined },
): ProxyOutcome {
  const { fastPath } = how;
  const resolved = resolveOptions(options, 'inspectProxyResult');
  const integrationRules = rulesFor(resolved.integration);
  const j = new Judgement();
  const { streamMode } = resolved;
  if (streamMode === 'RESPONSE_STREAM' || streamMode === 'STREAM') {
    return bufferedBehindStream(result, resolved, integrationRules, j, how.cause);
  }
  let built: BuiltResponse | undefined;
  let functionError = false;
  try {
    const thenable = thenableResult(result, integrationRules, j);
    if (thenable === 'threw') functionError = true;
    else if (thenable === undefined) {
      const wire = serialiseResult(result, j, fastPath);
      if (wire === undefined) functionError = true;
      else {
        built = integrationRules.judge(wire.value, { j, options: resolved, wire });
        if (built !== undefined) {
          checkReceivable(built, wire.value, resolved.integration, j);
          warnUndeclaredBase64(built, wire.value, j);
        }
      }
    }
  } catch (error) {
    // The judges read plain JSON data only, so this is a bug of ours; the caller still gets an outcome.
    built = undefined;
    j.error(
      '',
      `lambda-proxy-matchers failed to judge this result (${describeThrown(error).label}); please report it`,
      'internal',
    );
  }
  const timeout = gatewayTimeout(integrationRules, resolved, j);
  return finishOutcome(integrationRules, j, {
    judged: built,
    strict: resolved.strict,
    functionError,
    timeoutResponse: timeout,
    method: resolved.method,
    cause: how.cause,
  });
}
