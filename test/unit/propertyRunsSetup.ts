// Setup file of the mutation run (vitest.mutation.config.ts): property tests that name no run count get
// FC_NUM_RUNS as fast-check's default; those that name one go through runs() in propertyRuns.ts.
import fc from 'fast-check';
import { runCap } from './propertyRuns.js';

if (runCap !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), numRuns: runCap });
