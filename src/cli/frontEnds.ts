import type { Integration } from '../index.js';

// The CLI reads only the public API, which has no label lookup: these names match the matchers' wording.
const LABELS: Readonly<Record<Integration, string>> = {
  rest: 'API Gateway (REST)',
  'http-1.0': 'API Gateway (HTTP API, payload 1.0)',
  'http-2.0': 'API Gateway (HTTP API, payload 2.0)',
  alb: 'ALB',
  'alb-multi-value': 'ALB (multi-value headers)',
  'function-url': 'Lambda function URL',
};

/** The names `--integration` takes, in the order the help lists them. */
export const INTEGRATION_NAMES = Object.keys(LABELS) as Integration[];

/** `--integration http` is the HTTP API's current payload, as `event http` is. */
const ALIASES: Readonly<Record<string, Integration>> = { http: 'http-2.0' };

/** The integration a `--integration` value names, or undefined. Example: `integrationNamed('http') // 'http-2.0'` */
export function integrationNamed(name: string): Integration | undefined {
  if (Object.hasOwn(LABELS, name)) return name as Integration;
  return ALIASES[name];
}

/** How the report names a front end. Example: `frontEndLabel('rest') // 'API Gateway (REST)'` */
export function frontEndLabel(integration: Integration): string {
  return LABELS[integration] ?? integration;
}
