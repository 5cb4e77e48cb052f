// Text and bytes as the client sees them. Globals are read once here: inside jest's vm sandbox every global
// lookup costs a trip through the context's interceptor. Buffer is optional so the core also runs where
// only the web globals exist.

const NodeBuffer: typeof Buffer | undefined = (globalThis as { Buffer?: typeof Buffer }).Buffer;
const decodeAtob: ((text: string) => string) | undefined = (globalThis as { atob?: (t: string) => string })
  .atob;
const Bytes = Uint8Array;
const encoder = new TextEncoder();
// ignoreBOM keeps a leading U+FEFF in the text, so that `body` and `bodyBytes` always describe the same bytes.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const stringIsWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

export interface ClientBody {
  body: string;
  bodyBytes: Uint8Array;
}

/** The body the client gets when the front end sends `text` as UTF-8. */
export function textBody(text: string): ClientBody {
  if (isWellFormed(text)) return { body: text, bodyBytes: utf8Bytes(text) };
  // A lone surrogate cannot travel as UTF-8: the client reads U+FFFD there, so `body` says the same.
  const bodyBytes = encoder.encode(text);
  return { body: decoder.decode(bodyBytes), bodyBytes };
}

/** The body the client gets when the front end sends raw bytes (decoded base64). */
export function bytesBody(bytes: Uint8Array): ClientBody {
  return { body: decoder.decode(bytes), bodyBytes: bytes };
}

// Allocating an ArrayBuffer costs more than encoding a 2 KB body into it, so short texts are encoded into
// views of a shared slab, as Node pools small Buffers. The slab holds only our own encoded bodies.
const SLAB_SIZE = 64 * 1024;
const SHORT_TEXT = 4096;
let slab = new Bytes(0);
let slabUsed = 0;

/**
 * `text` in UTF-8. A short text's bytes are a view into a shared slab (like a pooled Buffer): its own bytes
 * are its own to change, but `.buffer` is the whole slab.
 */
export function utf8Bytes(text: string): Uint8Array {
  if (text === '') return new Bytes(0);
  if (text.length > SHORT_TEXT) return encoder.encode(text);
  // Each UTF-16 unit takes at most 3 bytes of UTF-8 (a surrogate pair takes 4 for 2 units).
  if (slab.length - slabUsed < 3 * text.length) {
    slab = new Bytes(SLAB_SIZE);
    slabUsed = 0;
  }
  const { written } = encoder.encodeInto(text, slab.subarray(slabUsed));
  const bytes = slab.subarray(slabUsed, slabUsed + written);
  slabUsed += written;
  return bytes;
}

export function isWellFormed(text: string): boolean {
  // Stryker disable next-line ConditionalExpression: equivalent, the fallback gives the same answer, only slower
  if (stringIsWellFormed) return stringIsWellFormed.call(text);
  return decoder.decode(encoder.encode(text)) === text;
}

/** UTF-8 length of `text`, which is how Lambda and ALB measure a payload. */
export function utf8Length(text: string): number {
  // byteLength measures a string as UTF-8 unless told otherwise.
  return NodeBuffer ? NodeBuffer.byteLength(text) : encoder.encode(text).length;
}

/** The UTF-8 length of `text` when it is over `limit`, else undefined; cheap for short texts. */
export function bytesOverLimit(text: string, limit: number): number | undefined {
  // Every UTF-16 code unit takes 1 to 3 bytes, so most texts are decided by their length alone.
  if (text.length * 3 <= limit) return undefined;
  const bytes = utf8Length(text);
  return bytes > limit ? bytes : undefined;
}

// Strict alphabet, no line breaks or spaces: MIME-style base64 with line breaks failed on ALB, and
// the URL-safe alphabet is a different encoding. Padding is optional, as in Java's and Go's decoders.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes `text` encodes, or undefined when it is not valid base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined;
  const padded = text.endsWith('=');
  const remainder = text.length % 4;
  if (padded ? remainder !== 0 : remainder === 1) return undefined;
  if (NodeBuffer) return new Bytes(NodeBuffer.from(text, 'base64'));
  if (!decodeAtob) return undefined;
  return Bytes.from(decodeAtob(text), (char) => char.charCodeAt(0));
}
