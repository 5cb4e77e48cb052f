import { isIntegration, listIntegrations } from './integrations/integrationNames.js';
import type { ConfigureOptions, Integration } from './types.js';

// Module state on purpose: a project picks its front end once, in its test setup file.
let projectDefault: Integration = 'rest';

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
  for (const key of Object.keys(options)) {
    if (key !== 'integration') {
      throw new TypeError(`configure() has no option '${key}': the only option is integration`);
    }
  }
  const previous: ConfigureOptions = { integration: projectDefault };
  const { integration } = options;
  if (integration !== undefined) {
    if (!isIntegration(integration)) {
      throw new Error(
        `configure(): integration must be one of ${listIntegrations()}, but it is ${describeOption(integration)}`,
      );
    }
    projectDefault = integration;
  }
  return previous;
}

/** The integration used when a call names none: `'rest'` until `configure()` says otherwise. */
export function getDefaultIntegration(): Integration {
  return projectDefault;
}

export function describeOption(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : value === null ? 'null' : typeof value;
}
