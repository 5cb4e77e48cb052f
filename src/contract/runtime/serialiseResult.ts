import { isObject } from '../../internal/isObject.js';
import { bytesOverLimit } from '../fields/bytes.js';
import { describeThrown, formatCount, kindOf, pathOf } from '../outcome/describe.js';
import type { Judgement } from '../outcome/Judgement.js';
import { plainJsonBound } from './plainJsonBound.js';
import { warnEmptyInstance } from './warnEmptyInstance.js';

const { stringify, parse } = JSON;
const { isArray } = Array;
const { keys: objectKeys, hasOwn, getOwnPropertyDescriptor, getPrototypeOf } = Object;
const ObjectPrototype = Object.prototype;
const UNBOUNDED = Number.POSITIVE_INFINITY;

/** Lambda's cap on a synchronous response, in UTF-8 bytes of the JSON payload (W5). */
export const LAMBDA_RESPONSE_LIMIT = 6_291_556;

/** What the front end receives: the plain data the payload parses to, and the payload's JSON text. */
export class WirePayload {
  readonly value: unknown;
  #json: string | undefined;
  /** An upper bound of the payload's UTF-8 length, so that most size checks need no JSON text at all. */
  readonly #bound: number;

  constructor(value: unknown, json: string | undefined, bound: number) {
    this.value = value;
    this.#json = json;
    this.#bound = bound;
  }

  /** The payload's JSON text; the fast path serialises only when a judge asks (a 2.0 inferred body). */
  get json(): string {
    if (this.#json === undefined) this.#json = stringify(this.value) as string;
    return this.#json;
  }

  /** The payload's UTF-8 length when it is over `limit` bytes, else undefined. */
  bytesOver(limit: number): number | undefined {
    return this.#bound <= limit ? undefined : bytesOverLimit(this.json, limit);
  }
}

/**
 * §0: the runtime sends `JSON.stringify(result)`, so the front end sees exactly that (W1, W3), `null` for
 * nothing (W2), and a function error when serialisation fails or the payload is too large (W5).
 * Returns undefined after recording the function error. With `fastPath`, a result that is already plain JSON
 * data skips the round trip and is judged as it is (plainJsonBound proves that nothing would change).
 */
export function serialiseResult(result: unknown, j: Judgement, fastPath = true): WirePayload | undefined {
  if (fastPath) {
    const bound = plainJsonBound(result);
    if (bound !== undefined) {
      const wire = new WirePayload(result, undefined, bound);
      let bytes: number | undefined;
      try {
        bytes = wire.bytesOver(LAMBDA_RESPONSE_LIMIT);
      } catch {
        // Too long to be a string at all (RangeError): the slow path reports it as Lambda would. Under the
        // limit, the text is short enough that no later read of wire.json can throw.
        return serialiseResult(result, j, false);
      }
      if (bytes === undefined) return wire;
      reportTooLarge(bytes, j);
      return undefined;
    }
  }
  let json: string | undefined;
  try {
    json = stringify(result);
  } catch (error) {
    reportUnserialisable(error, j);
    return undefined;
  }
  if (json === undefined) {
    j.note(
      '',
      result === undefined
        ? 'the handler returned undefined, which Lambda sends as the payload null'
        : `the handler returned ${kindOf(result)}, which JSON cannot represent, so Lambda sent the payload null`,
      'W2',
    );
    return new WirePayload(null, 'null', 4);
  }
  const bytes = bytesOverLimit(json, LAMBDA_RESPONSE_LIMIT);
  if (bytes !== undefined) {
    reportTooLarge(bytes, j);
    return undefined;
  }
  const value = parse(json);
  if (typeof result === 'object' && result !== null && !isArray(result)) {
    if (json === '{}') warnEmptyInstance(result, j);
    noteLostKeys(result, value, j);
  }
  return new WirePayload(value, json, UNBOUNDED);
}

// W5
function reportTooLarge(bytes: number, j: Judgement): void {
  j.error(
    '',
    `the result is ${formatCount(bytes)} bytes of JSON, over Lambda's limit of ${formatCount(LAMBDA_RESPONSE_LIMIT)} bytes for a synchronous response, so Lambda reported a function error (Function.ResponseSizeTooLarge)`,
    'W5',
    'return less data, or store it (for example in S3) and return a link to it',
  );
}

function reportUnserialisable(error: unknown, j: Judgement): void {
  const { label, message } = describeThrown(error);
  // V8 says "circular structure", JavaScriptCore (bun) "cyclic structures".
  const hint = /circular|cyclic/i.test(message)
    ? 'remove the circular reference: return plain data'
    : /BigInt/i.test(message)
      ? 'convert BigInt values with String() or Number() before returning them'
      : 'return plain data that JSON.stringify can serialise';
  j.error(
    '',
    `the result cannot be serialised to JSON (${label}), so Lambda reported a function error`,
    'W1',
    hint,
  );
}

// A courtesy for W3: `{ statusCode: undefined }` reaches the front end without a statusCode, `{ body: NaN }` with
// body null, and the matcher should be able to say why. Headers are looked into too: a header set to undefined
// is one the handler meant to send. Serialisation already succeeded, so failures here are swallowed.
function noteLostKeys(result: object, value: unknown, j: Judgement): void {
  try {
    if (typeof (result as { toJSON?: unknown }).toJSON === 'function') {
      j.note('', 'the result has a toJSON method, so the front end saw what toJSON returned', 'W1');
      return;
    }
    if (!isObject(value)) return;
    noteLostIn(result, value, '', j);
    for (const key of HEADER_MAPS) {
      const sent = dataOf(result, key);
      const seen = value[key];
      if (isPlainMap(sent) && isObject(seen)) noteLostIn(sent, seen, key, j);
    }
  } catch {
    // A Proxy or getter that throws on a second look: the payload itself is already settled.
  }
}

const HEADER_MAPS = ['headers', 'multiValueHeaders'];

function noteLostIn(sent: object, seen: Record<string, unknown>, parent: string, j: Judgement): void {
  for (const key of objectKeys(sent)) {
    const kept = hasOwn(seen, key);
    // Only a dropped key or a null can be a value JSON changed; everything else arrived as it was.
    if (kept && seen[key] !== null) continue;
    const descriptor = getOwnPropertyDescriptor(sent, key);
    const data = descriptor !== undefined && 'value' in descriptor;
    const at = parent === '' ? key : pathOf(parent, key);
    if (!kept) {
      const kind = data ? kindOf(descriptor.value) : 'a getter returning undefined';
      const lost = parent === '' ? `the front end never saw ${key}` : `the ${key} header was never sent`;
      j.note(at, `${at} is ${kind}, which JSON leaves out, so ${lost}`, 'W3');
    } else if (data && typeof descriptor.value === 'number') {
      // NaN and ±Infinity: JSON has no such numbers.
      j.note(
        at,
        `${at} is ${descriptor.value}, which JSON sends as null, so the front end saw ${at}: null`,
        'W3',
      );
    }
  }
}

function dataOf(source: object, key: string): unknown {
  const descriptor = getOwnPropertyDescriptor(source, key);
  return descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
}

// A class instance or a map with its own toJSON serialises to something else; its keys say nothing.
function isPlainMap(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = getPrototypeOf(value);
  return (prototype === ObjectPrototype || prototype === null) && !hasOwn(value, 'toJSON');
}
