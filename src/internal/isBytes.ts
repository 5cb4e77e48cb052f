const { getOwnPropertyDescriptor, getPrototypeOf } = Object;
/**
 * `%TypedArray%.prototype[Symbol.toStringTag]`: `'Uint8Array'` for a Uint8Array (or a Buffer) from any realm,
 * `undefined` for anything else, and it cannot be faked by a plain object's own `Symbol.toStringTag`.
 */
const typedArrayName = getOwnPropertyDescriptor(getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag)
  ?.get as (this: unknown) => string | undefined;

/**
 * A Uint8Array (a Buffer included) from any realm: jest's test files build theirs in a vm context, where
 * `instanceof Uint8Array` is false.
 * @example isBytes(Buffer.from('a')) // true
 */
export function isBytes(value: unknown): value is Uint8Array {
  return typedArrayName.call(value) === 'Uint8Array';
}
