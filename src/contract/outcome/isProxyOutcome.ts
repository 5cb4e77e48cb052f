import type { ProxyOutcome } from '../types.js';

/**
 * The brand every outcome carries. `Symbol.for` so that the ESM and CJS copies of this package, or two
 * installed versions, recognise each other's outcomes; non-enumerable so that `toEqual` against a plain
 * object literal still passes (jest and vitest compare only enumerable own keys).
 */
export const PROXY_OUTCOME_BRAND: unique symbol = Symbol.for('lambda-proxy-matchers.ProxyOutcome') as never;

/** True when `value` is an outcome made by `inspectProxyResult`/`inspectProxyError`. Example: `isProxyOutcome(await invokeHttp(h, e))` */
export function isProxyOutcome(value: unknown): value is ProxyOutcome {
  if (value === null || typeof value !== 'object') return false;
  try {
    return (value as { [PROXY_OUTCOME_BRAND]?: unknown })[PROXY_OUTCOME_BRAND] === true;
  } catch {
    // A Proxy whose get trap throws is not one of ours.
    return false;
  }
}

const { defineProperty } = Object;

export function brandOutcome(outcome: ProxyOutcome): ProxyOutcome {
  return defineProperty(outcome, PROXY_OUTCOME_BRAND, { value: true });
}
