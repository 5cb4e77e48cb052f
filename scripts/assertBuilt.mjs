// `prepack`: refuse to pack a tarball without the built JavaScript. A failed `npm run build` still leaves
// the declarations behind, and a tarball of only .d.ts files installs cleanly and fails at the first import.
import { existsSync } from 'node:fs';

const missing = ['dist/esm/index.js', 'dist/cjs/index.js', 'dist/esm/index.d.ts', 'dist/esm/cli.js'].filter(
  (file) => !existsSync(file),
);
if (missing.length > 0) {
  console.error(`npm pack: ${missing.join(', ')} missing: run \`npm run build\` first.`);
  process.exit(1);
}
