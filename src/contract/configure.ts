import { isNodeRuntime, listRuntimes } from '../internal/nodeRuntimes.js';
import { settings } from '../internal/settings.js';
import { didYouMean, unknownOption } from '../internal/unknownOption.js';
import { isIntegration, listIntegrations } from './integrations/integrationNames.js';
import type { ConfigureOptions, Integration } from './types.js';

/** Every key `ConfigureOptions` has. */
export const CONFIGURE_OPTION_KEYS = [
  'integration',
  'runtime',
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
  const { integration, runtime } = options;
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
  return previous;
}

/** The integration used when a call names none: `'rest'` until `configure()` says otherwise. */
export function getDefaultIntegration(): Integration {
  return settings.integration;
}

export function describeOption(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : value === null ? 'null' : typeof value;
}
