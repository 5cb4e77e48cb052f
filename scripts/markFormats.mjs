// Each half of the dual build gets its own package.json type marker, so Node (and bundlers)
// read dist/esm as ES modules and dist/cjs as CommonJS whatever the root "type" says.
import { writeFileSync } from 'node:fs';

writeFileSync('dist/esm/package.json', `${JSON.stringify({ type: 'module' })}\n`);
writeFileSync('dist/cjs/package.json', `${JSON.stringify({ type: 'commonjs' })}\n`);
