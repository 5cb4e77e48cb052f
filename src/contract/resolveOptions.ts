import { didYouMean, unknownOption } from '../internal/unknownOption.js';
import { describeOption, getDefaultIntegration } from './configure.js';
import { isIntegration, listIntegrations } from './integrations/integrationNames.js';
import type { InspectOptions, Integration } from './types.js';

const { isArray } = Array;

/** Every key `InspectOptions` has: the one list the type and the run-time check share. */
export const INSPECT_OPTION_KEYS = [
  'integration',
  'binaryMediaTypes',
  'accept',
  'method',
  'strict',
  'durationMs',
  'integrationTimeoutMs',
] as const satisfies readonly (keyof InspectOptions)[];
// Fails to compile when InspectOptions gains a key the list lacks.
const everyKeyListed: Exclude<keyof InspectOptions, (typeof INSPECT_OPTION_KEYS)[number]> extends never
  ? true
  : false = true;
void everyKeyListed;

export interface ResolvedOptions {
  integration: Integration;
  binaryMediaTypes: readonly string[] | undefined;
  accept: string | undefined;
  method: string | undefined;
  strict: boolean;
  durationMs: number | undefined;
  integrationTimeoutMs: number | undefined;
}

/**
 * Options are the caller's code, not the handler's result: a wrong one is a programming error and throws a
 * message that names the option and the fix. (The result itself never makes the core throw.)
 */
export function resolveOptions(options: InspectOptions | undefined, caller: string): ResolvedOptions {
  if (options === undefined || options === null) {
    return {
      integration: getDefaultIntegration(),
      binaryMediaTypes: undefined,
      accept: undefined,
      method: undefined,
      strict: false,
      durationMs: undefined,
      integrationTimeoutMs: undefined,
    };
  }
  if (typeof options !== 'object') {
    throw new TypeError(
      `${caller}(): options must be an object such as { integration: 'rest' }, but it is ${typeof options}`,
    );
  }
  const unknown = unknownOption(options, INSPECT_OPTION_KEYS);
  if (unknown !== undefined) {
    throw new TypeError(
      `${caller}(): ${unknown.key} is not an option; the options are ${INSPECT_OPTION_KEYS.join(', ')}${didYouMean(unknown.closest)}`,
    );
  }
  const { integration, binaryMediaTypes, accept, method, strict, durationMs, integrationTimeoutMs } = options;
  if (integration !== undefined && !isIntegration(integration)) {
    throw new Error(
      `${caller}(): integration must be one of ${listIntegrations()}, but it is ${describeOption(integration)}`,
    );
  }
  if (binaryMediaTypes !== undefined && !(isArray(binaryMediaTypes) && binaryMediaTypes.every(isString))) {
    throw new TypeError(
      `${caller}(): binaryMediaTypes must be an array of media types such as ['image/png'], but it is ${describeOption(binaryMediaTypes)}`,
    );
  }
  if (accept !== undefined && typeof accept !== 'string') {
    throw new TypeError(
      `${caller}(): accept must be the request's Accept header as a string, such as 'image/png'`,
    );
  }
  if (method !== undefined && typeof method !== 'string') {
    throw new TypeError(`${caller}(): method must be the request method as a string, such as 'HEAD'`);
  }
  if (strict !== undefined && typeof strict !== 'boolean') {
    throw new TypeError(`${caller}(): strict must be true or false`);
  }
  if (durationMs !== undefined && !(typeof durationMs === 'number' && durationMs >= 0)) {
    throw new TypeError(
      `${caller}(): durationMs must be the handler's running time in milliseconds (a number ≥ 0)`,
    );
  }
  if (
    integrationTimeoutMs !== undefined &&
    !(typeof integrationTimeoutMs === 'number' && integrationTimeoutMs > 0)
  ) {
    throw new TypeError(
      `${caller}(): integrationTimeoutMs must be a number of milliseconds above 0, such as 29000`,
    );
  }
  return {
    integration: integration ?? getDefaultIntegration(),
    binaryMediaTypes,
    accept,
    method,
    strict: strict === true,
    durationMs,
    integrationTimeoutMs,
  };
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
