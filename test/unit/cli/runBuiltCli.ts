// Runs the built command as a user runs it: `node dist/esm/cli.js …` (npm test builds before the unit tests).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const CLI = resolve('dist/esm/cli.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runBuiltCli(
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
): CliResult {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before these tests`);
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  // The report must not depend on the colour settings of whoever runs the tests.
  if (options.env?.NO_COLOR === undefined) delete env.NO_COLOR;
  if (options.env?.FORCE_COLOR === undefined) delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input ?? '',
    env,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
