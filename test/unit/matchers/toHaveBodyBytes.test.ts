// toHaveBody with a Uint8Array: byte-exact, with the lengths and a hex view around the first difference.
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configure } from '../../../src/contract/configure.js';
import { toHaveBody } from '../../../src/matchers/toHaveBody.js';
import { bunLikeContext, failureMessage } from './bunLikeContext.js';
import { failureOf } from './support.js';

expect.extend({ toHaveBody });

const png = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff,
]);
const image = {
  statusCode: 200,
  headers: { 'content-type': 'image/png' },
  body: png.toString('base64'),
  isBase64Encoded: true,
};

beforeEach(() => {
  configure({ integration: 'http-2.0' });
});

afterEach(() => {
  configure({ integration: 'rest' });
});

describe('toHaveBody(bytes)', () => {
  it('passes on the same bytes, as a Buffer, a Uint8Array or one from another realm', () => {
    expect(image).toHaveBody(png);
    expect(image).toHaveBody(new Uint8Array(png));
    expect(image).toHaveBody(runInNewContext(`new Uint8Array([${[...png].join(',')}])`));
    expect({ statusCode: 200, body: 'héllo' }).toHaveBody(Buffer.from('héllo'));
    expect({ statusCode: 204 }).toHaveBody(new Uint8Array(0));
  });

  it('fails at the first differing byte, with both lengths and the bytes around it in hex', () => {
    const other = Buffer.from(png);
    other[12] = 0x4a;
    const message = failureOf(() => expect(image).toHaveBody(other));
    expect(message).toContain(
      'Expected response body to be the expected bytes, but it differs from byte 12.\n\n' +
        'Expected bytes: 17 bytes: … 0d 0a 1a 0a 00 00 00 0d [4a] 48 44 52 ff (from byte 4)\n' +
        'Received bytes: 17 bytes: … 0d 0a 1a 0a 00 00 00 0d [49] 48 44 52 ff (from byte 4)',
    );
  });

  it('fails on a length difference, marking where the shorter ends', () => {
    const message = failureOf(() => expect(image).toHaveBody(png.subarray(0, 3)));
    expect(message).toMatch(/to be the expected bytes, but it is 17 bytes long, not 3\./);
    expect(message).toContain('Expected bytes: 3 bytes: 89 50 4e [end] (from byte 0)');
    expect(message).toContain('Received bytes: 17 bytes: 89 50 4e [47] 0d 0a 1a 0a 00 00 00 … (from byte 0)');
  });

  it('says "1 byte" for a single byte', () => {
    const one = { statusCode: 200, body: Buffer.from('y').toString('base64'), isBase64Encoded: true };
    expect(failureOf(() => expect(one).toHaveBody(Buffer.from('x')))).toContain(
      'Expected bytes: 1 byte: [78]',
    );
  });

  it('fails when the body sent is a prefix of the expected bytes, naming only the lengths', () => {
    const message = failureOf(() => expect(image).toHaveBody(Buffer.concat([png, Buffer.from([0])])));
    expect(message).toMatch(/to be the expected bytes, but it is 17 bytes long, not 18\./);
  });

  it('fails against text bytes when the body differs', () => {
    const message = failureOf(() => expect({ statusCode: 200, body: 'abc' }).toHaveBody(Buffer.from('abd')));
    expect(message).toContain('Expected bytes: 3 bytes: 61 62 [64] (from byte 0)');
    expect(message).toContain('Received bytes: 3 bytes: 61 62 [63] (from byte 0)');
  });

  it('with .not, fails on the same bytes', () => {
    const message = failureOf(() => expect(image).not.toHaveBody(png));
    expect(message).toMatch(
      /^expect\(received\)\.not\.toHaveBody\(expected\)\n\nExpected response body not to be the expected bytes\.\n/,
    );
    expect(message).toContain('Expected bytes: not 17 bytes: 89 50 4e 47 0d 0a 1a 0a … (from byte 0)');
  });

  it('with .not, passes on other bytes', () => {
    expect(image).not.toHaveBody(Buffer.from('x'));
  });

  it('fails the same with a bun-like context', () => {
    expect(failureMessage(bunLikeContext(), toHaveBody, image, Buffer.from('x'))).toMatch(
      /differs from byte 0 and is 17 bytes long, not 1\./,
    );
    expect(failureMessage(bunLikeContext({ isNot: true }), toHaveBody, image, png)).toMatch(
      /not to be the expected bytes/,
    );
  });
});
