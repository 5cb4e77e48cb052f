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
  // Padding makes a whole block of 4 or it is wrong: Buffer alone would read 'aG=' as 'h'.
  ['rejects padding short of a block', (m) => m.decodeBase64('aG='), undefined],
  ['rejects double padding short of a block', (m) => m.decodeBase64('a=='), undefined],
  ['tells well-formed text', (m) => [m.isWellFormed('aé😀'), m.isWellFormed('a\uD800')], [true, false]],
  // Stryker's placeholder text: the shortcut for '' must test for '' and nothing else.
  [
    'encodes any short text',
    (m) => m.utf8Bytes('Stryker was here!'),
    new TextEncoder().encode('Stryker was here!'),
  ],
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

  // Node's Buffer is enough: a sandbox without atob still decodes.
  it.each(CASES)('with Buffer but without atob: %s', async (_name, run, expected) => {
    vi.stubGlobal('atob', undefined);
    expect(run(await freshBytes())).toEqual(expected);
  });

  it('with neither Buffer nor atob, reads no base64 rather than throwing', async () => {
    vi.stubGlobal('Buffer', undefined);
    vi.stubGlobal('atob', undefined);
    expect((await freshBytes()).decodeBase64('aGk=')).toBeUndefined();
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

// Short texts are encoded into a shared 64 KB slab, as Node pools small Buffers: allocating an ArrayBuffer per
// body costs more than encoding it. The bytes are the same either way; these pin the pooling itself.
describe('utf8Bytes pooling', () => {
  const SLAB = 64 * 1024;
  const block = 'a'.repeat(4096);

  it('puts short texts, up to 4096 units, side by side in one slab', async () => {
    const { utf8Bytes, textBody } = await freshBytes();
    const first = utf8Bytes('abc');
    const second = textBody(block).bodyBytes;
    expect(first.buffer.byteLength).toBe(SLAB);
    expect(second.buffer).toBe(first.buffer);
    expect(second.byteOffset).toBe(3);
    expect([...first]).toEqual([97, 98, 99]);
  });

  it('gives an empty text and a text over 4096 units buffers of their own', async () => {
    const { utf8Bytes } = await freshBytes();
    utf8Bytes('abc');
    expect(utf8Bytes('').buffer.byteLength).toBe(0);
    const long = `${block}a`;
    expect(utf8Bytes(long).buffer.byteLength).toBe(long.length);
  });

  it('starts a new slab only when the room left is less than 3 bytes a unit', async () => {
    const { utf8Bytes } = await freshBytes();
    const first = utf8Bytes(block);
    // 13 blocks leave 12288 bytes: just room for a 14th at 3 bytes a unit, and not for a 15th.
    for (let i = 1; i < 13; i++) utf8Bytes(block);
    const last = utf8Bytes(block);
    expect(last.buffer).toBe(first.buffer);
    expect(last.byteOffset).toBe(13 * 4096);
    const next = utf8Bytes(block);
    expect(next.buffer).not.toBe(first.buffer);
    expect(next.byteOffset).toBe(0);
  });

  it('decides bytesOverLimit by length alone while 3 bytes a unit fit the limit', async () => {
    const { bytesOverLimit } = await freshBytes();
    const byteLength = vi.spyOn(Buffer, 'byteLength');
    try {
      expect(bytesOverLimit('abc', 9)).toBeUndefined();
      expect(byteLength).not.toHaveBeenCalled();
      expect(bytesOverLimit('abc', 8)).toBeUndefined();
      expect(byteLength).toHaveBeenCalledTimes(1);
    } finally {
      byteLength.mockRestore();
    }
  });
});
