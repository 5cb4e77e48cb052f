// `npm run demo`: the contract core on bundled results, then the example projects as a user would run them.
import { spawnSync } from 'node:child_process';

for (const part of ['scripts/demo/core.mjs', 'scripts/demo/examples.mjs']) {
  const { status } = spawnSync(process.execPath, [part], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
