// `check --stream`: raw response-stream bytes (the prelude framing included) from any runtime — Go, Rust, the
// Lambda Web Adapter, a saved InvokeWithResponseStream payload — judged by the same core as invokeHttp's.
import { type InspectOptions, inspectStreamedResponse, type ProxyOutcome } from '../index.js';

const VND = 'application/vnd.awslambda.http-integration-response';
const PRELUDE_LIMIT = 16 * 1024;

export interface StreamCheck {
  outcome: ProxyOutcome;
  /** How the input was read, for the report's last lines. */
  notes: string[];
}

/**
 * The outcome of a byte stream. Without `contentType` the runtime's Content-Type is inferred from the bytes:
 * the HttpResponseStream type when 8 NUL bytes follow a JSON object in the first 16 KB, else octet-stream.
 */
export function checkStream(
  bytes: Uint8Array,
  contentType: string | undefined,
  options: InspectOptions,
): StreamCheck {
  const notes: string[] = [];
  let type = contentType;
  if (type === undefined) {
    type = looksFramed(bytes) ? VND : 'application/octet-stream';
    notes.push(
      `read as a stream with the runtime's Content-Type ${type} (inferred from the bytes; pass --content-type to say it)`,
    );
  }
  return { outcome: inspectStreamedResponse({ contentType: type, chunks: bytes }, options), notes };
}

function looksFramed(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x7b) return false; // '{'
  let run = 0;
  const end = Math.min(bytes.length, PRELUDE_LIMIT + 8);
  for (let i = 0; i < end; i++) {
    run = bytes[i] === 0 ? run + 1 : 0;
    if (run === 8) return true;
  }
  return false;
}
