// `npm run test:package` (after `npm run build`): the published tarball, checked the way a user meets it.
// attw and publint judge the manifest and the types; then the tarball is installed into a fresh folder and
// every entry point is loaded through the real `exports` map, with `import` and with `require`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cleanup,
  installedVersion,
  installTarball,
  makeTempDir,
  packTarball,
  root,
  run,
  secondsSince,
} from '../test/runners/packTarball.mjs';

const MATCHERS = [
  'toBeValidProxyResponse',
  'toHaveStatusCode',
  'toHaveHeader',
  'toHaveContentType',
  'toHaveBody',
  'toHaveJsonBody',
  'toMatchJsonBody',
  'toHaveCookie',
  'toRedirectTo',
];
const ROOT_EXPORTS = [
  'inspectProxyResult',
  'inspectProxyError',
  'restApiEvent',
  'httpApiEvent',
  'httpApiV1Event',
  'albEvent',
  'functionUrlEvent',
  'latticeEvent',
  'lattice',
  'webSocketEvent',
  'webSocket',
  'judgeWebSocket',
  'restApi',
  'httpApi',
  'lambdaContext',
  'invoke',
  'invokeHttp',
  'matchers',
  'configure',
  'installAwsLambdaGlobals',
];

// The same checks twice, once per module system. Each line that fails prints itself; the exit code says
// whether any did. `load` is `import()` or `require`; `resolve` is import.meta.resolve or require.resolve.
const body = (load, resolve, kind) => `
const MATCHERS = ${JSON.stringify(MATCHERS)};
const ROOT_EXPORTS = ${JSON.stringify(ROOT_EXPORTS)};
let failed = 0;
const check = async (what, fn) => {
  try { await fn(); console.log('  ok   ${kind} ' + what); }
  catch (error) { failed++; console.log('  FAIL ${kind} ' + what + ': ' + (error && error.message || error).split('\\n').slice(0, 6).join('\\n         ')); }
};
const need = (ok, message) => { if (!ok) throw new Error(message); };
const main = async () => {
  await check("'lambda-proxy-matchers' exports the public API", async () => {
    const lib = await ${load}('lambda-proxy-matchers');
    const missing = ROOT_EXPORTS.filter((name) => lib[name] === undefined);
    need(missing.length === 0, 'missing exports: ' + missing.join(', '));
    need(typeof lib.restApi.get === 'function', 'restApi.get is not a function');
    const event = lib.restApi.get('/items');
    need(event.httpMethod === 'GET' && event.path === '/items', 'restApi.get built ' + JSON.stringify(event).slice(0, 200));
  });
  await check("'lambda-proxy-matchers/matchers' exports every matcher", async () => {
    const { matchers } = await ${load}('lambda-proxy-matchers/matchers');
    need(matchers && typeof matchers === 'object', 'no matchers object');
    const missing = MATCHERS.filter((name) => typeof matchers[name] !== 'function');
    need(missing.length === 0, 'missing matchers: ' + missing.join(', '));
    const extra = Object.keys(matchers).filter((name) => !MATCHERS.includes(name));
    need(extra.length === 0, 'unexpected matchers: ' + extra.join(', '));
  });
  await check("'lambda-proxy-matchers/jest' resolves (it needs jest's runtime to load)", async () => {
    need(/jest\\.c?js$/.test(${resolve}('lambda-proxy-matchers/jest')), 'resolved to an unexpected file');
  });
  await check("'lambda-proxy-matchers/expect' registers the matchers on the standalone expect", async () => {
    await ${load}('lambda-proxy-matchers/expect');
    const { expect } = await ${load}('expect');
    for (const name of MATCHERS) need(typeof expect({})[name] === 'function', 'expect(x).' + name + ' is missing');
    // The setup entry registers stand-ins: the built default set loads on the first matcher call, not before.
    const { cache } = (await ${load}('node:module')).createRequire(process.cwd() + '/');
    const defaults = () => Object.keys(cache).some((file) => file.includes('matchers') && file.endsWith('defaults.js'));
    need(!defaults(), 'importing the setup entry loaded the default matchers');
    const good = { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: '{"ok":true}' };
    expect(good).toHaveStatusCode(200);
    need(defaults(), 'the first matcher call did not load the default matchers');
    expect(good).toHaveJsonBody({ ok: true });
    let threw = false;
    try { expect({ statusCode: 200, body: { ok: true } }).toBeValidProxyResponse(); } catch { threw = true; }
    need(threw, 'toBeValidProxyResponse passed an object body');
  });
  await check("'lambda-proxy-matchers/globals' installs the runtime's awslambda global", async () => {
    delete globalThis.awslambda;
    await ${load}('lambda-proxy-matchers/globals');
    const g = globalThis.awslambda;
    need(g && typeof g.streamifyResponse === 'function', 'no awslambda.streamifyResponse');
    need(typeof g.HttpResponseStream.from === 'function', 'no awslambda.HttpResponseStream.from');
    const handler = async () => {};
    need(g.streamifyResponse(handler) === handler, 'streamifyResponse did not return the same function');
    need(handler[Symbol.for('aws.lambda.runtime.handler.streaming')] === 'response', 'the handler is not marked');
  });
  await check("'lambda-proxy-matchers/package.json' resolves", async () => {
    need(/package\\.json$/.test(${resolve}('lambda-proxy-matchers/package.json')), 'not resolved');
  });
`;

const esm = `${body('import', 'import.meta.resolve', 'import ')}
  await check("'lambda-proxy-matchers/vitest' resolves for import (ESM only by design)", async () => {
    need(/vitest\\.js$/.test(import.meta.resolve('lambda-proxy-matchers/vitest')), 'not resolved');
  });
  process.exitCode = failed ? 1 : 0;
};
main();
`;

const cjs = `${body('require', 'require.resolve', 'require')}
  await check("'lambda-proxy-matchers/vitest' is not offered to require (ESM only by design)", async () => {
    let code;
    try { require.resolve('lambda-proxy-matchers/vitest'); } catch (error) { code = error.code; }
    need(code === 'ERR_PACKAGE_PATH_NOT_EXPORTED', 'require.resolve gave ' + (code || 'a file'));
  });
  process.exitCode = failed ? 1 : 0;
};
main();
`;

const failures = [];
const step = async (title, fn) => {
  const start = performance.now();
  console.log(`\n▶ ${title}`);
  const ok = await fn();
  console.log(`${ok ? '✔' : '✘'} ${title} (${secondsSince(start)} s)`);
  if (!ok) failures.push(title);
};
const tool = (name) =>
  join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
// A tool's full report is shown when it fails; on success, only the lines `keep` picks (default: all).
const echoed = async (command, args, options, keep = () => true) => {
  const { code, output } = await run(command, args, options);
  const lines = output.trimEnd().split('\n');
  console.log((code === 0 ? lines.filter(keep) : lines).join('\n').replace(/^/gm, '  '));
  return code === 0;
};
// attw's per-resolution lines: "node16 (from CJS): 🟢 (CJS)" and the like.
const resolutionLine = (line) =>
  /^\s*(node10|node16|bundler)\b.*:/.test(line) || /^"lambda-proxy-matchers/.test(line);

const started = performance.now();
const packDir = makeTempDir('pack');
const installDir = makeTempDir('install');
try {
  let tarball;
  await step('npm pack', async () => {
    tarball = await packTarball(packDir);
    console.log(`  ${tarball}`);
    return true;
  });
  await step('attw (strict profile; ./vitest left out: it is ESM-only on purpose)', () =>
    echoed(
      tool('attw'),
      [tarball, '--exclude-entrypoints', './vitest', '--format', 'ascii', '--no-color'],
      {},
      resolutionLine,
    ),
  );
  await step('attw ./vitest (esm-only profile)', () =>
    echoed(
      tool('attw'),
      [tarball, '--entrypoints', './vitest', '--profile', 'esm-only', '--format', 'ascii', '--no-color'],
      {},
      resolutionLine,
    ),
  );
  await step('publint --strict', () => echoed(tool('publint'), ['run', tarball, '--strict']));
  await step('install the tarball (with expect) into a fresh folder', async () => {
    const { code, output } = await installTarball(installDir, tarball, { expect: '^30.0.0' });
    if (code !== 0) process.stdout.write(output);
    else
      console.log(
        `  lambda-proxy-matchers ${installedVersion(installDir, 'lambda-proxy-matchers')}, expect ${installedVersion(installDir, 'expect')}`,
      );
    return code === 0;
  });
  if (!failures.length) {
    writeFileSync(join(installDir, 'check.mjs'), esm);
    writeFileSync(join(installDir, 'check.cjs'), cjs);
    await step('import every entry point (ESM)', () =>
      echoed(process.execPath, ['check.mjs'], { cwd: installDir }),
    );
    await step('require every entry point (CommonJS)', () =>
      echoed(process.execPath, ['check.cjs'], { cwd: installDir }),
    );
    await step('the command runs: npx lambda-proxy-matchers --help', async () => {
      const { code, output } = await run('npx', ['--no-install', 'lambda-proxy-matchers', '--help'], {
        cwd: installDir,
      });
      const ok = code === 0 && /Usage: lambda-proxy-matchers/.test(output);
      console.log(`  ${ok ? output.trim().split('\n')[0] : output}`);
      return ok;
    });
  }
} catch (error) {
  failures.push(error.message);
  console.error(`\n✘ ${error.message}`);
} finally {
  cleanup(packDir);
  cleanup(installDir);
}

console.log(`\ntest:package finished in ${secondsSince(started)} s`);
if (failures.length) {
  console.error(`test:package FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('test:package: the tarball is sound (attw, publint, import and require of every entry point).');
