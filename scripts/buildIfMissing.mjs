// `prepack`: build when the built JavaScript is missing, so `npm pack` from a fresh clone gives a working tarball.
// A failed `npm run build` can leave the declarations behind, and a tarball of only .d.ts files installs cleanly
// and fails at the first import, so every file the package's entry points need is checked, not dist/ alone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needed = ['dist/esm/index.js', 'dist/cjs/index.js', 'dist/esm/index.d.ts', 'dist/esm/cli.js'];
const missing = needed.filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`npm pack: ${missing.join(', ')} missing: running \`npm run build\` first.`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const { status } = spawnSync(npm, ['run', 'build'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  const still = needed.filter((file) => !existsSync(file));
  if (status !== 0 || still.length > 0) {
    console.error(
      `npm pack: the build failed${still.length > 0 ? `; still missing: ${still.join(', ')}` : ''}.`,
    );
    process.exit(1);
  }
}
