import { INTEGRATIONS, type Integration, isIntegration } from '../index.js';

/** The names `--integration` takes, in the order the help lists them. */
export const INTEGRATION_NAMES: readonly Integration[] = INTEGRATIONS;

/** `--integration http` is the HTTP API's current payload, as `event http` is. */
const ALIASES: Readonly<Record<string, Integration>> = { http: 'http-2.0' };

/** The integration a `--integration` value names, or undefined. Example: `integrationNamed('http') // 'http-2.0'` */
export function integrationNamed(name: string): Integration | undefined {
  return isIntegration(name) ? name : ALIASES[name];
}
