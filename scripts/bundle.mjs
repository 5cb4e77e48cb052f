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
  // Not in package.json's exports: what the setup entries' stand-ins require (see DEFAULTS).
  'matchers/defaults': 'src/matchers/matchers.ts',
  jest: 'src/jest.ts',
  expect: 'src/expect.ts',
  globals: 'src/globals.ts',
};
// vitest refuses to be required and the CLI is a bin: both are ESM only.
const esmOnly = { cli: 'src/cli.ts' };
// Runners are peers, never bundled: the matchers must register on the user's own copy.
const external = [/^node:/, 'expect', '@jest/globals', 'vitest'];
// Two shared chunks. `setup` is what a setup entry (/jest, /vitest, /expect) loads as it is imported, for every
// test file: the `awslambda` global (S-1) and the default matchers as stand-ins (src/matchers/lazyMatchers.ts).
// `matchers` is the default set and everything it reaches, which is most of the package: it loads on the first
// matcher call, through the entry `matchers/defaults`. A module can be in one chunk only; the setup group wins.
const SETUP = [
  'src/invoke/stream/installAwsLambdaGlobalsFromSetup.ts',
  'src/matchers/lazyMatchers.ts',
  'src/matchers/loadDefaultMatchers.ts',
].map((file) => resolve(file));
const matchersEntry = resolve('src/matchers/matchers.ts');
const reach = (roots, ctx) => {
  const reached = new Set();
  for (const stack = [...roots]; stack.length > 0; ) {
    const next = stack.pop();
    if (reached.has(next)) continue;
    reached.add(next);
    stack.push(...(ctx.getModuleInfo(next)?.importedIds ?? []));
  }
  return reached;
};
let reachedBySetup;
let reachedByMatchers;
function chunkOf(id, ctx) {
  reachedBySetup ??= reach(SETUP, ctx);
  reachedByMatchers ??= reach([matchersEntry], ctx);
  if (reachedBySetup.has(id)) return 'setup';
  return reachedByMatchers.has(id) ? 'matchers' : null;
}

// The built default set is CommonJS in both formats: an ES module cannot load another synchronously, and the
// stand-ins must answer synchronously. An ESM setup entry therefore loads the CommonJS copy of the contract;
// the two copies share the settings and the outcome brand through Symbol.for slots (src/internal/settings.ts).
// Paths are from the file the loader lands in: dist/<format>/chunks/setup.js, or dist/esm/vitest.js (below).
const DEFAULTS = {
  cjs: '../matchers/defaults.js',
  esm: '../../cjs/matchers/defaults.js',
  vitest: '../cjs/matchers/defaults.js',
};
const loader = (key) =>
  key === 'cjs'
    ? `export function loadDefaultMatchers() { return require(${JSON.stringify(DEFAULTS.cjs)}).matchers; }`
    : `import { createRequire } from 'node:module';
const requireBuilt = createRequire(import.meta.url);
export function loadDefaultMatchers() { return requireBuilt(${JSON.stringify(DEFAULTS[key])}).matchers; }`;
const lazyDefaults = (key) => ({
  name: 'lazy-default-matchers',
  load(id) {
    return id === SETUP[2] ? { code: loader(key), moduleType: 'js' } : null;
  },
});
const output = {
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name].js',
  // Node reads a module as UTF-8 and then compiles it, both per import; comments and non-ASCII text make
  // the reading slower (the setup chunk: +6.9 ms → +4.5 ms above expect, interleaved child processes). The
  // declarations keep the JSDoc for editors; names and layout stay, so stack traces still read.
  // Whitespace minification made it slower.
  comments: false,
  charset: 'ascii',
};

for (const [format, input] of [
  ['esm', { ...both, ...esmOnly }],
  ['cjs', both],
]) {
  reachedBySetup = undefined;
  reachedByMatchers = undefined;
  await build({
    input,
    external: [...external, DEFAULTS[format]],
    plugins: [lazyDefaults(format)],
    platform: 'node',
    logLevel: 'warn',
    output: {
      ...output,
      dir: `dist/${format}`,
      format,
      codeSplitting: { groups: [{ name: chunkOf, debugName: 'setup and matchers' }] },
    },
  });
}

// The vitest entry carries its own copy of the setup modules instead of importing the setup chunk: once vitest
// is loaded, Node takes about 2 ms more for each further ES module a setup file imports (measured with a
// one-line module), and the copy holds no state of its own (the global and the settings live on globalThis).
await build({
  input: { vitest: 'src/vitest.ts' },
  external: [...external, DEFAULTS.vitest],
  plugins: [lazyDefaults('vitest')],
  platform: 'node',
  logLevel: 'warn',
  output: { ...output, dir: 'dist/esm', format: 'esm' },
});
