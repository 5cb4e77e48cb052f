import { describe, EventInitError } from '../init/eventInitError.js';

/** When a request arrived, in each form the events carry. */
export interface RequestTime {
  /** Milliseconds since the epoch (`requestTimeEpoch`, `timeEpoch`). */
  epoch: number;
  /** Common Log Format, `17/Jun/2024:14:48:13 +0000` (`requestTime`, `time`). */
  clf: string;
  /** Whole seconds as 8 hex digits, the time part of an X-Ray trace id. */
  traceHex: string;
}

/** The instant every event carries unless `time` says otherwise, so events are reproducible. */
export const DEFAULT_EPOCH = Date.UTC(2024, 5, 17, 14, 48, 13, 506);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function clock(d: Date): string {
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/** Formats an instant; `requestTimeAt(0).clf` → `'01/Jan/1970:00:00:00 +0000'`. */
export function requestTimeAt(epoch: number): RequestTime {
  const d = new Date(epoch);
  return {
    epoch,
    clf: `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${clock(d)} +0000`,
    traceHex: Math.floor(epoch / 1000)
      .toString(16)
      .padStart(8, '0'),
  };
}

let defaults: RequestTime | undefined;

/** Resolves `init.time` (a Date, epoch milliseconds or a date string); `undefined` gives the fixed default. */
export function requestTime(factory: string, time: unknown): RequestTime {
  if (time === undefined) {
    if (defaults === undefined) defaults = requestTimeAt(DEFAULT_EPOCH);
    return defaults;
  }
  let epoch = Number.NaN;
  if (Object.prototype.toString.call(time) === '[object Date]') epoch = (time as Date).getTime();
  else if (typeof time === 'number') epoch = time;
  else if (typeof time === 'string') epoch = Date.parse(time);
  if (!Number.isFinite(epoch) || epoch < 0 || epoch > 253402300799999) {
    throw new EventInitError(
      `${factory}: time must be a Date, epoch milliseconds or a date string such as '2024-06-17T14:48:13Z'; got ${describe(time)}`,
    );
  }
  return requestTimeAt(Math.trunc(epoch));
}

/** How Cognito claims' `exp` and `iat` reach a REST handler: `Tue Jun 18 15:00:04 UTC 2024`. */
export function cognitoDate(epochSeconds: number): string {
  const d = new Date(epochSeconds * 1000);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${clock(d)} UTC ${d.getUTCFullYear()}`;
}
