import type { Integration } from '../types.js';

const { hasOwn, freeze, keys } = Object;

// A Record, so that the compiler refuses an integration without its label; INTEGRATIONS is read off it.
const LABELS: Readonly<Record<Integration, string>> = {
  rest: 'API Gateway (REST)',
  'http-1.0': 'API Gateway (HTTP API, payload 1.0)',
  'http-2.0': 'API Gateway (HTTP API, payload 2.0)',
  alb: 'ALB',
  'alb-multi-value': 'ALB (multi-value headers)',
  'function-url': 'Lambda function URL',
  lattice: 'VPC Lattice',
};

/** Every HTTP integration, in the order proxy-rules.md describes them (VPC Lattice, §11, last). */
export const INTEGRATIONS: readonly Integration[] = freeze(keys(LABELS) as Integration[]);

/** True for the seven integration names. Example: `isIntegration('http-2.0') // true` */
export function isIntegration(value: unknown): value is Integration {
  return typeof value === 'string' && hasOwn(LABELS, value);
}

/** The front end's name as messages print it. Example: `integrationLabel('rest') // 'API Gateway (REST)'` */
export function integrationLabel(integration: Integration): string {
  return isIntegration(integration) ? LABELS[integration] : String(integration);
}

/** `'rest', 'http-1.0', …` for error messages that list the valid names. */
export function listIntegrations(): string {
  return INTEGRATIONS.map((name) => `'${name}'`).join(', ');
}
