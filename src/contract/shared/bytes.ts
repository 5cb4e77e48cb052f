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
  if (text === '') return { body: '', bodyBytes: new Bytes(0) };
  const bodyBytes = encoder.encode(text);
  // A lone surrogate cannot travel as UTF-8: the client reads U+FFFD there, so `body` says the same.
  return { body: isWellFormed(text) ? text : decoder.decode(bodyBytes), bodyBytes };
}

/** The body the client gets when the front end sends raw bytes (decoded base64). */
export function bytesBody(bytes: Uint8Array): ClientBody {
  return { body: decoder.decode(bytes), bodyBytes: bytes };
}

export function isWellFormed(text: string): boolean {
  if (stringIsWellFormed) return stringIsWellFormed.call(text);
  return decoder.decode(encoder.encode(text)) === text;
}

/** UTF-8 length of `text`, which is how Lambda and ALB measure a payload. */
export function utf8Length(text: string): number {
  return NodeBuffer ? NodeBuffer.byteLength(text, 'utf8') : encoder.encode(text).length;
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
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const remainder = text.length % 4;
  if (padding > 0 ? remainder !== 0 : remainder === 1) return undefined;
  if (NodeBuffer) return new Bytes(NodeBuffer.from(text, 'base64'));
  if (!decodeAtob) return undefined;
  const binary = decodeAtob(text);
  const bytes = new Bytes(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
