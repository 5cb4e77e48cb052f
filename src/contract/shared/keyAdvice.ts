import { quoteList } from './describe.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const { hasOwn } = Object;

/** `return { statusCode: 200, body: JSON.stringify({ message }) }`, built from the keys the handler returned. */
export function dataBodyHint(keys: readonly string[]): string {
  const data =
    keys.length <= 4 && keys.every((key) => IDENTIFIER.test(key)) ? `{ ${keys.join(', ')} }` : 'data';
  return `return { statusCode: 200, body: JSON.stringify(${data}) }`;
}

const ALIASES: Readonly<Record<string, string>> = {
  statuscode: 'statusCode',
  status: 'statusCode',
  code: 'statusCode',
  header: 'headers',
  headers: 'headers',
  multivalueheaders: 'multiValueHeaders',
  multivalueheader: 'multiValueHeaders',
  body: 'body',
  isbase64encoded: 'isBase64Encoded',
  isbase64: 'isBase64Encoded',
  cookies: 'cookies',
  cookie: 'cookies',
  statusdescription: 'statusDescription',
};

/**
 * The response key `key` was probably meant to be (`StatusCode` → `statusCode`), when it is one of `known`
 * and spelt differently; undefined otherwise.
 */
export function misspeltKey(key: string, known: ReadonlySet<string>): string | undefined {
  const normal = key.toLowerCase().replace(/[-_\s]/g, '');
  // hasOwn: a result key such as 'constructor' must not find Object.prototype's members.
  const meant = hasOwn(ALIASES, normal) ? ALIASES[normal] : undefined;
  return meant !== undefined && meant !== key && known.has(meant) ? meant : undefined;
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
