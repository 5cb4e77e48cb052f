import type { Integration } from '../types.js';
import { alb } from './alb.js';
import { albMultiValue } from './albMultiValue.js';
import { functionUrl } from './functionUrl.js';
import { httpApiV1 } from './httpApiV1.js';
import { httpApiV2 } from './httpApiV2.js';
import type { IntegrationRules } from './IntegrationRules.js';
import { lattice } from './lattice.js';
import { rest } from './rest.js';

const RULES: Readonly<Record<Integration, IntegrationRules>> = {
  rest,
  'http-1.0': httpApiV1,
  'http-2.0': httpApiV2,
  alb,
  'alb-multi-value': albMultiValue,
  'function-url': functionUrl,
  lattice,
};

/** The rules of one integration. */
export function rulesFor(integration: Integration): IntegrationRules {
  return RULES[integration];
}
