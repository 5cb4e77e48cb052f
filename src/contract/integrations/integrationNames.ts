import type { Integration } from '../types.js';

/** Every front end the core judges for, in the order proxy-rules.md describes them. */
export const INTEGRATIONS: readonly Integration[] = Object.freeze([
  'rest',
  'http-1.0',
  'http-2.0',
  'alb',
  'alb-multi-value',
  'function-url',
]);

const { hasOwn } = Object;

const LABELS: Readonly<Record<Integration, string>> = {
  rest: 'API Gateway (REST)',
  'http-1.0': 'API Gateway (HTTP API, payload 1.0)',
  'http-2.0': 'API Gateway (HTTP API, payload 2.0)',
  alb: 'ALB',
  'alb-multi-value': 'ALB (multi-value headers)',
  'function-url': 'Lambda function URL',
  lattice: 'VPC Lattice',
};

/** True for the six integration names. Example: `isIntegration('http-2.0') // true` */
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
