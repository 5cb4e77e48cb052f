import { isNodeRuntime, listRuntimes } from '../internal/nodeRuntimes.js';
import { settings } from '../internal/settings.js';
import { didYouMean, unknownOption } from '../internal/unknownOption.js';
import { isIntegration, listIntegrations } from './integrations/integrationNames.js';
import type { ConfigureOptions, Integration, InvokeMode, ResponseTransferMode } from './types.js';

/** Every key `ConfigureOptions` has. */
export const CONFIGURE_OPTION_KEYS = [
  'integration',
  'runtime',
  'invokeMode',
  'responseTransferMode',
] as const satisfies readonly (keyof ConfigureOptions)[];

/**
 * Sets the integration every inspection and matcher uses, and the Node.js runtime `invoke`, `invokeHttp` and
 * `lambdaContext` model, when a call names none; returns the previous settings.
 * Example: `configure({ integration: 'http-2.0', runtime: 'nodejs22.x' })`
 */
export function configure(options: ConfigureOptions): ConfigureOptions {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      `configure() takes an object such as { integration: 'http-2.0' }, but got ${typeof options}`,
    );
  }
  const unknown = unknownOption(options, CONFIGURE_OPTION_KEYS);
  if (unknown !== undefined) {
    throw new TypeError(
      `configure() has no option '${unknown.key}': the options are ${CONFIGURE_OPTION_KEYS.join(', ')}${didYouMean(unknown.closest)}`,
    );
  }
  const previous: ConfigureOptions = { integration: settings.integration, runtime: settings.runtime };
  if (settings.invokeMode !== undefined) previous.invokeMode = settings.invokeMode;
  if (settings.responseTransferMode !== undefined)
    previous.responseTransferMode = settings.responseTransferMode;
  const { integration, runtime, invokeMode, responseTransferMode } = options;
  checkStreamModes('configure()', invokeMode, responseTransferMode);
  if (runtime !== undefined && !isNodeRuntime(runtime)) {
    throw new Error(`configure(): runtime must be ${listRuntimes()}, but it is ${describeOption(runtime)}`);
  }
  if (integration !== undefined) {
    if (!isIntegration(integration)) {
      throw new Error(
        `configure(): integration must be one of ${listIntegrations()}, but it is ${describeOption(integration)}`,
      );
    }
    settings.integration = integration;
  }
  if (runtime !== undefined) settings.runtime = runtime;
  // Keys present with undefined clear the setting, so that restoring `previous` undoes a mode.
  if ('invokeMode' in options) settings.invokeMode = invokeMode;
  if ('responseTransferMode' in options) settings.responseTransferMode = responseTransferMode;
  return previous;
}

/** The integration used when a call names none: `'rest'` until `configure()` says otherwise. */
export function getDefaultIntegration(): Integration {
  return settings.integration;
}

const INVOKE_MODES: readonly unknown[] = ['BUFFERED', 'RESPONSE_STREAM'] satisfies InvokeMode[];
const TRANSFER_MODES: readonly unknown[] = ['BUFFERED', 'STREAM'] satisfies ResponseTransferMode[];

/** Throws when a mode is not one of AWS's words for it. */
export function checkStreamModes(caller: string, invokeMode: unknown, responseTransferMode: unknown): void {
  if (invokeMode !== undefined && !INVOKE_MODES.includes(invokeMode)) {
    throw new Error(
      `${caller}: invokeMode must be 'BUFFERED' or 'RESPONSE_STREAM' (the function URL's InvokeMode), but it is ${describeOption(invokeMode)}`,
    );
  }
  if (responseTransferMode !== undefined && !TRANSFER_MODES.includes(responseTransferMode)) {
    throw new Error(
      `${caller}: responseTransferMode must be 'BUFFERED' or 'STREAM' (the REST integration's responseTransferMode), but it is ${describeOption(responseTransferMode)}`,
    );
  }
}

export function describeOption(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : value === null ? 'null' : typeof value;
}
