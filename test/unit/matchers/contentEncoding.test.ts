// Issue 9 §4: the body matchers read the body as fetch does, with Content-Encoding undone, while the outcome
// keeps the bytes on the wire; and a 2.0 result with a body but no statusCode names its fix under them.
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configure } from '../../../src/contract/configure.js';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import { toHaveBody } from '../../../src/matchers/toHaveBody.js';
import { toHaveJsonBody } from '../../../src/matchers/toHaveJsonBody.js';
import { toMatchJsonBody } from '../../../src/matchers/toMatchJsonBody.js';
import { bunLikeContext, failureMessage, thrownMessage } from './bunLikeContext.js';
import { failureOf } from './support.js';

expect.extend({ toHaveBody, toHaveJsonBody, toMatchJsonBody });

const data = { user: { id: 'u1', name: 'Ada' }, items: [1, 2, 3] };
const text = JSON.stringify(data);

/** What middy's http-content-encoding middleware returns: the compressed bytes, base64-encoded. */
function encoded(coding: string, bytes: Uint8Array) {
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'application/json', 'Content-Encoding': coding },
    body: Buffer.from(bytes).toString('base64'),
    isBase64Encoded: true,
  };
}

const codings: [coding: string, compress: (input: Buffer) => Uint8Array][] = [
  ['gzip', gzipSync],
  ['x-gzip', gzipSync],
  ['br', brotliCompressSync],
  ['deflate', deflateSync],
  ['deflate', deflateRawSync],
  ['GZIP', gzipSync],
];

beforeEach(() => {
  configure({ integration: 'http-2.0' });
});

afterEach(() => {
  configure({ integration: 'rest' });
});

describe('Content-Encoding', () => {
  it.each(codings)('decodes %s as a client does, for every body matcher', (coding, compress) => {
    const result = encoded(coding, compress(Buffer.from(text)));
    expect(result).toHaveJsonBody(data);
    expect(result).toHaveJsonBody();
    expect(result).toMatchJsonBody({ user: { name: 'Ada' } });
    expect(result).toHaveBody(text);
    expect(result).toHaveBody(Buffer.from(text));
  });

  it('undoes several codings last first, across values and lines, skipping identity', () => {
    const twice = brotliCompressSync(gzipSync(Buffer.from(text)));
    expect(encoded('gzip, br', twice)).toHaveJsonBody(data);
    expect(encoded('identity, gzip,br', twice)).toHaveBody(text);
    configure({ integration: 'alb-multi-value' });
    expect({
      statusCode: 200,
      multiValueHeaders: { 'Content-Encoding': ['gzip', 'br'] },
      body: Buffer.from(twice).toString('base64'),
      isBase64Encoded: true,
    }).toHaveJsonBody(data);
  });

  it('skips empty items of the list, and names every line of a coding it cannot decode', () => {
    expect(encoded('gzip, ', gzipSync(Buffer.from(text)))).toHaveJsonBody(data);
    configure({ integration: 'alb-multi-value' });
    const twoLines = {
      statusCode: 200,
      multiValueHeaders: { 'Content-Encoding': ['zstd', 'gzip'] },
      body: Buffer.from(gzipSync(Buffer.from(text))).toString('base64'),
      isBase64Encoded: true,
    };
    expect(failureOf(() => expect(twoLines).toHaveBody(text))).toMatch(
      /sent with Content-Encoding: zstd, gzip, and a client cannot decode the coding "zstd" \(it knows gzip, br and deflate\); send one of those, or no Content-Encoding\./,
    );
  });

  it('leaves the outcome as it is on the wire', () => {
    const gzipped = gzipSync(Buffer.from(text));
    const outcome = inspectProxyResult(encoded('gzip', gzipped), { integration: 'http-2.0' });
    expect(outcome).toHaveJsonBody(data);
    expect(Buffer.from(outcome.response.bodyBytes).equals(gzipped)).toBe(true);
    expect(outcome.response.headers['content-encoding']).toEqual(['gzip']);
  });

  it('fails on the decoded body, saying it was decoded, without .not', () => {
    const result = encoded('br', brotliCompressSync(Buffer.from(text)));
    const json = failureOf(() => expect(result).toHaveJsonBody({ ...data, items: [] }));
    expect(json).toMatch(/Expected response body to equal the expected JSON/);
    expect(json).toMatch(
      /Body decoded from br \(Content-Encoding\), as a client does; \d+ bytes on the wire\./,
    );
    const subset = failureOf(() => expect(result).toMatchJsonBody({ user: { name: 'Grace' } }));
    expect(subset).toMatch(/"Ada"/);
    expect(subset).toMatch(/Body decoded from br/);
    const body = failureOf(() => expect(result).toHaveBody('nope'));
    expect(body).toContain(`Received body: "${text}"`);
    expect(body).toMatch(/Body decoded from br/);
  });

  it('fails on the decoded body, saying it was decoded, with .not', () => {
    const result = encoded('gzip, br', brotliCompressSync(gzipSync(Buffer.from(text))));
    for (const message of [
      failureOf(() => expect(result).not.toHaveJsonBody(data)),
      failureOf(() => expect(result).not.toHaveJsonBody()),
      failureOf(() => expect(result).not.toMatchJsonBody({ items: [1, 2, 3] })),
      failureOf(() => expect(result).not.toHaveBody(text)),
    ]) {
      expect(message).toMatch(/Expected response body not to/);
      expect(message).toMatch(/Body decoded from br, then gzip \(Content-Encoding\)/);
    }
  });

  it('fails either way on a coding a client cannot decode, naming it', () => {
    const result = encoded('zstd', Buffer.from(text));
    const why =
      /the client cannot read it: it is sent with Content-Encoding: zstd, and a client cannot decode the coding "zstd" \(it knows gzip, br and deflate\)/;
    expect(failureOf(() => expect(result).toHaveJsonBody(data))).toMatch(why);
    expect(failureOf(() => expect(result).not.toHaveJsonBody(data))).toMatch(why);
    expect(failureOf(() => expect(result).not.toHaveJsonBody())).toMatch(/fails with or without \.not/);
    expect(failureOf(() => expect(result).toHaveJsonBody(data))).toMatch(
      /Expected response body to equal the expected JSON, but the client cannot/,
    );
    expect(failureOf(() => expect(result).toHaveJsonBody())).toMatch(
      /Expected response body to be JSON, but the client cannot/,
    );
    expect(failureOf(() => expect(result).toMatchJsonBody({}))).toMatch(why);
    expect(failureOf(() => expect(result).toMatchJsonBody({}))).toMatch(
      /Expected response body to match the subset, but the client cannot/,
    );
    expect(failureOf(() => expect(result).not.toHaveBody('x'))).toMatch(why);
  });

  it('fails either way on bytes that do not decode, with the fix', () => {
    const corrupt = encoded('gzip', Buffer.from('not gzip at all'));
    const why =
      /Content-Encoding: gzip, and the bytes do not decode as gzip \(.+\); send the compressed bytes base64-encoded/;
    expect(failureOf(() => expect(corrupt).toHaveBody('x'))).toMatch(why);
    expect(failureOf(() => expect(corrupt).not.toHaveBody('x'))).toMatch(why);
    expect(failureOf(() => expect(corrupt).not.toHaveBody(Buffer.from('x')))).toMatch(why);
    expect(failureOf(() => expect(corrupt).not.toHaveBody(Buffer.from('x')))).toMatch(
      /Expected response body not to be the expected bytes, but the client cannot/,
    );
    expect(failureOf(() => expect(corrupt).not.toMatchJsonBody({}))).toMatch(why);
  });

  it('reads an empty body as empty, whatever its Content-Encoding, as fetch does', () => {
    const empty = { statusCode: 204, headers: { 'content-encoding': 'br' } };
    expect(empty).toHaveBody('');
    expect(empty).toHaveBody(new Uint8Array(0));
    expect(failureOf(() => expect(empty).toHaveBody('x'))).not.toMatch(/decoded/);
    expect(failureOf(() => expect(empty).not.toHaveBody(''))).toMatch(
      /Expected response body not to be the expected text/,
    );
  });

  it('fails either way on REST, where the base64 text reaches the client undecoded', () => {
    configure({ integration: 'rest' });
    const result = encoded('gzip', gzipSync(Buffer.from(text)));
    const why = /the bytes do not decode as gzip .*on REST, under a binary media type too/;
    expect(failureOf(() => expect(result).toHaveJsonBody(data))).toMatch(why);
    expect(failureOf(() => expect(result).not.toHaveJsonBody(data))).toMatch(why);
  });

  it('decodes and fails the same with a bun-like context', () => {
    const ctx = bunLikeContext();
    const result = encoded('deflate', deflateSync(Buffer.from(text)));
    expect(failureMessage(ctx, toHaveJsonBody, result, { other: true })).toMatch(/Body decoded from deflate/);
    const not = bunLikeContext({ isNot: true });
    expect(thrownMessage(not, toHaveBody, encoded('zstd', Buffer.from('x')), 'x')).toMatch(/"zstd"/);
  });
});

describe('a 2.0 result with a body but no statusCode', () => {
  // Sent whole as the JSON body of a 200; the warning's fix is what the failure must name.
  const forgot = { body: text, headers: { 'content-type': 'application/json' } };
  const fix = /statusCode: .*add statusCode: 200\. \(H2-\d+\)/;

  it('names the fix when a body matcher fails, without .not', () => {
    expect(failureOf(() => expect(forgot).toHaveJsonBody(data))).toMatch(fix);
    expect(failureOf(() => expect(forgot).toMatchJsonBody({ user: { id: 'u1' } }))).toMatch(fix);
    expect(failureOf(() => expect(forgot).toHaveBody(text))).toMatch(fix);
  });

  it('names the fix when a body matcher fails, with .not', () => {
    expect(failureOf(() => expect(forgot).not.toHaveJsonBody())).toMatch(fix);
    expect(failureOf(() => expect(forgot).not.toMatchJsonBody({ body: text }))).toMatch(fix);
    expect(failureOf(() => expect(forgot).not.toHaveBody(/"body"/))).toMatch(fix);
  });
});
