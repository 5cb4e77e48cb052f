import { kindOf } from '../outcome/describe.js';
import type { Judgement } from '../outcome/Judgement.js';
import { UNVERIFIED } from './readHeaders.js';

/** How one integration reads `isBase64Encoded`: its rule id, and the two places integrations differ. */
export interface Base64FlagRules {
  rule: string;
  /** `null` reads as false: on every integration but ALB, which takes no nulls. */
  nullIsFalse: boolean;
  /** The strings "true" and "false" read as booleans, with a warning: REST only (R-64c). */
  stringBooleans: boolean;
}

/**
 * `isBase64Encoded` as the integration reads it: true, false or absent; anything else is an error (every
 * integration's handling of other values is unverified, so each message says so).
 */
export function readBase64Flag(raw: unknown, j: Judgement, rules: Base64FlagRules): boolean {
  if (raw === true) return true;
  if (raw === false || raw === undefined || (raw === null && rules.nullIsFalse)) return false;
  if (rules.stringBooleans && (raw === 'true' || raw === 'false')) {
    j.warn(
      'isBase64Encoded',
      `isBase64Encoded is the string "${raw}"; REST seems to accept it${UNVERIFIED}, but ALB and HTTP API 2.0 may not`,
      rules.rule,
      `use the boolean ${raw}`,
    );
    return raw === 'true';
  }
  j.error(
    'isBase64Encoded',
    `isBase64Encoded must be true or false, but it is ${kindOf(raw)}${UNVERIFIED}`,
    rules.rule,
    raw === null
      ? 'omit it, or use false'
      : // Where "true" would have been read, naming one boolean would guess; elsewhere the string says which.
        rules.stringBooleans
        ? 'use isBase64Encoded: true or false'
        : `use the boolean ${raw === 'true' ? 'true' : 'false'}`,
  );
  return false;
}
