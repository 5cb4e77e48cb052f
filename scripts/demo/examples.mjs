// Part of `npm run demo` (after the build): every example project run as a user would run it. Each one is
// copied to a temp folder with lambda-proxy-matchers pointed at the freshly packed tarball, installed, and
// then `npm test` must pass and `npm run broken` must fail; the broken run's output is shown, since those
// failure messages are what the library is for. The tree is left untouched (no node_modules in examples/).
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cleanup,
  makeTempDir,
  npmInstallFlags,
  packTarball,
  plainOutput,
  root,
  run,
  secondsSince,
} from '../../test/runners/packTarball.mjs';

const examplesDir = join(root, 'examples');
const only = process.argv.slice(2);
const examples = readdirSync(examplesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(examplesDir, entry.name, 'package.json')))
  .map((entry) => entry.name)
  .filter((name) => !only.length || only.includes(name))
  .sort();

// A failing run must fail on the matchers' messages, not on an error thrown while building them.
const CRASH = /\bTypeError\b|is not a function|ERR_INVALID_THIS/;

const rule = (title) => console.log(`\n${'═'.repeat(100)}\n  examples/${title}\n${'═'.repeat(100)}`);
const indent = (text) => text.trimEnd().replace(/^/gm, '  │ ');

/** Points every lambda-proxy-matchers dependency of the copied manifest at the tarball. */
function useTarball(dir, tarball) {
  const file = join(dir, 'package.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  for (const field of ['dependencies', 'devDependencies']) {
    if (manifest[field]?.['lambda-proxy-matchers'])
      manifest[field]['lambda-proxy-matchers'] = `file:${tarball}`;
  }
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Copies an example without anything a local run may have left behind. */
function copyExample(name, dest) {
  const skip = new Set(['node_modules', 'package-lock.json', '__pycache__', '.pytest_cache']);
  cpSync(join(examplesDir, name), dest, {
    recursive: true,
    filter: (source) => !skip.has(source.split(/[\\/]/).pop()),
  });
}

async function demo(name, tarball) {
  rule(name);
  const start = performance.now();
  const dir = makeTempDir(`example-${name}`);
  const problems = [];
  try {
    copyExample(name, dir);
    useTarball(dir, tarball);
    const install = await run('npm', ['install', ...npmInstallFlags], { cwd: dir });
    if (install.code !== 0) {
      console.log(indent(install.output));
      problems.push('npm install failed');
      return problems;
    }
    console.log(`\n▶ npm test (must pass)\n`);
    const test = await run('npm', ['test'], { cwd: dir, env: plainOutput });
    console.log(indent(test.output));
    if (test.code !== 0) problems.push('`npm test` failed');
    else console.log('\n✔ npm test passed');

    console.log(
      `\n▶ npm run broken (must fail: these are the messages a user sees for the broken handler)\n`,
    );
    const broken = await run('npm', ['run', 'broken'], { cwd: dir, env: plainOutput });
    console.log(indent(broken.output));
    if (broken.code === 0)
      problems.push('`npm run broken` passed, but the broken handler must fail its tests');
    else if (CRASH.test(broken.output))
      problems.push('`npm run broken` crashed inside the library instead of failing with its messages');
    else console.log(`\n✔ npm run broken failed, as it should (exit ${broken.code})`);
  } finally {
    cleanup(dir);
    console.log(
      `\n${problems.length ? '✘' : '✔'} examples/${name} (${secondsSince(start)} s)${problems.length ? `: ${problems.join('; ')}` : ''}`,
    );
  }
  return problems;
}

const packDir = makeTempDir('demo-pack');
const failures = [];
try {
  // RUNNER_TARBALL: reuse a tarball already packed, as test/runners/run.mjs allows.
  const tarball = process.env.RUNNER_TARBALL || (await packTarball(packDir));
  console.log(`Example projects, with lambda-proxy-matchers from ${tarball}`);
  for (const name of examples) {
    const problems = await demo(name, tarball);
    if (problems.length) failures.push(`${name}: ${problems.join('; ')}`);
  }
} catch (error) {
  failures.push(error.message);
} finally {
  cleanup(packDir);
}

console.log(`\nExamples: ${examples.length - failures.length} of ${examples.length} behaved as expected.`);
if (failures.length) {
  for (const failure of failures) console.error(`✘ ${failure}`);
  process.exit(1);
}
