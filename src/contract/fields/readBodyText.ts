import { kindOf } from '../outcome/describe.js';
import type { Judgement } from '../outcome/Judgement.js';
import { bodyAdvice } from './responseParts.js';

/**
 * The text a coercing front end sends for `body`: a string as it is, nothing or null as '', a number or boolean
 * as its text (a warning under `coerceRule`), anything else an error under `rejectRule` with `rejectCaveat`
 * after it. REST (R-B1 … R-B3), HTTP API 1.0 (H1-6) and payload 2.0 (H2-5) share it.
 * Example: `readBodyText(42, j, 'REST', 'R-B3', 'R-B2', '') // '42', and j has a warning`
 */
export function readBodyText(
  raw: unknown,
  j: Judgement,
  name: string,
  coerceRule: string,
  rejectRule: string,
  rejectCaveat: string,
): string | undefined {
  if (typeof raw === 'string') return raw;
  if (raw === undefined || raw === null) return '';
  if (typeof raw === 'number' || typeof raw === 'boolean') {
    j.warn(
      'body',
      `body is ${kindOf(raw)}; ${name} probably sends it as the text "${raw}" (AWS behaviour unverified)`,
      coerceRule,
      'String() it, or JSON.stringify it',
    );
    return String(raw);
  }
  const { kind, hint } = bodyAdvice(raw, 'JSON.stringify it');
  j.error('body', `body must be a string, but it is ${kind}${rejectCaveat}`, rejectRule, hint);
  return undefined;
}
