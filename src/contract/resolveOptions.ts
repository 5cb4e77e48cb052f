import { settings } from '../internal/settings.js';
import { didYouMean, unknownOption } from '../internal/unknownOption.js';
import { checkStreamModes, describeOption, getDefaultIntegration } from './configure.js';
import { isIntegration, listIntegrations } from './integrations/integrationNames.js';
import type { InspectOptions, Integration, InvokeMode, ResponseTransferMode } from './types.js';

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
  'invokeMode',
  'responseTransferMode',
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
  /** The streaming mode of this integration (a function URL's invokeMode, a REST API's responseTransferMode), named or configured; undefined: decided by the handler. */
  streamMode: InvokeMode | ResponseTransferMode | undefined;
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
      streamMode: configuredStreamMode(getDefaultIntegration()),
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
  const {
    integration,
    binaryMediaTypes,
    accept,
    method,
    strict,
    durationMs,
    integrationTimeoutMs,
    invokeMode,
    responseTransferMode,
  } = options;
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
  checkStreamModes(`${caller}()`, invokeMode, responseTransferMode);
  const resolved = integration ?? getDefaultIntegration();
  if (invokeMode !== undefined && resolved !== 'function-url') {
    throw new Error(
      `${caller}(): invokeMode is a function URL's setting, but the integration is '${resolved}'; for a REST API use responseTransferMode`,
    );
  }
  if (responseTransferMode !== undefined && resolved !== 'rest') {
    throw new Error(
      `${caller}(): responseTransferMode is a REST API's setting, but the integration is '${resolved}'; for a function URL use invokeMode`,
    );
  }
  return {
    integration: resolved,
    binaryMediaTypes,
    accept,
    method,
    strict: strict === true,
    durationMs,
    integrationTimeoutMs,
    streamMode: invokeMode ?? responseTransferMode ?? configuredStreamMode(resolved),
  };
}

/** The mode `configure()` set for this integration; only function URLs and REST APIs stream (S-33). */
function configuredStreamMode(integration: Integration): InvokeMode | ResponseTransferMode | undefined {
  if (integration === 'function-url') return settings.invokeMode;
  if (integration === 'rest') return settings.responseTransferMode;
  return undefined;
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
