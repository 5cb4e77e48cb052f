import { isBytes } from '../../internal/isBytes.js';
import { describe, failInit } from './eventInitError.js';

/** A request body as the event carries it. */
export interface RequestBody {
  /** The text, or base64 for bytes; `undefined` when there is none. */
  body: string | undefined;
  base64: boolean;
  /** The Content-Type a client would send for `json` or bytes, unless the caller set one. */
  impliedContentType: string | undefined;
}

const NO_BODY: RequestBody = Object.freeze({ body: undefined, base64: false, impliedContentType: undefined });

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function jsonText(factory: string, value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    failInit(factory, `json cannot be serialised (${(error as Error).message}); pass plain data`);
  }
  if (text === undefined)
    failInit(factory, `json must be JSON data; ${describe(value)} serialises to nothing`);
  return text;
}

/**
 * The body from `init.body` (text or bytes), `init.json` (a value to serialise) or a shortcut's body argument
 * (`restApi.post(path, body)`: text and bytes as they are, anything else as JSON); only one may be given.
 * @example requestBody('restApi.post', undefined, undefined, { a: 1 }).body // '{"a":1}'
 */
export function requestBody(
  factory: string,
  body: unknown,
  json: unknown,
  shortcutBody: unknown,
): RequestBody {
  let raw = body;
  let value = json;
  if (shortcutBody !== undefined) {
    if (raw !== undefined || value !== undefined) {
      failInit(factory, 'the body argument and init.body/init.json both set a body; pass it once');
    }
    if (typeof shortcutBody === 'string' || isBytes(shortcutBody)) raw = shortcutBody;
    else value = shortcutBody;
  }
  if (raw !== undefined && value !== undefined) {
    failInit(factory, 'pass either body (the raw text or bytes) or json (a value to serialise), not both');
  }
  let result: RequestBody;
  if (typeof raw === 'string') result = { body: raw, base64: false, impliedContentType: undefined };
  else if (isBytes(raw)) {
    result = { body: toBase64(raw), base64: true, impliedContentType: 'application/octet-stream' };
  } else if (raw !== undefined) {
    failInit(factory, `body must be a string or a Uint8Array; got ${describe(raw)} (pass objects as json)`);
  } else if (value !== undefined) {
    result = { body: jsonText(factory, value), base64: false, impliedContentType: 'application/json' };
  } else return NO_BODY;
  // An empty body is no body on the wire: REST says null, 2.0 omits the key, ALB says "".
  return result.body === '' ? NO_BODY : result;
}
