import type { matchers } from './matchers.js';

type DefaultMatchers = typeof matchers;

// The compiler checks this against the default set: a matcher added there and not here fails to build.
const NAMES: Record<keyof DefaultMatchers, true> = {
  toBeValidProxyResponse: true,
  toHaveStatusCode: true,
  toHaveHeader: true,
  toHaveContentType: true,
  toHaveBody: true,
  toHaveJsonBody: true,
  toMatchJsonBody: true,
  toHaveCookie: true,
  toRedirectTo: true,
};

/**
 * The default matchers as stand-ins that load the real ones on their first call. A setup entry is imported
 * again for every test file, most of which never use these matchers; the contract behind them is most of the
 * package, and Node compiles it per import (docs/speed.md). Each stand-in passes the runner's `this` and
 * arguments through, so the runner sees the same matcher.
 */
export function lazyMatchers(load: () => DefaultMatchers): DefaultMatchers {
  let loaded: DefaultMatchers | undefined;
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(NAMES) as (keyof DefaultMatchers)[]) {
    const standIn = function (this: unknown, ...args: unknown[]): unknown {
      loaded ??= load();
      return (loaded[name] as (...a: unknown[]) => unknown).apply(this, args);
    };
    Object.defineProperty(standIn, 'name', { value: name });
    out[name] = standIn;
  }
  return out as DefaultMatchers;
}
