import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as entry from '../../../src/matchers/index.js';
import { matchers } from '../../../src/matchers/index.js';

const sourceDir = new URL('../../../src/matchers/', import.meta.url);
const matcherFiles = readdirSync(sourceDir)
  .filter((file) => /^to[A-Z]\w*\.ts$/.test(file))
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();

describe('lambda-proxy-matchers/matchers', () => {
  it('has one file per matcher, twelve in all', () => {
    expect(matcherFiles).toEqual([
      'toAcceptConnection',
      'toBeValidProxyResponse',
      'toHaveBody',
      'toHaveContentType',
      'toHaveCookie',
      'toHaveHeader',
      'toHaveJsonBody',
      'toHaveStatusCode',
      'toMatchJsonBody',
      'toRedirectTo',
      'toRejectConnection',
      'toSendFrame',
    ]);
  });

  it('puts every src/matchers/to*.ts in `matchers`, and nothing else', () => {
    expect(Object.keys(matchers).sort()).toEqual(matcherFiles);
  });

  it.each(matcherFiles)('exports %s by name, the same function as in `matchers`', async (name) => {
    const module = (await import(/* @vite-ignore */ new URL(`${name}.ts`, sourceDir).href)) as Record<
      string,
      unknown
    >;
    expect(typeof module[name]).toBe('function');
    expect((entry as Record<string, unknown>)[name]).toBe(module[name]);
    expect((matchers as Record<string, unknown>)[name]).toBe(module[name]);
  });
});
