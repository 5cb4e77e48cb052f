// `npm run test:types`: type-checks each test/types/<runner> folder with its own tsconfig (isolated `types`,
// `noUncheckedSideEffectImports`). The <runner> folders import src; the dist-<runner> folders import the built
// package through its exports map, as a user's tsc does, and are skipped (said so) when it is not built. Then
// checks that the emitted vitest .d.ts keeps its `import 'vitest'` line. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
const typesDir = join(root, 'test/types');
const failures = [];

for (const name of readdirSync(typesDir).sort()) {
  const project = join(typesDir, name);
  if (!existsSync(join(project, 'tsconfig.json'))) continue;
  if (name.startsWith('dist-') && !existsSync(join(root, 'dist/esm/index.d.ts'))) {
    console.log(`skip  test/types/${name} (not built; run npm run build)`);
    continue;
  }
  const started = Date.now();
  const { status, stdout, stderr } = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
  const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (status === 0) {
    console.log(`ok    test/types/${name} (${took})`);
  } else {
    console.log(`FAIL  test/types/${name} (${took})\n${stdout}${stderr}`);
    failures.push(`test/types/${name}`);
  }
}

// tsc drops `import { expect } from 'vitest'` from a .d.ts; only the bare import survives, and without it
// vitest consumers silently lose every matcher type (aws-sdk-client-mock #252).
const vitestTypes = join(root, 'dist/esm/vitest.d.ts');
if (existsSync(vitestTypes)) {
  const text = readFileSync(vitestTypes, 'utf8');
  if (/^import ['"]vitest['"];?$/m.test(text) && text.includes("declare module 'vitest'")) {
    console.log('ok    dist/esm/vitest.d.ts keeps import "vitest" and its augmentation');
  } else {
    console.log('FAIL  dist/esm/vitest.d.ts lost its `import "vitest"` line or its augmentation');
    failures.push('dist/esm/vitest.d.ts');
  }
} else {
  console.log('skip  dist/esm/vitest.d.ts (not built; run npm run build)');
}

if (failures.length > 0) {
  console.log(`\n${failures.length} type test(s) failed: ${failures.join(', ')}`);
  process.exit(1);
}
