import type { MatcherContext } from './context.js';
import { isAsymmetric } from './messages.js';

const { isArray } = Array;
const { getOwnPropertySymbols, getPrototypeOf, hasOwn, keys, prototype: objectPrototype } = Object;
const { propertyIsEnumerable: isEnumerable, toString: objectToString } = objectPrototype;

/**
 * Whether `value` (parsed JSON) matches `subset` as `toMatchObject` does. jest and vitest lend their own testers
 * through `this.utils`; where they are missing (bun, whose `equals` also ignores custom testers) the subset is
 * walked here, with `equals` for everything that is not an object with keys or an array.
 * @example matchesSubset(this, { id: 1, tags: ['a'] }, { tags: [expect.any(String)] }) // true
 */
export function matchesSubset(ctx: MatcherContext, value: unknown, subset: unknown): boolean {
  // Plain functions in both runners: read off the object, they need no `this`.
  const { iterableEquality, subsetEquality } = ctx.utils;
  if (typeof iterableEquality === 'function' && typeof subsetEquality === 'function') {
    return ctx.equals(value, subset, [...(ctx.customTesters ?? []), iterableEquality, subsetEquality]);
  }
  return walk(ctx, value, subset);
}

// Every step descends into `value`, which JSON.parse made finite and acyclic, so a cyclic subset ends too.
function walk(ctx: MatcherContext, value: unknown, subset: unknown): boolean {
  if (isAsymmetric(subset)) return ctx.equals(value, subset);
  if (isArray(subset)) {
    // Arrays match element by element, each element as a subset, and only at the same length.
    if (!isArray(value) || value.length !== subset.length) return false;
    // Stryker disable next-line EqualityOperator: equivalent, one step past the end compares undefined with undefined
    for (let i = 0; i < subset.length; i++) if (!walk(ctx, value[i], subset[i])) return false;
    return true;
  }
  if (!hasKeys(subset)) return ctx.equals(value, subset);
  for (const key of keys(subset)) {
    if (!hasProperty(value, key) || !walk(ctx, (value as Record<string, unknown>)[key], subset[key])) {
      return false;
    }
  }
  for (const symbol of getOwnPropertySymbols(subset)) {
    if (!isEnumerable.call(subset, symbol)) continue;
    if (
      !hasProperty(value, symbol) ||
      !walk(ctx, (value as Record<symbol, unknown>)[symbol], subset[symbol])
    ) {
      return false;
    }
  }
  return true;
}

/** An object compared key by key (as toMatchObject does): not an array, error, date, map or set. */
function hasKeys(value: unknown): value is Record<PropertyKey, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const tag = objectToString.call(value);
  return (
    tag !== '[object Error]' && tag !== '[object Date]' && tag !== '[object Map]' && tag !== '[object Set]'
  );
}

/** Own or inherited, but not from `Object.prototype`: `{}` has no `constructor` here, as in toMatchObject. */
function hasProperty(value: unknown, key: PropertyKey): boolean {
  for (
    let object = value;
    typeof object === 'object' && object !== null && object !== objectPrototype;
    object = getPrototypeOf(object)
  ) {
    if (hasOwn(object, key)) return true;
  }
  return false;
}
