import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as entry from '../../../src/matchers/index.js';
import { matchers, streamMatchers, webSocketMatchers } from '../../../src/matchers/index.js';

const sourceDir = new URL('../../../src/matchers/', import.meta.url);
const matcherFiles = readdirSync(sourceDir)
  .filter((file) => /^to[A-Z]\w*\.ts$/.test(file))
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();

describe('lambda-proxy-matchers/matchers', () => {
  it('has one file per matcher, fifteen in all', () => {
    expect(matcherFiles).toEqual([
      'toAcceptConnection',
      'toBeValidProxyResponse',
      'toCompleteStream',
      'toHaveBody',
      'toHaveContentType',
      'toHaveCookie',
      'toHaveHeader',
      'toHaveJsonBody',
      'toHaveServerSentEvents',
      'toHaveStatusCode',
      'toHaveWrittenChunks',
      'toMatchJsonBody',
      'toRedirectTo',
      'toRejectConnection',
      'toSendFrame',
    ]);
  });

  it('puts every src/matchers/to*.ts in `matchers`, `webSocketMatchers` or `streamMatchers`, and nothing else', () => {
    expect(Object.keys(streamMatchers).sort()).toEqual([
      'toCompleteStream',
      'toHaveServerSentEvents',
      'toHaveWrittenChunks',
    ]);
    expect(Object.keys(webSocketMatchers).sort()).toEqual([
      'toAcceptConnection',
      'toRejectConnection',
      'toSendFrame',
    ]);
    expect(
      [...Object.keys(matchers), ...Object.keys(webSocketMatchers), ...Object.keys(streamMatchers)].sort(),
    ).toEqual(matcherFiles);
  });

  it.each(matcherFiles)('exports %s by name, the same function as in its matchers object', async (name) => {
    const module = (await import(/* @vite-ignore */ new URL(`${name}.ts`, sourceDir).href)) as Record<
      string,
      unknown
    >;
    expect(typeof module[name]).toBe('function');
    expect((entry as Record<string, unknown>)[name]).toBe(module[name]);
    const all: Record<string, unknown> = { ...matchers, ...webSocketMatchers, ...streamMatchers };
    expect(all[name]).toBe(module[name]);
  });
});
