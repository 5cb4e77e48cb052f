import { isPlainObject } from '../../internal/isPlainObject.js';
import { EventInitError } from './eventInitError.js';

const { hasOwn, defineProperty, keys } = Object;
const { isArray } = Array;

/**
 * Sets `target[key]` as an own data property. Plain assignment of `__proto__` would replace the object's
 * prototype instead; JSON.parse, and so a real event, makes it an ordinary key.
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

// Real events nest 5 levels; 64 leaves room for any claim or authorizer context and stops a cycle early.
const MAX_DEPTH = 64;

function tooDeep(label: string): EventInitError {
  return new EventInitError(`${label} nests deeper than ${MAX_DEPTH} levels: is there a circular reference?`);
}

function copy(value: unknown, label: string, depth: number): unknown {
  if (depth > MAX_DEPTH) throw tooDeep(label);
  if (isArray(value)) return value.map((item) => copy(item, label, depth + 1));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of keys(value)) {
    const item = value[key];
    if (item !== undefined) setOwn(out, key, copy(item, label, depth + 1));
  }
  return out;
}

/**
 * Merges `overrides` into `target` in place and returns it: plain objects merge key by key, anything else
 * (arrays, strings, null) replaces, `undefined` deletes. Only own keys are read and written, so
 * `__proto__`, `constructor` and `prototype` become ordinary keys and never reach `Object.prototype`.
 * Values are copied, so the event never shares objects with the caller.
 *
 * @example safeMerge(event, { requestContext: { accountId: '123456789012' } }, 'restApiEvent: overrides')
 */
export function safeMerge<T extends object>(
  target: T,
  overrides: unknown,
  label = 'overrides',
  depth = 0,
): T {
  if (depth > MAX_DEPTH) throw tooDeep(label);
  if (!isPlainObject(overrides)) return target;
  const into = target as Record<string, unknown>;
  for (const key of keys(overrides)) {
    const value = overrides[key];
    if (value === undefined) {
      if (hasOwn(into, key)) delete into[key];
      continue;
    }
    const current = hasOwn(into, key) ? into[key] : undefined;
    if (isPlainObject(value) && isPlainObject(current)) safeMerge(current, value, label, depth + 1);
    else setOwn(into, key, copy(value, label, depth + 1));
  }
  return target;
}
