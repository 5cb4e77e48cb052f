// The JavaScript half of `npm run build`: one module per entry point plus shared chunks, in ESM and CommonJS.
// tsc still emits the declarations (one .d.ts per source file). Why bundle at all: a setup file is imported
// again for every test file, and Node pays per module it loads. 43 small modules cost +8 ms (CJS) and
// +20 ms (ESM) per import; bundled they cost under the +5 ms budget (bench/matchers.bench.mjs measures it).
// Shared chunks, not one bundle per entry, so `configure()` and the matchers share one copy of the core.
import { resolve } from 'node:path';
import { build } from 'rolldown';

const both = {
  index: 'src/index.ts',
  'matchers/index': 'src/matchers/index.ts',
  jest: 'src/jest.ts',
  expect: 'src/expect.ts',
  globals: 'src/globals.ts',
};
// vitest refuses to be required and the CLI is a bin: both are ESM only.
const esmOnly = { vitest: 'src/vitest.ts', cli: 'src/cli.ts' };
// Runners are peers, never bundled: the matchers must register on the user's own copy.
const external = [/^node:/, 'expect', '@jest/globals', 'vitest'];
// The `awslambda` global (S-1) is reached from other sets of entries than the matchers are (the main entry
// for installAwsLambdaGlobals, the setup entries for the install), which on its own makes one or two more
// chunks: a module more for every setup entry's import, paid per test file. So it joins the matchers' chunk,
// which every setup entry loads anyway: that group is what src/matchers/matchers.ts (the default set the setup
// entries register) reaches, plus these files.
const awslambdaGlobal =
  /src[\\/]invoke[\\/]stream[\\/](awsLambdaGlobals|installAwsLambdaGlobalsFromSetup)\.ts$/;
const matchersEntry = resolve('src/matchers/matchers.ts');
let reachedByMatchers;
function matchersChunk(id, ctx) {
  if (!reachedByMatchers) {
    reachedByMatchers = new Set();
    for (const stack = [matchersEntry]; stack.length > 0; ) {
      const next = stack.pop();
      if (reachedByMatchers.has(next)) continue;
      reachedByMatchers.add(next);
      stack.push(...(ctx.getModuleInfo(next)?.importedIds ?? []));
    }
  }
  return reachedByMatchers.has(id) || awslambdaGlobal.test(id) ? 'matchers' : null;
}

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
      // Node reads a module as UTF-8 and then compiles it, both per import; comments and non-ASCII text make
      // the reading slower (the setup chunk: +6.9 ms → +4.5 ms above expect, interleaved child processes). The
      // declarations keep the JSDoc for editors; names and layout stay, so stack traces still read.
      // Whitespace minification made it slower.
      comments: false,
      charset: 'ascii',
      codeSplitting: { groups: [{ name: matchersChunk, debugName: 'matchers' }] },
    },
  });
}
