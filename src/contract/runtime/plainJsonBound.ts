// The fast path's proof. A result the runtime serialises and the front end parses back is, for the judges,
// a copy of itself when it is already plain JSON data: then the round trip (most of a judgement's cost) can
// be skipped and the result judged as it is. The walk reads only what runs no user code (prototypes, own
// keys, property descriptors), so that whenever it gives up, the slow path still sees an untouched value.

/** Node's `util.types`, when the runtime has it: the only way to recognise a Proxy without running its traps. */
interface UtilTypes {
  isProxy(value: unknown): boolean;
  isBoxedPrimitive(value: unknown): boolean;
}

// Module-scope copies of globals: lookups are slow inside jest's vm sandbox.
const { isArray } = Array;
const { getPrototypeOf, getOwnPropertyDescriptor, getOwnPropertyNames, hasOwn, keys: objectKeys } = Object;
const { isFinite: isFiniteNumber } = Number;
const ObjectPrototype = Object.prototype;
const ArrayPrototype = Array.prototype;

/** Deeper than any response; past it the slow path decides. */
const MAX_DEPTH = 64;
/** Objects and arrays visited; past it the walk costs more than it saves, so the slow path decides. */
const MAX_CONTAINERS = 10_000;
/** The longest JSON text of a finite number: `-1.2345678901234567e-308`, `-0.0000012345678901234567`. */
const NUMBER_BOUND = 25;
/** The builtins of `Object.prototype` (ES2023); anything else on it is pollution that JSON.parse output sees. */
const OBJECT_BUILTINS: ReadonlySet<string> = new Set([
  'constructor',
  '__defineGetter__',
  '__defineSetter__',
  'hasOwnProperty',
  '__lookupGetter__',
  '__lookupSetter__',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toString',
  'valueOf',
  '__proto__',
  'toLocaleString',
]);
const EMPTY: object = {};

// Resolved on first use, not at import: `null` when the runtime cannot tell a Proxy, which turns the fast
// path off (a Proxy's traps could answer the walk and the judges differently).
let utilTypes: UtilTypes | null | undefined;

function loadUtilTypes(): UtilTypes | null {
  try {
    const load = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
      ?.getBuiltinModule;
    const types = (load?.('node:util') as { types?: Partial<UtilTypes> } | undefined)?.types;
    return typeof types?.isProxy === 'function' && typeof types.isBoxedPrimitive === 'function'
      ? (types as UtilTypes)
      : null;
  } catch {
    return null;
  }
}

interface Walk {
  types: UtilTypes;
  containers: number;
  nullPrototype: boolean;
}

/**
 * An upper bound of the UTF-8 length of `JSON.stringify(value)` when `JSON.parse` of that text would give the
 * judges nothing they could tell from `value` itself; undefined when the slow path must decide.
 * Example: `plainJsonBound({ statusCode: 200, body: 'ok' }) // 133, for a payload of 31 bytes`;
 * `plainJsonBound(new Date()) // undefined`
 */
export function plainJsonBound(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) {
    const bound = scalarBound(value);
    return bound < 0 ? undefined : bound;
  }
  if (utilTypes === undefined) utilTypes = loadUtilTypes();
  if (utilTypes === null) return undefined;
  // A polluted prototype gives every object and array a toJSON that JSON.stringify would call.
  if ('toJSON' in ArrayPrototype) return undefined;
  const walk: Walk = { types: utilTypes, containers: 0, nullPrototype: false };
  let bound: number;
  try {
    bound = containerBound(value, 0, walk);
  } catch {
    // An exotic object whose descriptors cannot be read (a module namespace in its TDZ, say).
    return undefined;
  }
  if (bound < 0) return undefined;
  // JSON.parse gives every object Object.prototype; a null-prototype one reads the same only if it is clean.
  if (walk.nullPrototype && !objectPrototypeIsClean()) return undefined;
  return bound;
}

// -1: not plain JSON data.
function boundOf(value: unknown, depth: number, walk: Walk): number {
  return typeof value === 'object' && value !== null
    ? containerBound(value, depth, walk)
    : scalarBound(value);
}

function scalarBound(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return stringBound(value);
    case 'number':
      // JSON turns -0 into 0 and NaN and ±Infinity into null: the front end would see another value.
      if (value === 0) return 1 / value > 0 ? 1 : -1;
      return isFiniteNumber(value) ? NUMBER_BOUND : -1;
    case 'boolean':
      return 5;
    case 'object':
      // null; containers never come here
      return 4;
    default:
      // undefined, functions and symbols vanish or become null; BigInt throws.
      return -1;
  }
}

// Each UTF-16 unit takes at most 6 bytes of JSON (`\u001f`, an escaped lone surrogate), plus the quotes.
function stringBound(text: string): number {
  return 2 + 6 * text.length;
}

// A cycle needs no check of its own: it runs into MAX_DEPTH, and the first -1 ends the whole walk.
function containerBound(value: object, depth: number, walk: Walk): number {
  if (depth >= MAX_DEPTH || ++walk.containers > MAX_CONTAINERS) return -1;
  const { types } = walk;
  if (types.isProxy(value) || types.isBoxedPrimitive(value)) return -1;
  return isArray(value) ? arrayBound(value, depth, walk) : recordBound(value, depth, walk);
}

function arrayBound(list: unknown[], depth: number, walk: Walk): number {
  // Another realm's array or a subclass could bring its own toJSON; so could the array itself.
  if (getPrototypeOf(list) !== ArrayPrototype || hasOwn(list, 'toJSON')) return -1;
  let bound = 2;
  const { length } = list;
  for (let i = 0; i < length; i++) {
    const descriptor = getOwnPropertyDescriptor(list, i);
    // A hole becomes null. (A getter has no value, read as undefined, so it declines below.)
    if (descriptor === undefined) return -1;
    const item = boundOf(descriptor.value, depth + 1, walk);
    if (item < 0) return -1;
    bound += item + 1;
  }
  return bound;
}

function recordBound(record: object, depth: number, walk: Walk): number {
  const prototype = getPrototypeOf(record);
  if (prototype !== ObjectPrototype) {
    // A class instance, Date, Map, …: JSON sees its toJSON or only its own properties; a judge would also
    // read inherited ones.
    if (prototype !== null) return -1;
    walk.nullPrototype = true;
  }
  const keys = objectKeys(record);
  // A non-enumerable key: JSON drops it (or calls it, if it is toJSON), but a judge reading that key by name
  // would not. Symbol keys do not count: JSON skips them, and no judge reads one.
  if (getOwnPropertyNames(record).length !== keys.length) return -1;
  let bound = 2;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    // A getter (toJSON's too) has no value: read as undefined, it declines, unrun. A toJSON method declines as
    // a function; a toJSON that is data is sent and parsed back like any other key.
    const item = boundOf(getOwnPropertyDescriptor(record, key)!.value, depth + 1, walk);
    if (item < 0) return -1;
    bound += stringBound(key) + item + 2;
  }
  return bound;
}

function objectPrototypeIsClean(): boolean {
  for (const _ in EMPTY) return false;
  const names = getOwnPropertyNames(ObjectPrototype);
  for (let i = 0; i < names.length; i++) if (!OBJECT_BUILTINS.has(names[i]!)) return false;
  return true;
}
