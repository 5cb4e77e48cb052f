// ALB with the target group's multi-value headers on: proxy-rules.md §4, AM-1 … AM-3. Every ALB rule applies;
// only the header map changes: multiValueHeaders is the one that counts, and headers is ignored.
import { describeLost, lostHeaders } from '../fields/lostHeaders.js';
import { type MultiValueRules, readMultiValueHeaders } from '../fields/readHeaders.js';
import { addHeader, type HeaderLines, newHeaderLines } from '../http/headerLines.js';
import type { Judgement } from '../outcome/Judgement.js';
import { type AlbMode, alb, judgeAlb } from './alb.js';
import { albErrorResponse } from './errorResponses.js';
import type { IntegrationRules } from './IntegrationRules.js';

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

function readLines(result: Record<string, unknown>, j: Judgement): HeaderLines {
  // medium (AM-1): "must use" is documented; that headers is then ignored is reported by users. RF-4: a
  // faithful mirror of multiValueHeaders loses nothing.
  const lost = lostHeaders(result.headers, result.multiValueHeaders, false);
  if (lost.length > 0) {
    j.warn(
      'headers',
      `${NAME} ignores headers, so ${describeLost(lost, 'multiValueHeaders')} never reach the client`,
      'AM-1',
      "move them to multiValueHeaders: { 'Content-Type': ['application/json'] }",
    );
  }
  const multi = readMultiValueHeaders(result.multiValueHeaders, 'multiValueHeaders', j, MULTI_RULES);
  const lines = newHeaderLines();
  // AM-2: each value is its own header line (several Set-Cookie lines stay separate)
  for (const [name, values] of multi) for (const value of values) addHeader(lines, name, value);
  return lines;
}

const MULTI_VALUE: AlbMode = {
  name: NAME,
  readLines,
  cookiesHint: "send them as multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] }",
};

export const albMultiValue: IntegrationRules = {
  integration: 'alb-multi-value',
  judge: (value, ctx) => judgeAlb(value, ctx, MULTI_VALUE),
  errorResponse: albErrorResponse,
  rejectedNote: alb.rejectedNote,
  functionErrorNote: alb.functionErrorNote,
};
