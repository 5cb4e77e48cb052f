// Shared plumbing for the scripts that test the package as a user gets it: pack the tarball once, install it
// into throwaway folders, run commands there. Used by test/runners/run.mjs, scripts/checkPackage.mjs and
// scripts/demo/examples.mjs, so all three see the very same `exports` map and `files` list that npm publishes.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above this file). */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Flags for every `npm install` here: no audit or fund round trips, and the shared cache before the network. */
export const npmInstallFlags = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];

/**
 * Plain output from every runner: NO_COLOR turns off vitest's and bun's colours, and FORCE_COLOR must go,
 * since vitest reads any FORCE_COLOR, even "0", as a request for colour.
 */
export const plainOutput = { NO_COLOR: '1', FORCE_COLOR: undefined };

const KEEP_NPM = /^npm_config_(cache|registry|userconfig|globalconfig|prefer_offline|offline)$/i;

/** The `npm` executable to spawn; Windows needs the `.cmd` shim. */
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** A fresh folder under the OS temp dir, removed by `cleanup()` unless KEEP_RUNNER_DIRS is set. */
export function makeTempDir(prefix) {
  return mkdtempSync(join(tmpdir(), `lpm-${prefix}-`));
}

/** Removes a folder made by `makeTempDir`, or says where it is when the caller asked to keep it. */
export function cleanup(dir) {
  if (process.env.KEEP_RUNNER_DIRS) console.log(`(kept ${dir})`);
  else rmSync(dir, { recursive: true, force: true });
}

/**
 * Runs a command and resolves with its exit code and output (never rejects on a non-zero exit).
 * `echo: true` streams the output as it comes, for commands whose output the user should see.
 * @example const { code, output } = await run('npm', ['test'], { cwd });
 */
export function run(command, args, { cwd = root, env = {}, echo = false, timeoutMs = 10 * 60_000 } = {}) {
  const cmd = command === 'npm' ? npm : command;
  // An `undefined` in `env` removes that variable rather than passing the text "undefined". The variables
  // `npm run` gives this script (npm_config_local_prefix, npm_lifecycle_event, …) describe the repository,
  // not the throwaway folder, so they stay behind; where the cache and registry are still carries over.
  const childEnv = Object.fromEntries(
    Object.entries({ ...process.env, ...env }).filter(
      ([name, value]) =>
        value !== undefined && name !== 'INIT_CWD' && (!/^npm_/i.test(name) || KEEP_NPM.test(name)),
    ),
  );
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, {
      cwd,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    let output = '';
    const take = (chunk) => {
      output += chunk;
      if (echo) process.stdout.write(chunk);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const timer = setTimeout(() => {
      output += `\n[timed out after ${timeoutMs / 1000} s]\n`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolvePromise({ code: 127, output: `${output}\n${error.message}\n` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? (signal ? 128 : 1), output });
    });
  });
}

/**
 * `npm pack` of the repository into `destDir`; returns the tarball's absolute path.
 * Throws with the fix when `dist/` is missing, since the tarball would then hold no code.
 * @example const tarball = await packTarball(makeTempDir('pack'));
 */
export async function packTarball(destDir) {
  if (
    !existsSync(join(root, 'dist', 'esm', 'index.js')) ||
    !existsSync(join(root, 'dist', 'cjs', 'index.js'))
  ) {
    throw new Error('dist/ is missing or incomplete: run `npm run build` first, then this script.');
  }
  const { code, output } = await run('npm', [
    'pack',
    '--json',
    '--pack-destination',
    destDir,
    '--loglevel=error',
  ]);
  if (code !== 0) throw new Error(`npm pack failed (exit ${code}):\n${output}`);
  const json = output.slice(output.indexOf('['));
  const [info] = JSON.parse(json);
  return join(destDir, info.filename);
}

/**
 * Writes a package.json into `dir` with the tarball and `devDependencies`, then `npm install`s it.
 * Resolves with the install's exit code and output.
 * @example await installTarball(dir, tarball, { jest: '^30' });
 */
export async function installTarball(dir, tarball, devDependencies = {}, extra = {}) {
  const manifest = {
    name: `lpm-check-${Date.now()}`,
    private: true,
    ...extra,
    devDependencies: { 'lambda-proxy-matchers': `file:${tarball}`, ...devDependencies },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return run('npm', ['install', ...npmInstallFlags], { cwd: dir });
}

/** The version of a package installed under `dir`, or `'?'` when it cannot be read. */
export function installedVersion(dir, name) {
  try {
    return JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

/** Seconds since `start` (a `performance.now()` value), one decimal. */
export function secondsSince(start) {
  return ((performance.now() - start) / 1000).toFixed(1);
}
