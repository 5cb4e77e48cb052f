const { isInteger } = Number;

/** An HTTP status code a front end can send: an integer from 100 to 599 (RFC 9110 §15). */
export function isHttpStatus(value: unknown): value is number {
  return isInteger(value) && (value as number) >= 100 && (value as number) <= 599;
}
