const { isArray } = Array;
const { stringify } = JSON;

/** "an object", "null", "a string": the kind of a value as a sentence says it. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (isArray(value)) return 'an array';
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'undefined':
      return 'undefined';
    case 'bigint':
      return 'a BigInt';
    default:
      return `a ${typeof value}`;
  }
}

const PLAIN_NAME = /^[A-Za-z_$][\w$-]*$/;

/** `headers.X-Count`, `headers["my header"]`: a path inside the result, as problems name it. */
export function pathOf(parent: string, key: string): string {
  if (PLAIN_NAME.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${stringify(key)}]`;
}

/** A short JSON rendering of parsed result data for messages, cut at `max` characters. */
export function preview(value: unknown, max = 40): string {
  const text = stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `'message'`, `'message' and 'count'`, `'a', 'b' and 'c'`. */
export function quoteList(keys: readonly string[]): string {
  const quoted = keys.map((key) => `'${key}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** 7,340,032 */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export interface ThrownDescription {
  name: string;
  message: string;
  /** `TypeError: boom`, or `the string "boom"` when something other than an Error was thrown. */
  label: string;
}

/** Describes anything a handler can throw, without ever throwing itself (getters and Proxies included). */
export function describeThrown(thrown: unknown): ThrownDescription {
  if (typeof thrown === 'string') {
    const message = firstLine(thrown);
    return { name: 'string', message, label: `the string ${stringify(message)} (not an Error)` };
  }
  if (thrown === null || (typeof thrown !== 'object' && typeof thrown !== 'function')) {
    const shown = safeText(thrown);
    return { name: kindOf(thrown), message: shown, label: `${shown} (not an Error)` };
  }
  const named = readText(thrown, 'name') || readText(thrown, 'errorType') || undefined;
  const message = readText(thrown, 'message') ?? readText(thrown, 'errorMessage') ?? '';
  // A plain object thrown (`throw { code: 1 }`) is no Error, and saying "Error" hid that (RF-7).
  if (named === undefined && message === '' && !isErrorInstance(thrown)) {
    return { name: 'object', message: '', label: `${kindOf(thrown)} (not an Error)` };
  }
  const name = named ?? 'Error';
  return { name, message, label: message === '' ? name : `${name}: ${message}` };
}

// A Proxy whose traps throw is taken for an Error: what it is cannot be known.
function isErrorInstance(value: object): boolean {
  try {
    return value instanceof Error;
  } catch {
    return true;
  }
}

function readText(source: object, key: string): string | undefined {
  try {
    const value = (source as Record<string, unknown>)[key];
    return typeof value === 'string' ? firstLine(value) : undefined;
  } catch {
    return undefined;
  }
}

function safeText(value: unknown): string {
  try {
    return typeof value === 'bigint' ? `${value}n` : String(value);
  } catch {
    return kindOf(value);
  }
}

// Messages are one sentence: V8's circular-structure message and stack-like texts run over several lines.
export function firstLine(text: string, max = 200): string {
  const end = text.indexOf('\n');
  const line = end === -1 ? text : text.slice(0, end);
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
