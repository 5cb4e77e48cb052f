// The byte helpers read Buffer, atob and String.prototype.isWellFormed once, at import; without Buffer (web
// globals only) or isWellFormed they must give the same answers.
import { afterEach, describe, expect, it, vi } from 'vitest';

type BytesModule = typeof import('../../../../src/contract/fields/bytes.js');

async function freshBytes(): Promise<BytesModule> {
  vi.resetModules();
  return import('../../../../src/contract/fields/bytes.js');
}

const isWellFormed = Object.getOwnPropertyDescriptor(String.prototype, 'isWellFormed');

afterEach(() => {
  vi.unstubAllGlobals();
  if (isWellFormed) Object.defineProperty(String.prototype, 'isWellFormed', isWellFormed);
});

const CASES: [string, (m: BytesModule) => unknown, unknown][] = [
  ['decodes base64', (m) => m.decodeBase64('aGk='), new Uint8Array([104, 105])],
  ['decodes unpadded base64', (m) => m.decodeBase64('aGk'), new Uint8Array([104, 105])],
  ['decodes bytes above 127', (m) => m.decodeBase64('/+8='), new Uint8Array([0xff, 0xef])],
  ['rejects invalid base64', (m) => m.decodeBase64('a'), undefined],
  ['rejects line breaks', (m) => m.decodeBase64('aGk=\n'), undefined],
  ['rejects the URL-safe alphabet', (m) => m.decodeBase64('-_8='), undefined],
  ['rejects padding in the middle', (m) => m.decodeBase64('aG=k'), undefined],
  ['measures UTF-8', (m) => m.utf8Length('aé😀'), 1 + 2 + 4],
  ['replaces lone surrogates', (m) => m.textBody('a\uD800').body, 'a\uFFFD'],
  ['keeps a BOM', (m) => m.bytesBody(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).body, '\uFEFFa'],
  ['decides a short text by its length', (m) => m.bytesOverLimit('abc', 9), undefined],
  ['counts bytes near the limit', (m) => m.bytesOverLimit('ééé', 5), 6],
];

describe('bytes', () => {
  it.each(CASES)('with Buffer: %s', async (_name, run, expected) => {
    expect(run(await freshBytes())).toEqual(expected);
  });

  it.each(CASES)('without Buffer (atob and TextEncoder only): %s', async (_name, run, expected) => {
    vi.stubGlobal('Buffer', undefined);
    expect(run(await freshBytes())).toEqual(expected);
  });

  it.each(CASES)('without String.prototype.isWellFormed: %s', async (_name, run, expected) => {
    Object.defineProperty(String.prototype, 'isWellFormed', {
      value: undefined,
      configurable: true,
      writable: true,
    });
    expect(run(await freshBytes())).toEqual(expected);
  });
});
