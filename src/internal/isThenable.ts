/**
 * Anything Lambda's runtime would await: an object or function with a `then` method. Reading `then` may throw
 * (a getter, a Proxy); the runtime reads it inside the try that makes that a function error, so this lets the
 * throw through for the caller to treat the same way.
 * @example isThenable(Promise.resolve(1)) // true
 */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
