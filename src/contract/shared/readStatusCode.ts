const { isInteger } = Number;

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

/** Every front end answers with a status the HTTP spec allows; outside 100–599 we judge it malformed. */
export function isHttpStatus(status: number): boolean {
  return isInteger(status) && status >= 100 && status <= 599;
}
