// The matchers' speed budgets, measured side by side in one run against the built package (dist/):
//   1. import cost of each setup entry point, above importing the runner's own expect (child processes, medians);
//   2. each matcher on a passing 2 KB response against its hand-written equivalent, in jest's standalone
//      `expect` and in vitest's expect (@vitest/expect + chai, wired as vitest wires them);
//   3. what registering the matchers costs the user's own `toBe` in jest's expect.
// Usage: node bench/matchers.bench.mjs [--dist <dir>] [--quick]   (default dist: ./dist, from `npm run build`)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';

const argv = process.argv.slice(2);
const distAt = argv.indexOf('--dist');
const dist = distAt >= 0 ? resolve(argv[distAt + 1]) : fileURLToPath(new URL('../dist', import.meta.url));
const quick = argv.includes('--quick');
const engineAt = argv.indexOf('--engine');
const engine = engineAt >= 0 ? argv[engineAt + 1] : undefined;
const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${dist}/esm/matchers/index.js`)) {
  console.error(`No build at ${dist}: run npm run build first (or pass --dist <dir>).`);
  process.exit(1);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (n, digits = 2) => n.toFixed(digits);
const verdict = (ok) => (ok ? 'ok' : 'OVER');

// ---------------------------------------------------------------------------------------------------------------
// 1. Import cost. Each child times only its own imports (performance.now() around them), so process start-up
// noise stays out; scenarios are interleaved so that machine load hits them alike.
// ---------------------------------------------------------------------------------------------------------------
const cjs = (file) => JSON.stringify(`${dist}/cjs/${file}`);
const esm = (file) => JSON.stringify(pathToFileURL(`${dist}/esm/${file}`).href);
// Outside jest, `@jest/globals` cannot load; the jest entry is timed with it answered by `expect` (which is what
// jest's runtime hands out), the same way for the baseline.
const jestGlobals =
  "const M=require('module');const r=M._resolveFilename;M._resolveFilename=function(q,...a){return r.call(this,q==='@jest/globals'?'expect':q,...a)};";
const timed = (body) => `const t=performance.now();${body};console.log(performance.now()-t)`;
const importScenarios = [
  {
    entry: 'lambda-proxy-matchers/expect (CJS)',
    base: { type: 'cjs', code: timed("require('expect')") },
    test: { type: 'cjs', code: timed(`require(${cjs('expect.js')})`) },
  },
  {
    entry: 'lambda-proxy-matchers/expect (ESM)',
    base: { type: 'esm', code: timed("await import('expect')") },
    test: { type: 'esm', code: timed(`await import(${esm('expect.js')})`) },
  },
  {
    entry: 'lambda-proxy-matchers/jest (CJS)',
    base: { type: 'cjs', code: jestGlobals + timed("require('@jest/globals')") },
    test: { type: 'cjs', code: jestGlobals + timed(`require(${cjs('jest.js')})`) },
  },
  // Not a setup entry: the library's matchers themselves, loaded whole (bun's preload extends expect with them
  // once per process). Measured for reference; the budget is the setup entries', which load the core lazily.
  {
    entry: 'lambda-proxy-matchers/matchers (CJS) + expect',
    library: true,
    base: { type: 'cjs', code: timed("require('expect')") },
    test: { type: 'cjs', code: timed(`require('expect');require(${cjs('matchers/index.js')})`) },
  },
  {
    entry: 'lambda-proxy-matchers/matchers (ESM) + expect',
    library: true,
    base: { type: 'esm', code: timed("await import('expect')") },
    test: { type: 'esm', code: timed(`await import('expect');await import(${esm('matchers/index.js')})`) },
  },
  {
    entry: 'lambda-proxy-matchers/vitest (ESM)',
    base: { type: 'esm', code: timed("await import('vitest')") },
    test: { type: 'esm', code: timed(`await import(${esm('vitest.js')})`) },
  },
];

function runChild({ type, code }) {
  const args = type === 'esm' ? ['--input-type=module', '-e', code] : ['-e', code];
  const { stdout, status, stderr } = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (status !== 0) throw new Error(`child failed: ${stderr}`);
  return Number(stdout.trim());
}

const IMPORT_RUNS = quick ? 7 : 31;
const IMPORT_BUDGET_MS = 5;
function measureImports() {
  console.log(`\n1. Import cost above the runner's expect (median of ${IMPORT_RUNS} child processes each)\n`);
  console.log(
    `${'entry point'.padEnd(48)}${'expect alone'.padStart(14)}${'with entry'.padStart(12)}${'extra'.padStart(10)}  budget`,
  );
  const importRows = [];
  for (const scenario of importScenarios) {
    const base = [];
    const test = [];
    for (let i = 0; i < IMPORT_RUNS; i++) {
      base.push(runChild(scenario.base));
      test.push(runChild(scenario.test));
    }
    const extra = median(test) - median(base);
    importRows.push({ ...scenario, extra });
    console.log(
      `${scenario.entry.padEnd(48)}${`${fmt(median(base), 1)} ms`.padStart(14)}${`${fmt(median(test), 1)} ms`.padStart(12)}` +
        `${`+${fmt(extra, 1)} ms`.padStart(10)}  ${scenario.library ? '(library entry, no budget)' : `${verdict(extra <= IMPORT_BUDGET_MS)} (≤ +${IMPORT_BUDGET_MS} ms)`}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Each matcher on a passing 2 KB response against the hand-written assertion a user would otherwise write.
// ---------------------------------------------------------------------------------------------------------------
const { matchers } = await import(pathToFileURL(`${dist}/esm/matchers/index.js`).href);
const { inspectProxyResult } = await import(pathToFileURL(`${dist}/esm/index.js`).href);

const items = [];
let body = '';
for (let id = 0; body.length < 2048; id++) {
  items.push({ id, name: `item ${id}`, done: id % 2 === 0 });
  body = JSON.stringify({ total: items.length, items });
}
const data = JSON.parse(body);
const response = {
  statusCode: 200,
  headers: { 'content-type': 'application/json', 'set-cookie': 'session=abc123; Path=/; HttpOnly' },
  body,
};
const redirect = { statusCode: 302, headers: { location: '/login' }, body: `<p>${'x'.repeat(2040)}</p>` };
const subset = { total: data.total };

/** [matcher, hand-written equivalent] for each matcher, given an engine's expect. */
const pairs = (expect) => [
  [
    'toBeValidProxyResponse',
    () => expect(response).toBeValidProxyResponse(),
    () => expect(response).toBe(response),
  ],
  [
    'toHaveStatusCode',
    () => expect(response).toHaveStatusCode(200),
    () => expect(response.statusCode).toBe(200),
  ],
  [
    'toHaveHeader',
    () => expect(response).toHaveHeader('content-type', 'application/json'),
    () => expect(response.headers['content-type']).toBe('application/json'),
  ],
  [
    'toHaveContentType',
    () => expect(response).toHaveContentType('application/json'),
    () => expect(response.headers['content-type'].split(';')[0]).toBe('application/json'),
  ],
  ['toHaveBody', () => expect(response).toHaveBody(body), () => expect(response.body).toBe(body)],
  [
    'toHaveJsonBody',
    () => expect(response).toHaveJsonBody(data),
    () => expect(JSON.parse(response.body)).toEqual(data),
  ],
  [
    'toMatchJsonBody',
    () => expect(response).toMatchJsonBody(subset),
    () => expect(JSON.parse(response.body)).toMatchObject(subset),
  ],
  [
    'toHaveCookie',
    () => expect(response).toHaveCookie('session', 'abc123'),
    () => expect(response.headers['set-cookie']).toMatch(/^session=abc123(;|$)/),
  ],
  [
    'toRedirectTo',
    () => expect(redirect).toRedirectTo('/login', 302),
    () => {
      expect(redirect.statusCode).toBe(302);
      expect(redirect.headers.location).toBe('/login');
    },
  ],
];

// Two baselines that isolate the costs: the framework's custom-matcher call alone, and a custom matcher that
// only asks the core for the outcome (what every matcher must do before reading anything).
const noop = {
  toBeNoop() {
    return { pass: true, message: () => '' };
  },
  toBeCoreOnly(received) {
    return { pass: inspectProxyResult(received).accepted, message: () => '' };
  },
};

async function jestEngine() {
  const { expect } = await import('expect');
  expect.extend(matchers);
  expect.extend(noop);
  return expect;
}

// vitest's `expect` only works inside a run; outside one, build it from @vitest/expect and chai as vitest does.
async function vitestEngine() {
  const require = createRequire(createRequire(`${root}/package.json`).resolve('vitest'));
  const chai = await import(pathToFileURL(require.resolve('chai')).href);
  const vx = await import(pathToFileURL(require.resolve('@vitest/expect')).href);
  chai.use(vx.JestExtend);
  chai.use(vx.JestChaiExpect);
  chai.use(vx.JestAsymmetricMatchers);
  const expect = (value, message) => {
    const { assertionCalls } = vx.getState(expect);
    vx.setState({ assertionCalls: assertionCalls + 1 }, expect);
    return chai.expect(value, message);
  };
  Object.assign(expect, chai.expect);
  Object.assign(expect, globalThis[vx.ASYMMETRIC_MATCHERS_OBJECT]);
  expect.getState = () => vx.getState(expect);
  expect.setState = (state) => vx.setState(state, expect);
  vx.setState({ assertionCalls: 0, isExpectingAssertions: false, testPath: '', currentTestName: '' }, expect);
  expect.extend = (m) => chai.expect.extend(expect, m);
  globalThis[vx.GLOBAL_EXPECT] = expect;
  expect.extend(matchers);
  expect.extend(noop);
  return expect;
}

const MATCHER_BUDGET = 1.2;
const benchTime = quick ? 150 : 600;
const p50 = (task) => task.result.latency.p50 * 1000; // µs

async function measureEngine(label, expect) {
  const bench = new Bench({ time: benchTime, warmup: true });
  bench.add('toBe', () => expect(200).toBe(200));
  bench.add('no-op custom matcher', () => expect(response).toBeNoop());
  bench.add('core: inspectProxyResult', () => inspectProxyResult(response));
  bench.add('core-only custom matcher', () => expect(response).toBeCoreOnly());
  for (const [name, matcher, hand] of pairs(expect)) {
    bench.add(name, matcher);
    bench.add(`${name} (hand-written)`, hand);
  }
  await bench.run();
  const byName = new Map(bench.tasks.map((task) => [task.name, p50(task)]));
  console.log(`\n2. ${label}: each matcher on a passing 2 KB response (median µs per assertion)\n`);
  console.log(
    `   toBe ${fmt(byName.get('toBe'))} µs; a custom matcher that does nothing ${fmt(byName.get('no-op custom matcher'))} µs; ` +
      `the contract core alone (inspectProxyResult) ${fmt(byName.get('core: inspectProxyResult'))} µs;`,
  );
  const coreOnly = byName.get('core-only custom matcher');
  console.log(`   a custom matcher that only calls the core ${fmt(coreOnly)} µs\n`);
  // "vs core-only": what the matcher adds on top of a custom matcher that only calls the core.
  console.log(
    `${'matcher'.padEnd(24)}${'matcher'.padStart(9)}${'hand'.padStart(9)}${'ratio'.padStart(8)}` +
      `${'vs core-only'.padStart(14)}  budget (≤ ${MATCHER_BUDGET}× hand-written)`,
  );
  const rows = [];
  for (const [name] of pairs(expect)) {
    const mine = byName.get(name);
    const hand = byName.get(`${name} (hand-written)`);
    const ratio = mine / hand;
    rows.push({ name, mine, hand, ratio });
    console.log(
      `${name.padEnd(24)}${fmt(mine).padStart(9)}${fmt(hand).padStart(9)}${`${fmt(ratio)}×`.padStart(8)}` +
        `${`${fmt(mine / coreOnly)}×`.padStart(14)}  ${verdict(ratio <= MATCHER_BUDGET)}`,
    );
  }
  return rows;
}

/** One engine per process: jest's expect and @vitest/expect both claim the same global matcher registry. */
async function measureInChild(name) {
  const args = [
    fileURLToPath(import.meta.url),
    '--dist',
    dist,
    '--engine',
    name,
    ...(quick ? ['--quick'] : []),
  ];
  const { status } = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) throw new Error(`the ${name} benchmark failed`);
}

async function runEngine(name) {
  const expect = name === 'jest' ? await jestEngine() : await vitestEngine();
  // Every pair must pass before it is timed, or the numbers mean nothing.
  for (const [, matcher, hand] of pairs(expect)) {
    matcher();
    hand();
  }
  await measureEngine(
    name === 'jest' ? "jest's standalone expect" : "vitest's expect (@vitest/expect + chai)",
    expect,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Registration: jest's expect() builds closures for every registered matcher on every call, so registering
// ours slows every assertion of the suite. Separate processes (registration cannot be undone), alternated.
// ---------------------------------------------------------------------------------------------------------------
const toBeChild = (register) =>
  `import { Bench } from 'tinybench'; import { expect } from 'expect';` +
  (register ? `await import(${esm('expect.js')});` : '') +
  `const b = new Bench({ time: ${quick ? 200 : 500}, warmup: true }); b.add('toBe', () => expect(1).toBe(1));` +
  `await b.run(); console.log(b.tasks[0].result.latency.p50 * 1000);`;
const REGISTRATION_BUDGET = 1.15;
const rounds = quick ? 3 : 7;
function measureRegistration() {
  const without = [];
  const withOurs = [];
  for (let i = 0; i < rounds; i++) {
    without.push(runChild({ type: 'esm', code: toBeChild(false) }));
    withOurs.push(runChild({ type: 'esm', code: toBeChild(true) }));
  }
  const slowdown = median(withOurs) / median(without);
  console.log(
    `\n3. jest's expect: the user's own toBe with and without our matchers registered (${rounds} rounds)\n`,
  );
  console.log(
    `toBe ${fmt(median(without))} µs → ${fmt(median(withOurs))} µs with the 9 matchers: ${fmt(slowdown, 3)}×  ` +
      `${verdict(slowdown <= REGISTRATION_BUDGET)} (≤ ${REGISTRATION_BUDGET}×)`,
  );
}

if (engine) {
  await runEngine(engine);
} else {
  measureImports();
  await measureInChild('jest');
  await measureInChild('vitest');
  measureRegistration();
}
