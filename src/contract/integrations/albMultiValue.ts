// ALB with the target group's multi-value headers on: proxy-rules.md §4, AM-1 … AM-3. Every ALB rule applies;
// only the header maps change: multiValueHeaders is the one that counts, and headers is ignored.
import type { MultiValueRules } from '../fields/readHeaders.js';
import { ALB_POLICY, alb } from './alb.js';
import { albErrorResponse } from './errorResponses.js';
import type { IntegrationRules } from './IntegrationRules.js';
import { judgeV1, v1Policy } from './judgePayloadV1.js';

const NAME = 'ALB (multi-value headers)';

// medium (AM-3): items must be strings; low: a null map or a non-array entry, judged a 502 like A-H1 and A-H2
const MULTI_RULES: MultiValueRules = {
  name: NAME,
  coerce: false,
  nullMapRule: 'AM-3',
  shapeRule: 'AM-3',
  entryRule: 'AM-3',
  itemRule: 'AM-3',
  verified: new Set(['item']),
};

const POLICY = v1Policy({
  ...ALB_POLICY,
  name: NAME,
  // The checks of the result's shape are ALB's whatever the mode, and their messages say so.
  family: ALB_POLICY.name,
  unknownKeys: {
    rule: 'A-K',
    verified: false,
    advice: {
      // Stryker disable next-line BooleanLiteral: equivalent, unknownKeys.verified is false, so the caveat is said either way
      cookies: { hint: "send them as multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] }", verified: false },
    },
  },
  // medium (AM-1): "must use" is documented; that headers is then ignored is reported by users
  headers: {
    ignored: {
      rule: 'AM-1',
      condition: '',
      hint: "move them to multiValueHeaders: { 'Content-Type': ['application/json'] }",
    },
  },
  // AM-2: each value is its own header line (several Set-Cookie lines stay separate)
  multiValueHeaders: { read: MULTI_RULES },
});

export const albMultiValue: IntegrationRules = {
  integration: 'alb-multi-value',
  judge: (value, ctx) => judgeV1(value, ctx, POLICY),
  errorResponse: albErrorResponse,
  rejectedNote: alb.rejectedNote,
  functionErrorNote: alb.functionErrorNote,
};
