// The JavaScript half of `npm run build`: one module per entry point plus shared chunks, in ESM and CommonJS.
// tsc still emits the declarations (one .d.ts per source file). Why bundle at all: a setup file is imported
// again for every test file, and Node pays per module it loads. 43 small modules cost +8 ms (CJS) and
// +20 ms (ESM) per import; bundled they cost under the +5 ms budget (bench/matchers.bench.mjs measures it).
// Shared chunks, not one bundle per entry, so `configure()` and the matchers share one copy of the core.
import { build } from 'rolldown';

const both = {
  index: 'src/index.ts',
  'matchers/index': 'src/matchers/index.ts',
  jest: 'src/jest.ts',
  expect: 'src/expect.ts',
};
// vitest refuses to be required and the CLI is a bin: both are ESM only.
const esmOnly = { vitest: 'src/vitest.ts', cli: 'src/cli.ts' };
// Runners are peers, never bundled: the matchers must register on the user's own copy.
const external = [/^node:/, 'expect', '@jest/globals', 'vitest'];

for (const [format, input] of [
  ['esm', { ...both, ...esmOnly }],
  ['cjs', both],
]) {
  await build({
    input,
    external,
    platform: 'node',
    logLevel: 'warn',
    output: {
      dir: `dist/${format}`,
      format,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name].js',
    },
  });
}
