// Mutation testing (`npm run mutation`, CONTRIBUTING.md "Mutation testing"): Stryker plants one bug at a
// time in the contract, the matchers and the event factories and runs the tests that cover it; a mutant no
// test kills is a false pass waiting to happen. One file at a time: `npm run mutation -- --mutate <file>`.
// Each mutant reruns the tests that reach it, so the property tests make 20 runs each instead of hundreds
// (test/unit/propertyRuns.ts). Set here, not in the npm script, so `npx stryker run` measures the same.
process.env.FC_NUM_RUNS ??= '20';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // Each mutant runs only the tests that reached its code in the dry run.
  coverageAnalysis: 'perTest',
  mutate: [
    'src/contract/**/*.ts',
    'src/matchers/**/*.ts',
    'src/events/**/*.ts',
    '!src/**/*.d.ts',
    // Types only: nothing in them runs, so nothing to mutate.
    '!src/contract/types.ts',
    '!src/contract/integrations/IntegrationRules.ts',
    '!src/events/types.ts',
    '!src/events/latticeTypes.ts',
    '!src/events/webSocketTypes.ts',
    '!src/events/init/normalizedRequest.ts',
    '!src/matchers/types.ts',
    '!src/matchers/internal/context.ts',
  ],
  // Static mutants (module-level constants such as ALB's key list) are measured: a constant no test notices
  // is a real gap. Each one reruns the whole test set, which perTest coverage cannot narrow.
  ignoreStatic: false,
  // A re-run after a small change tests only the mutants whose code or covering tests changed. The
  // incremental file is the report itself (the mutation-testing-report schema, which the json reporter would
  // write again with the same data): one committed file is both what was measured and the baseline
  // the next run starts from. A run over one file keeps every other file's results in it. A static mutant
  // that survived is reused even after a test that kills it was added (it is covered by no test in
  // particular): re-test those with `--force --mutate <file>:<from line>-<to line>`.
  incremental: true,
  incrementalFile: 'reports/mutation/mutation.json',
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, logTests: false },
  // Two cores, shared: one test process. `-c 2` on an idle machine.
  concurrency: 1,
  // The sandbox needs the sources, the tests, their fixtures and docs/ (ruleCoverage reads the spec).
  ignorePatterns: ['dist', 'coverage', 'examples', 'bench', '.tmp'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
