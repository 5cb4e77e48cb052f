import { describe, failInit } from './eventInitError.js';
import type { EventIntegration } from './normalizedRequest.js';

const STAGE = /^[A-Za-z0-9_-]+$/;

/**
 * `init.stage`, checked: a name API Gateway accepts, or `$default` on an HTTP API (REST has no default stage).
 * @example stageName('restApiEvent', 'rest', 'v1') // 'v1'
 */
export function stageName(
  factory: string,
  integration: EventIntegration,
  stage: unknown,
): string | undefined {
  if (stage === undefined) return undefined;
  if (
    typeof stage !== 'string' ||
    (!STAGE.test(stage) && !(stage === '$default' && integration !== 'rest'))
  ) {
    const allowed = integration === 'rest' ? '' : " or '$default'";
    failInit(
      factory,
      `stage must be a stage name of letters, digits, '-' and '_'${allowed}; got ${describe(stage)}`,
    );
  }
  return stage;
}
