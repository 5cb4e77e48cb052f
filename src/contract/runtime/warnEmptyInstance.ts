import type { Judgement } from '../outcome/Judgement.js';

const { getPrototypeOf } = Object;
const ObjectPrototype = Object.prototype;

/**
 * RF-6: a class instance whose data is not its own enumerable properties (a fetch Response, a Map, a Set)
 * serialises to `{}`, exactly as Lambda's runtime sends it; the front end then judges an empty object, and the
 * handler never meant that. Called only when the result's JSON is `{}`; never throws.
 */
export function warnEmptyInstance(result: object, j: Judgement): void {
  let name: string;
  try {
    const prototype: unknown = getPrototypeOf(result);
    if (prototype === ObjectPrototype || prototype === null || hasToJson(result)) return;
    const maker = (prototype as { constructor?: unknown }).constructor;
    const named = typeof maker === 'function' ? maker.name : '';
    name = named === '' ? 'a class instance' : `${/^[AEIOU]/.test(named) ? 'an' : 'a'} ${named}`;
    if (named === 'Object') return;
  } catch {
    return;
  }
  j.warn(
    '',
    `the result is ${name}, whose data is not its own enumerable properties, so JSON serialises it to {} and that empty object is all the front end saw`,
    'RF-6',
    hintFor(name),
  );
}

function hintFor(name: string): string {
  switch (name) {
    case 'a Response':
      return "a Response serialises to {}: use your framework's Lambda adapter, or return { statusCode, headers, body } yourself";
    case 'a Map':
      return 'return { statusCode: 200, body: JSON.stringify(Object.fromEntries(map)) }';
    case 'a Set':
      return 'return { statusCode: 200, body: JSON.stringify([...set]) }';
    default:
      return 'return a plain object: { statusCode: 200, headers, body }';
  }
}

// A toJSON that returns {} has its own note (W1): the front end saw what toJSON returned.
function hasToJson(result: object): boolean {
  return typeof (result as { toJSON?: unknown }).toJSON === 'function';
}
