// `npm run mutation [-- stryker options]`: Stryker (stryker.config.mjs) needs Node 22 or newer, while the
// library supports Node 20. On an older Node, run Stryker on Node 22 fetched through npx (cached after the
// first run), as the runner suites do; on 22 or newer, on this Node. The arguments pass through, so
// `npm run mutation -- --mutate src/contract/integrations/alb.ts` mutates one file.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const stryker = fileURLToPath(
  new URL('../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url),
);
const major = Number(process.versions.node.split('.')[0]);
const node = major >= 22 ? [process.execPath] : ['npx', '--yes', '--prefer-offline', '-p', 'node@22', 'node'];
const [command, ...prefix] = node;
const { status, error } = spawnSync(command, [...prefix, stryker, 'run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (error) throw error;
process.exitCode = status ?? 1;
