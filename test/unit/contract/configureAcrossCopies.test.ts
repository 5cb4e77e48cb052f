// configure() from one copy of the built library reaches the other (ESM and CommonJS). It spawns node over
// dist/, so it lives apart from the in-process tests (the mutation run, which mutates src/, leaves it out).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('configure(): one setting for every copy of the library in a process', () => {
  const esm = new URL('../../../dist/esm/index.js', import.meta.url);
  const cjs = new URL('../../../dist/cjs/index.js', import.meta.url);

  it('a CommonJS configure() is what the ESM copy judges and runs by, and the reverse', () => {
    if (!existsSync(esm) || !existsSync(cjs))
      throw new Error('dist/ is missing: run `npm run build` before these tests');
    const script = `
      const { createRequire } = require('node:module');
      const cjs = createRequire(${JSON.stringify(cjs.pathname)})(${JSON.stringify(cjs.pathname)});
      import(${JSON.stringify(esm.href)}).then((esm) => {
        const seen = [];
        cjs.configure({ integration: 'http-2.0' });
        seen.push(esm.inspectProxyResult({ message: 'hi' }).integration);
        esm.configure({ integration: 'alb' });
        seen.push(cjs.inspectProxyResult({ statusCode: 200 }).integration);
        cjs.configure({ runtime: 'nodejs22.x' });
        seen.push(typeof esm.lambdaContext().succeed);
        esm.configure({ runtime: 'nodejs24.x' });
        seen.push(typeof cjs.lambdaContext().succeed);
        console.log(JSON.stringify(seen));
      });`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(['http-2.0', 'alb', 'function', 'undefined']);
  });
});
