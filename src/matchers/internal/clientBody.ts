// The body as a client's HTTP library hands it over: `fetch` (and axios, got, a browser) undo Content-Encoding
// before the caller sees a byte, so a handler behind middy's http-content-encoding middleware is read gzip-free.
// The outcome's `response.body`/`bodyBytes` stay what is on the wire; only the body matchers read through this.
import type * as Zlib from 'node:zlib';
import type { ClientResponse } from '../../contract/types.js';
import type { MatcherContext } from './context.js';
import { headerValues } from './headerValues.js';
import { failsEitherWay } from './messages.js';
import { dim } from './utils.js';

let zlib: typeof Zlib | undefined;

// Loaded on the first encoded body, not at import: node:zlib takes about 3 ms to load, which every test file
// that registers the matchers would pay (docs/speed.md). getBuiltinModule is synchronous in ESM and CJS alike.
function loadZlib(): typeof Zlib {
  zlib ??= process.getBuiltinModule?.('node:zlib');
  if (zlib === undefined) {
    throw new Error('undoing Content-Encoding needs process.getBuiltinModule (Node.js 20.16 or later, bun)');
  }
  return zlib;
}

/** What a client decodes, by the names RFC 9110 §8.4.1 registers (x-gzip is gzip's old alias). */
const DECODERS: Readonly<Record<string, (bytes: Uint8Array) => Uint8Array>> = {
  gzip: (bytes) => loadZlib().gunzipSync(bytes),
  'x-gzip': (bytes) => loadZlib().gunzipSync(bytes),
  br: (bytes) => loadZlib().brotliDecompressSync(bytes),
  // "deflate" means zlib-wrapped (RFC 9110 §8.4.1.2), but some servers send raw deflate; clients accept both.
  deflate: (bytes) => {
    const { inflateRawSync, inflateSync } = loadZlib();
    try {
      return inflateSync(bytes);
    } catch {
      return inflateRawSync(bytes);
    }
  },
};

const utf8 = new TextDecoder();

/** The body the client reads, and the codings undone to get it (`[]` when it was sent as is). */
export interface ClientBody {
  text: string;
  bytes: Uint8Array;
  codings: string[];
  /** Bytes on the wire, before decoding. */
  wireLength: number;
}

/**
 * The body after undoing Content-Encoding, as `fetch` does: codings listed in several values or lines are undone
 * last first (`gzip, br` was gzipped, then brotli-compressed); `identity` is no coding. An unknown coding or
 * bytes that do not decompress throw a failure `.not` cannot pass: the client reads no such body, so neither a
 * claim about it nor its negation holds. `title` and `claim` word that failure ("Expected response body to …").
 * @example clientBody(ctx, title, claim, gzipped.response).codings // ['gzip']
 */
export function clientBody(
  ctx: MatcherContext,
  title: () => string,
  claim: () => string,
  response: ClientResponse,
): ClientBody {
  const { body, bodyBytes } = response;
  const lines = headerValues(response, 'content-encoding');
  const codings: string[] = [];
  if (lines !== undefined) {
    for (const line of lines) {
      for (const item of line.split(',')) {
        const coding = item.trim().toLowerCase();
        if (coding !== '' && coding !== 'identity') codings.push(coding);
      }
    }
  }
  // An empty body has nothing to decode: browsers and fetch hand over '' whatever the header says (a 204 or a
  // 304 often keeps the Content-Encoding of the representation it stands for).
  if (codings.length === 0 || bodyBytes.length === 0) {
    return { text: body, bytes: bodyBytes, codings: [], wireLength: bodyBytes.length };
  }
  let bytes = bodyBytes;
  for (let i = codings.length - 1; i >= 0; i--) {
    const coding = codings[i]!;
    const decode = DECODERS[coding];
    if (decode === undefined) {
      throw undecodable(
        ctx,
        title,
        claim,
        lines!,
        `a client cannot decode the coding "${coding}" (it knows gzip, br and deflate)`,
        'send one of those, or no Content-Encoding',
      );
    }
    try {
      bytes = decode(bytes);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw undecodable(
        ctx,
        title,
        claim,
        lines!,
        `the bytes do not decode as ${coding} (${why})`,
        'send the compressed bytes base64-encoded with isBase64Encoded: true (on REST, under a binary media type too)',
      );
    }
  }
  return { text: utf8.decode(bytes), bytes, codings, wireLength: bodyBytes.length };
}

function undecodable(
  ctx: MatcherContext,
  title: () => string,
  claim: () => string,
  lines: readonly string[],
  why: string,
  fix: string,
): Error {
  const header = lines.join(', ');
  return failsEitherWay(
    `${title()}\n\nExpected response body ${ctx.isNot === true ? 'not ' : ''}to ${claim()}, but the client cannot ` +
      `read it: it is sent with Content-Encoding: ${header}, and ${why}; ${fix}. A body the client cannot decode ` +
      'fails with or without .not.',
  );
}

/** `Body decoded from gzip (Content-Encoding), 48 bytes on the wire.`, dimmed, after a message's rows; `''` for a plain body. */
export function decodedRemark(ctx: MatcherContext, decoded: ClientBody): string {
  if (decoded.codings.length === 0) return '';
  const order = [...decoded.codings].reverse().join(', then ');
  return `\n\n${dim(ctx, `Body decoded from ${order} (Content-Encoding), as a client does; ${decoded.wireLength} bytes on the wire.`)}`;
}
