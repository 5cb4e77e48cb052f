import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// The test set of `npm run mutation` (stryker.config.mjs), shaped for speed: every mutant reruns tests here.
// - Left out: the tests that run Python, the built CLI or node over dist/. Stryker mutates src/ in a sandbox,
//   so they cannot kill a mutant and only cost time.
// - One module graph for all test files (`isolate: false`): a test file's imports are paid once per run
//   instead of once per file, which takes a run of the whole set from ~49 s to ~11 s on two cores. That is
//   what a static mutant costs (it reruns every related test), so it decides whether the tree fits in an
//   hour. Modules are still loaded afresh for each Stryker run, so a static mutant's module-level change is
//   what the tests see: alb.ts's 14 static mutants die with the same failures either way.
// - Kept apart (`fresh`): the tests that need a pristine global expect, such as the vitest entry's "nothing
//   registered before me".
// - FC_NUM_RUNS (set by stryker.config.mjs) caps the property tests' runs.
const spawning = [
  'test/unit/invoke/python/**',
  'test/unit/cli/**',
  'test/unit/contract/configureAcrossCopies.test.ts',
];
// Megabyte inputs that half a run of the whole set spends on (what each static mutant costs); the byte-exact
// limits they rely on are pinned by fastPath.test.ts, which stays in.
const large = ['test/unit/contract/hostileLarge.test.ts'];
const fresh = ['test/unit/matchers/vitestEntry.test.ts'];
const shared = {
  testTimeout: base.test?.testTimeout,
  setupFiles: ['test/unit/propertyRunsSetup.ts'],
};

export default defineConfig({
  test: {
    coverage: { enabled: false },
    projects: [
      {
        test: {
          ...shared,
          name: 'shared',
          include: base.test?.include,
          exclude: [...spawning, ...large, ...fresh],
          isolate: false,
        },
      },
      { test: { ...shared, name: 'fresh', include: fresh } },
    ],
  },
});
