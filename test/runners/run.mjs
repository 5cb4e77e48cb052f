// `npm run test:runners` (after `npm run build`): the same behaviour cases (shared/cases.cjs) under every
// supported runner, each installed from the packed tarball into a throwaway folder, so every import goes
// through the published `exports` map. A suite passes when the runner exits 0, reports tests run (> 0) and
// none failed. Usage: node test/runners/run.mjs [group-filter ...]
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

/**
 * One install per group; each of its suites is a folder under suites/ run with the group's command.
 * `runner` names the package whose installed version the summary prints. The lowest supported vitest (3.0)
 * is tested as well as the newest 3.x: matcher utilities such as `printWithType` arrived within 3.x.
 */
const defineGroup = (id, runner, deps, suites, command, node = node20) => ({
  id,
  runner,
  deps,
  suites,
  command,
  node,
});
const groups = [
  defineGroup('jest-29', 'jest', { jest: '^29.7.0' }, ['jest'], jest),
  defineGroup('jest-30', 'jest', { jest: '^30.0.0' }, ['jest', 'jest-globals'], jest),
  defineGroup('vitest-3.0', 'vitest', { vitest: '~3.0.0' }, ['vitest'], vitest(node20)),
  defineGroup('vitest-3', 'vitest', { vitest: '^3.0.0' }, ['vitest'], vitest(node20)),
  defineGroup('vitest-4', 'vitest', { vitest: '^4.0.0' }, ['vitest'], vitest(node20)),
  defineGroup('vitest-5', 'vitest', { vitest: '^5.0.0' }, ['vitest'], vitest(node22), node22),
  defineGroup('node-test+expect-29', 'expect', { expect: '^29.7.0' }, ['node-test'], nodeTest(node20)),
  defineGroup('node-test+expect-30', 'expect', { expect: '^30.0.0' }, ['node-test'], nodeTest(node20)),
  defineGroup(
    'node-test+expect-30-node-24',
    'expect',
    { expect: '^30.0.0' },
    ['node-test'],
    nodeTest(node24),
    node24,
  ),
  // bun runs on its own engine; `node: null` leaves Node out of its label.
  defineGroup('bun', 'bun', { bun: '^1.1.0' }, ['bun'], bun, null),
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

/** Installs one group and runs its suites; resolves with the printed log and one result per suite. */
async function runGroup(group, tarball) {
  const start = performance.now();
  const folder = makeTempDir(group.id.replace(/[^\w.-]/g, '-'));
  const log = [];
  const outcomes = [];
  try {
    const install = await installTarball(folder, tarball, group.deps);
    if (install.code !== 0) {
      log.push(`  npm install failed (exit ${install.code}):`, indent(tail(install.output)));
      for (const suite of group.suites)
        outcomes.push({ name: `${suite} (${group.id})`, ok: false, why: 'install failed' });
      return { log, outcomes, seconds: secondsSince(start) };
    }
    cpSync(join(here, 'shared'), join(folder, 'shared'), { recursive: true });
    let versions = `${group.runner} ${installedVersion(folder, group.runner)}`;
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
      outcomes.push({ name, ok, passed, failed, seconds: secondsSince(suiteStart), why });
    }
  } catch (error) {
    log.push(`  ✘ ${error.stack ?? error}`);
    for (const suite of group.suites.slice(outcomes.length))
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
  console.log(
    `  ${o.ok ? '✔' : '✘'} ${o.name}${o.ok ? `: ${o.passed} tests, ${o.seconds} s` : ` — ${o.why}`}`,
  );
console.log(`${passed.length} passed, ${failed.length} failed`);
process.exitCode = failed.length ? 1 : 0;
