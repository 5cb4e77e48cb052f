// What a setup entry's stand-ins (lazyMatchers.ts) load on the first matcher call. In the source, and so in the
// unit tests, the set itself; the build swaps this module for one that requires the built set on demand
// (scripts/bundle.mjs), so importing a setup entry does not load the contract.
import { matchers } from './matchers.js';

export function loadDefaultMatchers(): typeof matchers {
  return matchers;
}
