import type { NodeRuntime } from '../internal/nodeRuntimes.js';

/**
 * The HTTP front ends that can sit before a Lambda function. Each one turns the handler's result into an
 * HTTP response by its own rules (see proxy-rules.md in the design notes).
 */
export type Integration =
  | 'rest'
  | 'http-1.0'
  | 'http-2.0'
  | 'alb'
  | 'alb-multi-value'
  | 'function-url'
  | 'lattice';

export interface InspectOptions {
  /** Which front end judges the result. Default: the one set by `configure()`, else `'rest'`. */
  integration?: Integration;
  /** REST only: the API's binary media types (e.g. `['image/png', '*\/*']`), which decide base64 decoding. */
  binaryMediaTypes?: string[];
  /** REST only: the request's `Accept` header; its first value must match `binaryMediaTypes` to decode base64. */
  accept?: string;
  /** The request method; a response to HEAD reaches the client without its body (RFC 9110 §9.3.2). */
  method?: string;
  /** Count warnings as errors: the result is then not `accepted` while any warning stands. */
  strict?: boolean;
  /**
   * How long the handler ran, in milliseconds. Past the front end's integration timeout (REST 29 s, HTTP API
   * 30 s) the client gets the gateway's timeout response instead (proxy-rules.md §7).
   */
  durationMs?: number;
  /** API Gateway only: the integration timeout in milliseconds, when it is not the default (REST 29,000, HTTP API 30,000). */
  integrationTimeoutMs?: number;
  /**
   * Function URLs only: the URL's `InvokeMode`. Default: `configure()`'s, else `'BUFFERED'` for a returned result;
   * `invokeHttp` defaults to `'RESPONSE_STREAM'` for a `streamifyResponse` handler. A returned result behind a
   * streaming URL reaches the client as its JSON text with status 200 (S-48).
   */
  invokeMode?: InvokeMode;
  /**
   * REST APIs only: the integration's `responseTransferMode`. Default as for `invokeMode`; a returned result
   * behind `'STREAM'` is a 500 (S-51), a streaming handler behind `'BUFFERED'` loses its body (S-50).
   */
  responseTransferMode?: ResponseTransferMode;
}

/** A function URL's invoke mode, in AWS's words (S-16). */
export type InvokeMode = 'BUFFERED' | 'RESPONSE_STREAM';
/** A REST API integration's response transfer mode, in AWS's words (S-33). */
export type ResponseTransferMode = 'BUFFERED' | 'STREAM';

export interface ProxyProblem {
  /** `'error'`: the front end rejects the result. `'warning'`: accepted, but almost certainly not what you meant. */
  severity: 'error' | 'warning';
  /** Where in the result, e.g. `body`, `headers.X-Count`, `statusCode`; `''` for the result as a whole. */
  path: string;
  /** One sentence: what the front end objects to, and the rule behind it. */
  message: string;
  /** The fix, when there is one: "JSON.stringify it". */
  hint?: string;
  /** The rule id in proxy-rules.md (R-B2, H2-5, W3, …), so a message can be traced to its evidence. */
  rule?: string;
}

/** Something the front end did that the handler did not ask for: a default Content-Type, an inferred 2.0 response. */
export interface ProxyNote {
  path: string;
  message: string;
  rule?: string;
}

export interface ClientResponse {
  status: number;
  /** Lower-case names; each the list of values in the order sent (several `set-cookie` lines stay separate). */
  headers: Record<string, string[]>;
  /** The body as the client reads it, after any base64 decoding the front end does (UTF-8 decoded). */
  body: string;
  /**
   * The bytes the client receives. For a short text body this is a view into a shared buffer, as a pooled
   * Node Buffer is: its own bytes are yours to change, but copy it (`bodyBytes.slice()`) before using `.buffer`.
   */
  bodyBytes: Uint8Array;
}

export interface ProxyOutcome {
  integration: Integration;
  /** The front end built the response from the result. False: the client got the front end's error response. */
  accepted: boolean;
  /** Why not, plus warnings; `[]` for a clean result. */
  problems: ProxyProblem[];
  /** What the front end added or changed on its own; `[]` when the client got exactly what the handler said. */
  notes: ProxyNote[];
  /**
   * What the client receives: the built response, or the front end's own error response when not accepted.
   * For a Promise passed as the result (never sent, W7) that error response stands in.
   */
  response: ClientResponse;
  /** True when this outcome is for a thrown error, a timeout or a result Lambda itself refused (W4, W5). */
  functionError: boolean;
  /** Only for a response-streaming handler's outcome: what it wrote and how the stream ended. */
  stream?: StreamDetails;
}

/** One `write()` as the handler made it, with handler-side timing (the client's arrival times differ: S-9, S-29). */
export interface StreamChunk {
  kind: 'prelude' | 'delimiter' | 'body';
  bytes: Uint8Array;
  /** Milliseconds since the stream was created. */
  at: number;
  /** Which write() call produced it; the prelude and delimiter share the index of the write that fired them. */
  writeIndex: number;
}

/** The error the runtime sends in the stream's trailers (S-12): the same fields as a buffered function error. */
export interface StreamError {
  errorType: string;
  errorMessage: string;
  trace: string[];
}

/** What only a streamed response has: the chunks, and whether the client got the whole body. */
export interface StreamDetails {
  /** The mode the front end ran in: a function URL's `invokeMode` or a REST API's `responseTransferMode`. */
  mode: InvokeMode | ResponseTransferMode;
  /** The Content-Type the runtime sent Lambda: `setContentType`'s, else `application/octet-stream` (S-4). */
  contentType: string;
  /** Every write, in order, prelude and delimiter included. */
  chunks: StreamChunk[];
  /** The stream ended normally, so the client has the whole body. */
  complete: boolean;
  /** Why the client's body is cut short: the handler failed, the function timed out, or the 200 MB cap (S-53). */
  truncated?: 'error' | 'timeout' | 'size';
  /** The error trailers, when the handler failed (S-12). */
  error?: StreamError;
}

/** The project-wide settings `configure()` takes. */
export interface ConfigureOptions {
  /** The integration used when a call names none. */
  integration?: Integration;
  /** The Lambda Node.js runtime `invoke`, `invokeHttp` and `lambdaContext` model when a call names none. */
  runtime?: NodeRuntime;
  /** A function URL's invoke mode when a call names none (S-16); `undefined` clears it. */
  invokeMode?: InvokeMode | undefined;
  /** A REST API's response transfer mode when a call names none (S-33); `undefined` clears it. */
  responseTransferMode?: ResponseTransferMode | undefined;
}
