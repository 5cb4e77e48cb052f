import { gatewayTimeout } from './integrations/gatewayTimeout.js';
import { rulesFor } from './integrations/rulesFor.js';
import { describeThrown } from './outcome/describe.js';
import { finishOutcome } from './outcome/finishOutcome.js';
import { Judgement } from './outcome/Judgement.js';
import { resolveOptions } from './resolveOptions.js';
import type { InspectOptions, ProxyOutcome } from './types.js';

/**
 * What the front end sends the client when the handler threw, rejected or timed out (a function error, W4).
 * Example: `inspectProxyError(new Error('boom')).response.status // 502 on REST`
 */
export function inspectProxyError(error: unknown, options?: InspectOptions): ProxyOutcome {
  const resolved = resolveOptions(options, 'inspectProxyError');
  const integrationRules = rulesFor(resolved.integration);
  const j = new Judgement();
  const { label } = describeThrown(error);
  j.error(
    '',
    `the handler threw ${label}, so Lambda reported a function error instead of a result`,
    'W4',
    'catch it in the handler and return { statusCode: 500, body } if the client should see why',
  );
  return finishOutcome(integrationRules, j, {
    judged: undefined,
    strict: false,
    functionError: true,
    timeoutResponse: gatewayTimeout(integrationRules, resolved, j),
    method: undefined,
  });
}
