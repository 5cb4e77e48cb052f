import type { LambdaFunctionURLEvent, LambdaFunctionURLEventWithIAMAuthorizer } from 'aws-lambda';
import { normalizeInit } from './init/normalizeInit.js';
import { buildPayloadV2 } from './layouts/buildPayloadV2.js';
import type { EventInit, HttpApiEventShape, IamAuthorizerInit } from './types.js';

/**
 * The event a Lambda function URL sends the handler: payload 2.0 with `$default` route and stage, a UUID
 * request id, `accountId: 'anonymous'` for auth type NONE, and no stages, routes or path parameters.
 *
 * @example functionUrlEvent({ method: 'POST', path: '/hooks', json: { ok: true } })
 */
export function functionUrlEvent(
  init: EventInit<HttpApiEventShape> & { authorizer: IamAuthorizerInit },
): LambdaFunctionURLEventWithIAMAuthorizer;
export function functionUrlEvent(init?: EventInit<HttpApiEventShape>): LambdaFunctionURLEvent;
export function functionUrlEvent(init?: EventInit<HttpApiEventShape>): LambdaFunctionURLEvent {
  const req = normalizeInit({ factory: 'functionUrlEvent', integration: 'function-url', init });
  return buildPayloadV2(req, true) as unknown as LambdaFunctionURLEvent;
}
