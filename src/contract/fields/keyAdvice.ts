import { quoteList } from '../outcome/describe.js';
import type { Judgement } from '../outcome/Judgement.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `return { statusCode: 200, body: JSON.stringify({ message }) }`, built from the keys the handler returned. */
export function dataBodyHint(keys: readonly string[]): string {
  const data =
    keys.length <= 4 && keys.every((key) => IDENTIFIER.test(key)) ? `{ ${keys.join(', ')} }` : 'data';
  return `return { statusCode: 200, body: JSON.stringify(${data}) }`;
}

// A Map, not an object: a result key such as 'constructor' must not find Object.prototype's members.
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['statuscode', 'statusCode'],
  ['status', 'statusCode'],
  ['code', 'statusCode'],
  ['header', 'headers'],
  ['headers', 'headers'],
  ['multivalueheaders', 'multiValueHeaders'],
  ['multivalueheader', 'multiValueHeaders'],
  ['body', 'body'],
  ['isbase64encoded', 'isBase64Encoded'],
  ['isbase64', 'isBase64Encoded'],
  ['cookies', 'cookies'],
  ['cookie', 'cookies'],
  ['statusdescription', 'statusDescription'],
]);

/**
 * The response key `key` was probably meant to be (`StatusCode` → `statusCode`), when it is one of `known`
 * and spelt differently; undefined otherwise.
 */
export function misspeltKey(key: string, known: ReadonlySet<string>): string | undefined {
  // No alias: `key` itself, which the test below turns into undefined.
  const meant = ALIASES.get(key.toLowerCase().replace(/[-_\s]/g, '')) ?? key;
  return meant !== key && known.has(meant) ? meant : undefined;
}

/** The fix for a returned error object (R-E3): a function error is thrown, an error response has a status. */
export const RETURNED_ERROR_HINT =
  'throw the error, or return { statusCode: 500, body: JSON.stringify({ message }) }';

/** Keys a Lambda error object carries; returned instead of thrown, they are plain data (R-E3, H2-8). */
export function looksLikeReturnedError(keys: readonly string[]): boolean {
  return keys.includes('errorMessage') || keys.includes('errorType');
}

/** "'message' is not a key" / "'message' and 'count' are not keys". */
export function notKeys(keys: readonly string[]): string {
  return keys.length === 1 ? `${quoteList(keys)} is not a key` : `${quoteList(keys)} are not keys`;
}

/** A front end that requires statusCode: its name in messages, the rule, and the keys it knows. */
export interface StatusRequirement {
  name: string;
  rule: string;
  keys: ReadonlySet<string>;
}

/**
 * The error for a result without the statusCode that ALB and HTTP API 1.0 (H1-1) require: a returned
 * error object, a misspelt key or plain data each get their own fix. `why` says what is missing and why.
 * Example: `rejectMissingStatusCode('there is no statusCode, and ALB requires one', ['statuscode'], 0, j, ALB)`
 */
export function rejectMissingStatusCode(
  why: string,
  unknown: readonly string[],
  knownKeys: number,
  j: Judgement,
  required: StatusRequirement,
  mayBeReturnedError = true,
): void {
  const { name, rule, keys } = required;
  if (mayBeReturnedError && knownKeys === 0 && looksLikeReturnedError(unknown)) {
    j.error(
      '',
      `the result looks like an error (${unknown.slice(0, 3).join(', ')}), but it was returned, not thrown: it is data without a statusCode, which ${name} requires`,
      rule,
      RETURNED_ERROR_HINT,
    );
    return;
  }
  const meant = unknown.find((key) => misspeltKey(key, keys) === 'statusCode');
  j.error(
    'statusCode',
    why,
    rule,
    meant !== undefined
      ? `rename ${meant} to statusCode`
      : knownKeys === 0 && unknown.length > 0
        ? dataBodyHint(unknown)
        : 'add statusCode: 200',
  );
}
