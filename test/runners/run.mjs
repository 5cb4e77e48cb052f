// `npm run test:runners` (after `npm run build`): the same behaviour cases (shared/cases.cjs) under every
// supported runner, each installed from the packed tarball into a throwaway folder, so every import goes
// through the published `exports` map. A suite passes when the runner exits 0, reports tests run (> 0) and
// none failed. Usage: node test/runners/run.mjs [group-filter ...]
// Then, in every group but bun's (the root's test:types checks @types/bun), tsc checks a TypeScript user's
// file (types/uses.mts) against the installed tarball and runner: the matchers are typed, misuse is an error.
// Environment: KEEP_RUNNER_DIRS=1 keeps the folders, VERBOSE=1 prints passing output, RUNNER_CONCURRENCY=n.
import { cpSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import {
  cleanup,
  installedVersion,
  installTarball,
  makeTempDir,
  packTarball,
  plainOutput,
  root,
  run,
  secondsSince,
} from './packTarball.mjs';

const here = join(root, 'test', 'runners');
const node20 = [process.execPath];
// vitest 5 needs Node >= 22.12; npx fetches Node 22 from the npm registry (cached after the first run).
const node22 = ['npx', '--yes', '--prefer-offline', '-p', 'node@22', 'node'];
// The newest runtime Lambda offers: the library itself (contract, factories, matchers) under Node 24.
const node24 = ['npx', '--yes', '--prefer-offline', '-p', 'node@24', 'node'];

// Each command gets the group's install folder and the suite's folder (its working directory).
const jest = (folder, dir) => [
  ...node20,
  join(folder, 'node_modules/jest/bin/jest.js'),
  '--ci',
  '--config',
  join(dir, 'jest.config.cjs'),
];
// jest on native ES modules: test files and one setup file are .mjs, loaded by Node's vm modules.
const jestEsm = (folder, dir) => [
  ...node20,
  '--experimental-vm-modules',
  join(folder, 'node_modules/jest/bin/jest.js'),
  '--ci',
  '--config',
  join(dir, 'jest.config.cjs'),
];
const vitest = (node) => (folder, dir) => [
  ...node,
  join(folder, 'node_modules/vitest/vitest.mjs'),
  'run',
  '--config',
  join(dir, 'vitest.config.mjs'),
];
// --test-reporter=spec: the same summary lines whether or not stdout is a terminal.
const nodeTest = (node) => () => [
  ...node,
  '--import',
  './setup.mjs',
  '--test',
  '--test-reporter=spec',
  'cases.test.mjs',
];
const bun = (folder) => [join(folder, 'node_modules/.bin/bun'), 'test', './cases.test.mjs'];

// One TypeScript for every group: the root's test:types already checks the version the project builds with.
const typescript = { typescript: '~5.9.3' };
/**
 * What a group's type check installs besides typescript, and which folders under types/ it checks, each its
 * own tsc program. jest is checked twice: the global `expect` of @types/jest, and `@jest/globals` without it.
 */
const typeChecks = (checks, deps = {}) => ({ checks, deps });
const jestTypes = (major) =>
  typeChecks(['jest-global', 'jest-globals'], {
    '@types/jest': `^${major}.0.0`,
    '@jest/globals': `^${major}.0.0`,
  });
const vitestTypes = typeChecks(['vitest']);
const expectTypes = typeChecks(['expect']);

/**
 * One install per group; each of its suites is a folder under suites/ run with the group's command.
 * `runner` names the package whose installed version the summary prints. The lowest supported vitest (3.0)
 * is tested as well as the newest 3.x: matcher utilities such as `printWithType` arrived within 3.x.
 */
const defineGroup = (id, runner, deps, suites, command, { node = node20, types = null } = {}) => ({
  id,
  runner,
  deps,
  suites,
  command,
  node,
  types,
});
const groups = [
  defineGroup('jest-29', 'jest', { jest: '^29.7.0' }, ['jest'], jest, { types: jestTypes(29) }),
  defineGroup('jest-30', 'jest', { jest: '^30.0.0' }, ['jest', 'jest-globals'], jest, {
    types: jestTypes(30),
  }),
  // The same packages as jest-30, so no second type check: the ESM copy and the CommonJS copy of the library
  // share one configure(), in both directions.
  defineGroup('jest-30-esm', 'jest', { jest: '^30.0.0' }, ['jest-esm', 'jest-esm-reverse'], jestEsm),
  defineGroup('vitest-3.0', 'vitest', { vitest: '~3.0.0' }, ['vitest'], vitest(node20), {
    types: vitestTypes,
  }),
  defineGroup('vitest-3', 'vitest', { vitest: '^3.0.0' }, ['vitest'], vitest(node20), { types: vitestTypes }),
  defineGroup('vitest-4', 'vitest', { vitest: '^4.0.0' }, ['vitest'], vitest(node20), { types: vitestTypes }),
  defineGroup('vitest-5', 'vitest', { vitest: '^5.0.0' }, ['vitest'], vitest(node22), {
    node: node22,
    types: vitestTypes,
  }),
  defineGroup('node-test+expect-29', 'expect', { expect: '^29.7.0' }, ['node-test'], nodeTest(node20), {
    types: expectTypes,
  }),
  defineGroup('node-test+expect-30', 'expect', { expect: '^30.0.0' }, ['node-test'], nodeTest(node20), {
    types: expectTypes,
  }),
  // The same packages as the group above, so no second type check: only the runtime differs.
  defineGroup(
    'node-test+expect-30-node-24',
    'expect',
    { expect: '^30.0.0' },
    ['node-test'],
    nodeTest(node24),
    {
      node: node24,
    },
  ),
  // bun runs on its own engine; `node: null` leaves Node out of its label.
  defineGroup('bun', 'bun', { bun: '^1.1.0' }, ['bun'], bun, { node: null }),
];

const count = (text, pattern) => {
  const match = pattern.exec(text);
  return match ? Number(match[1]) : 0;
};

/** Tests passed and failed as the runner's own summary states them. */
function summaryOf(output) {
  const text = stripVTControlCharacters(output);
  const jestLine = /^Tests:\s+(.*)$/m.exec(text)?.[1];
  if (jestLine) return { passed: count(jestLine, /(\d+) passed/), failed: count(jestLine, /(\d+) failed/) };
  const vitestLine = /^\s*Tests\s+(.*\(\d+\).*)$/m.exec(text)?.[1];
  if (vitestLine)
    return { passed: count(vitestLine, /(\d+) passed/), failed: count(vitestLine, /(\d+) failed/) };
  if (/^[ℹ#] pass \d+/m.test(text))
    return { passed: count(text, /^[ℹ#] pass (\d+)/m), failed: count(text, /^[ℹ#] fail (\d+)/m) };
  if (/^\s*\d+ pass$/m.test(text))
    return { passed: count(text, /^\s*(\d+) pass$/m), failed: count(text, /^\s*(\d+) fail$/m) };
  return { passed: 0, failed: 0, unreadable: true };
}

const indent = (text) => text.replace(/^/gm, '    ');
const tail = (text, lines = 80) => text.trimEnd().split('\n').slice(-lines).join('\n');

/**
 * Runs tsc (on this Node: it loads no runner code) over each of the group's types/ folders, with uses.mts
 * copied beside the folder's expect.mts. Resolves with one outcome for them all and the lines to log.
 */
async function checkTypes(group, folder, runnerVersion) {
  const start = performance.now();
  const checks = group.types.checks.join(', ');
  const packages = [...Object.keys(group.types.deps), 'typescript'].map(
    (pkg) => `${pkg} ${installedVersion(folder, pkg)}`,
  );
  const name = `types (${checks}) on ${[runnerVersion, ...packages].join(', ')}`;
  const tsc = join(folder, 'node_modules/typescript/bin/tsc');
  cpSync(join(here, 'types', 'tsconfig.base.json'), join(folder, 'types', 'tsconfig.base.json'));
  const failures = [];
  for (const check of group.types.checks) {
    const dir = join(folder, 'types', check);
    cpSync(join(here, 'types', check), dir, { recursive: true });
    cpSync(join(here, 'types', 'uses.mts'), join(dir, 'uses.mts'));
    const { code, output } = await run(process.execPath, [tsc, '-p', dir], { cwd: folder, env: plainOutput });
    if (code !== 0) failures.push({ check, code, output });
  }
  const seconds = secondsSince(start);
  if (!failures.length) {
    const detail = 'types ok';
    return { log: [`  ✔ ${name}: ${detail} (${seconds} s)`], outcome: { name, ok: true, detail, seconds } };
  }
  const errors = failures.reduce((sum, f) => sum + (f.output.match(/error TS\d+/g)?.length ?? 0), 0);
  const why = `tsc found ${errors} error(s) in ${failures.map((f) => f.check).join(', ')}`;
  const log = [`  ✘ ${name}: ${why} (${seconds} s)`];
  for (const f of failures)
    log.push(`    tsc -p types/${f.check} (exit ${f.code}):`, indent(tail(f.output, 150)));
  return { log, outcome: { name, ok: false, seconds, why } };
}

/** Installs one group and runs its suites; resolves with the printed log and one result per suite. */
async function runGroup(group, tarball) {
  const start = performance.now();
  const folder = makeTempDir(group.id.replace(/[^\w.-]/g, '-'));
  const log = [];
  const outcomes = [];
  // Every outcome the group owes the summary, so that a failure part-way still accounts for each.
  const planned = [...group.suites, ...(group.types ? ['types'] : [])];
  const deps = group.types ? { ...group.deps, ...typescript, ...group.types.deps } : group.deps;
  try {
    const install = await installTarball(folder, tarball, deps);
    if (install.code !== 0) {
      log.push(`  npm install failed (exit ${install.code}):`, indent(tail(install.output)));
      for (const suite of planned)
        outcomes.push({ name: `${suite} (${group.id})`, ok: false, why: 'install failed' });
      return { log, outcomes, seconds: secondsSince(start) };
    }
    cpSync(join(here, 'shared'), join(folder, 'shared'), { recursive: true });
    const runnerVersion = `${group.runner} ${installedVersion(folder, group.runner)}`;
    let versions = runnerVersion;
    if (group.node) {
      const node = await run(group.node[0], [...group.node.slice(1), '--version'], { cwd: folder });
      versions += `, node ${node.output.trim().split('\n').pop().replace(/^v/, '')}`;
    }
    log.push(`  installed in ${secondsSince(start)} s: ${versions}`);

    for (const suite of group.suites) {
      const suiteStart = performance.now();
      const dir = join(folder, 'suites', suite);
      mkdirSync(dir, { recursive: true });
      cpSync(join(here, 'suites', suite), dir, { recursive: true });
      const [command, ...args] = group.command(folder, dir);
      const { code, output } = await run(command, args, { cwd: dir, env: { CI: 'true', ...plainOutput } });
      const { passed, failed, unreadable } = summaryOf(output);
      const ok = code === 0 && passed > 0 && failed === 0;
      const name = `${suite} on ${versions}`;
      const why = ok
        ? ''
        : unreadable
          ? `no test summary in the output (exit ${code})`
          : passed === 0 && failed === 0
            ? `the runner ran no tests (exit ${code})`
            : `exit ${code}`;
      log.push(
        `  ${ok ? '✔' : '✘'} ${name}: ${passed} tests passed, ${failed} failed (${secondsSince(suiteStart)} s)${why ? ` — ${why}` : ''}`,
      );
      if (!ok || process.env.VERBOSE) log.push(indent(ok ? output.trimEnd() : tail(output, 150)));
      const detail = `${passed} tests`;
      outcomes.push({ name, ok, passed, failed, detail, seconds: secondsSince(suiteStart), why });
    }
    if (group.types) {
      const types = await checkTypes(group, folder, runnerVersion);
      log.push(...types.log);
      outcomes.push(types.outcome);
    }
  } catch (error) {
    log.push(`  ✘ ${error.stack ?? error}`);
    for (const suite of planned.slice(outcomes.length))
      outcomes.push({ name: `${suite} (${group.id})`, ok: false, why: error.message });
  } finally {
    cleanup(folder);
  }
  return { log, outcomes, seconds: secondsSince(start) };
}

const started = performance.now();
const filters = process.argv.slice(2);
const selected = filters.length ? groups.filter((g) => filters.some((f) => g.id.includes(f))) : groups;
if (!selected.length) {
  console.error(`No group matches ${filters.join(', ')}; groups: ${groups.map((g) => g.id).join(', ')}`);
  process.exit(2);
}

const packDir = makeTempDir('runners-pack');
let tarball;
try {
  // RUNNER_TARBALL: reuse a tarball already packed (handy while iterating on one runner).
  tarball = process.env.RUNNER_TARBALL || (await packTarball(packDir));
} catch (error) {
  console.error(error.message);
  console.log('0 passed, 1 failed');
  cleanup(packDir);
  process.exit(1);
}
console.log(`Runner suites from ${tarball}`);

// Two at a time by default: an install is mostly I/O, a runner mostly CPU, and the machine has two cores.
const concurrency = Number(process.env.RUNNER_CONCURRENCY) || Math.min(2, availableParallelism());
const queue = [...selected];
const all = [];
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    for (let group = queue.shift(); group; group = queue.shift()) {
      const result = await runGroup(group, tarball);
      console.log(`\n── ${group.id} (${result.seconds} s) ──\n${result.log.join('\n')}`);
      all.push(...result.outcomes.map((outcome) => ({ ...outcome, order: selected.indexOf(group) })));
    }
  }),
);
cleanup(packDir);

all.sort((a, b) => a.order - b.order);
const passed = all.filter((o) => o.ok);
const failed = all.filter((o) => !o.ok);
console.log(`\nRunner suites, ${secondsSince(started)} s in all:`);
for (const o of all)
  console.log(`  ${o.ok ? '✔' : '✘'} ${o.name}${o.ok ? `: ${o.detail}, ${o.seconds} s` : ` — ${o.why}`}`);
console.log(`${passed.length} passed, ${failed.length} failed`);
process.exitCode = failed.length ? 1 : 0;
