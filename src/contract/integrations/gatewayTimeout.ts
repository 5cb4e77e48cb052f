import { formatCount } from '../outcome/describe.js';
import type { Judgement } from '../outcome/Judgement.js';
import type { ResolvedOptions } from '../resolveOptions.js';
import type { ClientResponse } from '../types.js';
import { httpApiTimeoutResponse } from './errorResponses.js';
import type { IntegrationRules } from './IntegrationRules.js';

/** HTTP API's integration timeout: 30 s at most; low confidence in the 503 users report (§7). */
export const HTTP_API_TIMEOUT = {
  defaultMs: 30_000,
  response: httpApiTimeoutResponse,
  answer: '503 {"message":"Service Unavailable"}',
  verified: false,
};

/**
 * §7: when the handler ran past API Gateway's integration timeout, the gateway answered first; records the
 * problem and returns the response the client got, else undefined.
 */
export function gatewayTimeout(
  integrationRules: IntegrationRules,
  options: ResolvedOptions,
  j: Judgement,
): ClientResponse | undefined {
  const timeout = integrationRules.gatewayTimeout;
  const { durationMs } = options;
  if (timeout === undefined || durationMs === undefined) return undefined;
  const limit = options.integrationTimeoutMs ?? timeout.defaultMs;
  if (durationMs <= limit) return undefined;
  j.error(
    '',
    `the handler ran ${formatCount(Math.round(durationMs))} ms, past the integration timeout of ${formatCount(limit)} ms, so API Gateway answered ${timeout.answer}${timeout.verified ? '' : ' (AWS behaviour unverified)'} before Lambda finished`,
    '§7',
    'make the handler faster, or raise the integration timeout',
  );
  return timeout.response();
}
