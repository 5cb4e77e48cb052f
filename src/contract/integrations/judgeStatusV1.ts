import { rejectMissingStatusCode } from '../fields/keyAdvice.js';
import { UNVERIFIED } from '../fields/readHeaders.js';
import {
  readStatusCode,
  rejectFractionStatus,
  statusInRange,
  warnNumericStatus,
} from '../fields/readStatusCode.js';
import { kindOf, preview } from '../outcome/describe.js';
import type { Judgement } from '../outcome/Judgement.js';
import type { JudgedV1Policy } from './V1Policy.js';

const { trunc } = Math;

/**
 * The status a payload 1.0 front end answers with for `raw`, or undefined after recording why it cannot: each
 * way a statusCode reads (readStatusCode) goes where `policy.status` sends it.
 */
export function judgeStatusV1(
  raw: unknown,
  unknown: readonly string[],
  knownKeys: number,
  empty: boolean,
  j: Judgement,
  policy: JudgedV1Policy,
): number | undefined {
  const { status, name, family } = policy;
  const { range } = status;
  const reading = readStatusCode(raw);
  switch (reading.kind) {
    case 'integer':
      return statusInRange(reading.value, j, range.rule, range.judged);
    case 'missing':
    case 'null': {
      const isNull = reading.kind === 'null';
      const nullHow = status.null;
      if (isNull && nullHow !== 'missing') return nullStatus(raw, nullHow, j, policy);
      const { missing } = status;
      if ('default' in missing) {
        // The note for a defaulted status waits until the result is known to be accepted (judgePayloadV1.ts).
        if (empty) {
          j.warn(
            '',
            `the result is {}, which ${family} answers with 200 and an empty body`,
            missing.default,
            "return { statusCode: 200, body: '…' } if that is what you mean",
          );
        }
        return 200;
      }
      // A null statusCode shows a response was meant, so it is never taken for a returned error.
      rejectMissingStatusCode(
        `${isNull ? 'statusCode is null' : 'there is no statusCode'}, and ${family} requires one: ${missing.reason}`,
        unknown,
        knownKeys,
        j,
        { name: family, rule: missing.required, keys: policy.keys },
        !isNull,
      );
      return undefined;
    }
    case 'numeric-string': {
      const how = status.numericString;
      if (how === 'wrong type') return wrongTypeStatus(raw, j, policy, reading.value);
      warnNumericStatus(raw, reading.value, j, name, how.rule, how.verified);
      return statusInRange(reading.value, j, range.rule, range.judged);
    }
    case 'fraction': {
      const how = status.fraction;
      if ('reject' in how) {
        rejectFractionStatus(reading.value, j, how.reject, how.caveat);
        return undefined;
      }
      const truncated = trunc(reading.value);
      j.warn(
        'statusCode',
        `statusCode ${reading.value} is not a whole number; ${family} probably truncates it to ${truncated}${UNVERIFIED}`,
        how.truncate,
        `use statusCode: ${truncated}`,
      );
      return statusInRange(truncated, j, range.rule, range.judged);
    }
    case 'invalid':
      return wrongTypeStatus(raw, j, policy);
  }
}

// statusCode: null where it is not read as missing: a wrong type (ALB), or missing with a warning (REST).
function nullStatus(
  raw: unknown,
  how: 'wrong type' | { warn: string },
  j: Judgement,
  policy: JudgedV1Policy,
): number | undefined {
  if (how === 'wrong type') return wrongTypeStatus(raw, j, policy);
  j.warn(
    'statusCode',
    `statusCode is null, which ${policy.family} treats as missing and answers 200${UNVERIFIED}`,
    how.warn,
    'set statusCode: 200',
  );
  return 200;
}

// `numeric`: the number a numeric string such as "201" reads as, for a front end that takes no string.
function wrongTypeStatus(raw: unknown, j: Judgement, policy: JudgedV1Policy, numeric?: number): undefined {
  const { rule, jsonNumber, says, booleanRule } = policy.status.wrongType;
  const number = jsonNumber ? `a JSON number for ${policy.family}` : 'a number';
  const hint = numeric === undefined ? 'use statusCode: 200' : `use statusCode: ${numeric}`;
  if (booleanRule !== undefined && typeof raw === 'boolean') {
    j.error('statusCode', `statusCode must be ${number}, but it is ${raw}${UNVERIFIED}`, booleanRule, hint);
    return undefined;
  }
  // preview quotes a numeric string ("201") as it is: digits and a sign need no escaping.
  const shown = typeof raw === 'string' ? `the string ${preview(raw)}` : kindOf(raw);
  j.error('statusCode', `statusCode must be ${number}, but it is ${shown}${says}`, rule, hint);
  return undefined;
}
