// Cross-platform `rm -rf` for the build, so the scripts need nothing beyond Node.
import { rmSync } from 'node:fs';

for (const dir of process.argv.slice(2)) rmSync(dir, { recursive: true, force: true });
