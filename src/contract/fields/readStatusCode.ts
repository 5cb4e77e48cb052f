import { isHttpStatus } from '../../internal/isHttpStatus.js';
import type { Judgement } from '../outcome/Judgement.js';
import { UNVERIFIED } from './readHeaders.js';

const { isInteger } = Number;
const { trunc } = Math;

/** How a result's `statusCode` reads, before a front end decides what it makes of it. */
export type StatusReading =
  | { kind: 'missing' }
  | { kind: 'null' }
  | { kind: 'integer'; value: number }
  | { kind: 'fraction'; value: number }
  | { kind: 'numeric-string'; value: number }
  | { kind: 'invalid'; value: unknown };

const NUMERIC = /^[+-]?\d{1,9}$/;
const MISSING: StatusReading = { kind: 'missing' };
const NULL: StatusReading = { kind: 'null' };

export function readStatusCode(raw: unknown): StatusReading {
  if (typeof raw === 'number')
    return isInteger(raw) ? { kind: 'integer', value: raw } : { kind: 'fraction', value: raw };
  if (raw === undefined) return MISSING;
  if (raw === null) return NULL;
  if (typeof raw === 'string' && NUMERIC.test(raw)) return { kind: 'numeric-string', value: Number(raw) };
  return { kind: 'invalid', value: raw };
}

/**
 * The status when it is an HTTP status; otherwise an error under `rule` naming what we judge it instead, so
 * each front end's range rule is worded in one place. Example: `statusInRange(700, j, 'R-S4', 'a 502')`
 */
export function statusInRange(
  status: number,
  j: Judgement,
  rule: string,
  judged: string,
): number | undefined {
  if (isHttpStatus(status)) return status;
  j.error(
    'statusCode',
    `statusCode ${status} is not an HTTP status (100–599), so we judge it ${judged}${UNVERIFIED}`,
    rule,
    'use a status between 100 and 599',
  );
  return undefined;
}

/**
 * The warning for a statusCode such as "200": the front end named takes it, but ALB would not.
 * Example: `warnNumericStatus('200', 200, j, 'REST', 'R-S1', true)`
 */
export function warnNumericStatus(
  raw: unknown,
  value: number,
  j: Judgement,
  name: string,
  rule: string,
  verified: boolean,
): void {
  j.warn(
    'statusCode',
    `statusCode is the string "${String(raw)}"; ${name} ${verified ? 'accepts it' : `probably accepts it${UNVERIFIED}`}, but ALB answers 502 for a string`,
    rule,
    `use the number: statusCode: ${value}`,
  );
}

/**
 * The error for a statusCode such as 200.5 where only whole numbers go (ALB, HTTP API, function URLs).
 * Example: `rejectFractionStatus(200.5, j, 'A-3', '')`
 */
export function rejectFractionStatus(value: number, j: Judgement, rule: string, caveat: string): void {
  j.error(
    'statusCode',
    `statusCode ${value} is not a whole number${caveat}`,
    rule,
    `use statusCode: ${trunc(value)}`,
  );
}
