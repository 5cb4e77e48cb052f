import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// The test set of `npm run mutation` (stryker.config.mjs): the unit suite without what spawns a process.
// Those tests run Python, the built CLI or node over dist/, none of which Stryker mutates (it mutates src/ in
// a sandbox), so they cannot kill a mutant and only cost time. FC_NUM_RUNS caps the property tests' runs.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'test/unit/invoke/python/**',
        'test/unit/cli/**',
        'test/unit/contract/configureAcrossCopies.test.ts',
      ],
      setupFiles: ['test/unit/propertyRunsSetup.ts'],
      coverage: { enabled: false },
    },
  }),
);
