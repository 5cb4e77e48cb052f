import { unknownOption } from '../internal/unknownOption.js';
import { isIntegration, listIntegrations } from './integrations/integrationNames.js';
import type { ConfigureOptions, Integration } from './types.js';

/** Every key `ConfigureOptions` has. */
export const CONFIGURE_OPTION_KEYS = ['integration'] as const satisfies readonly (keyof ConfigureOptions)[];

interface Settings {
  integration: Integration;
}
// A project picks its integration once, in its test setup file. The setting lives on a Symbol.for slot of the
// global object, so a CommonJS setup file's configure() reaches matchers loaded as ESM (two copies of this
// module, one state); it is read once per module load, since global lookups are slow in jest's sandbox.
const SLOT = Symbol.for('lambda-proxy-matchers.settings');
const shared = globalThis as typeof globalThis & { [SLOT]?: Settings };
const settings: Settings = shared[SLOT] ?? { integration: 'rest' };
shared[SLOT] = settings;

/**
 * Sets the integration every inspection and matcher uses when a call names none; returns the previous settings.
 * Example: `configure({ integration: 'http-2.0' })`
 */
export function configure(options: ConfigureOptions): ConfigureOptions {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      `configure() takes an object such as { integration: 'http-2.0' }, but got ${typeof options}`,
    );
  }
  const unknown = unknownOption(options, CONFIGURE_OPTION_KEYS);
  if (unknown !== undefined) {
    throw new TypeError(`configure() has no option '${unknown.key}': the only option is integration`);
  }
  const previous: ConfigureOptions = { integration: settings.integration };
  const { integration } = options;
  if (integration !== undefined) {
    if (!isIntegration(integration)) {
      throw new Error(
        `configure(): integration must be one of ${listIntegrations()}, but it is ${describeOption(integration)}`,
      );
    }
    settings.integration = integration;
  }
  return previous;
}

/** The integration used when a call names none: `'rest'` until `configure()` says otherwise. */
export function getDefaultIntegration(): Integration {
  return settings.integration;
}

export function describeOption(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : value === null ? 'null' : typeof value;
}
