import { parseArgs } from 'node:util';
import { type InspectOptions, inspectProxyError, inspectProxyResult, type ProxyOutcome } from '../index.js';
import { checkStream } from './checkStream.js';
import { checkWebSocket, webSocketCheckOptions } from './checkWebSocket.js';
import { formatOutcome } from './formatOutcome.js';
import { checkHelp } from './help.js';
import { INTEGRATION_NAMES, integrationNamed } from './integrationNamed.js';
import { palette } from './palette.js';
import { readHandlerOutput } from './readHandlerOutput.js';
import { type CliRun, parseArgsError, usageError } from './usageError.js';

export interface CheckIo {
  /** The text of a file, or of standard input for `undefined` and `-`. */
  read(source: string | undefined): Promise<string>;
  /** The bytes of a file or standard input, for `--stream` (a stream's body may be binary). */
  readBytes?(source: string | undefined): Promise<Uint8Array>;
  /** Standard input is a terminal: nothing was piped in. */
  stdinIsTTY: boolean;
  color: boolean;
}

/** Exit codes: the front end accepts the result, rejects it, or the input could not be used. */
export const ACCEPTED = 0;
export const REJECTED = 1;
export const UNUSABLE = 2;

const OPTIONS = {
  integration: { type: 'string', short: 'i' },
  strict: { type: 'boolean' },
  json: { type: 'boolean' },
  'function-error': { type: 'boolean' },
  'binary-media-type': { type: 'string', multiple: true },
  accept: { type: 'string' },
  stream: { type: 'boolean' },
  'content-type': { type: 'string' },
  'invoke-mode': { type: 'string' },
  'response-transfer-mode': { type: 'string' },
  route: { type: 'string' },
  'two-way': { type: 'boolean' },
  protocol: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

/** ProxyOutcome as JSON: `response.bodyBytes` becomes `response.bodyBase64`, since JSON has no bytes. */
export function outcomeJson(outcome: ProxyOutcome): unknown {
  const { bodyBytes, ...response } = outcome.response;
  const json: Record<string, unknown> = {
    ...outcome,
    response: { ...response, bodyBase64: base64(bodyBytes) },
  };
  if (outcome.stream !== undefined) {
    const chunks = outcome.stream.chunks.map(({ bytes, ...chunk }) => ({
      ...chunk,
      bytesBase64: base64(bytes),
    }));
    json.stream = { ...outcome.stream, chunks };
  }
  return json;
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function looksLikeErrorPayload(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.includes('errorMessage') &&
    keys.every(
      // The Node.js runtime names the stack `trace`; Python, Java and the Invoke API's docs `stackTrace`.
      (key) =>
        key === 'errorMessage' ||
        key === 'errorType' ||
        key === 'stackTrace' ||
        key === 'trace' ||
        key === 'requestId',
    )
  );
}

/** Lambda's error payload as the Error a handler would have thrown. */
function thrownFrom(value: unknown): Error {
  const payload = (value ?? {}) as { errorMessage?: unknown; errorType?: unknown; stackTrace?: unknown };
  const error = new Error(
    typeof payload.errorMessage === 'string' ? payload.errorMessage : String(payload.errorMessage),
  );
  if (typeof payload.errorType === 'string' && payload.errorType !== '') error.name = payload.errorType;
  return error;
}

const EXCEPTION_LINE = /^([A-Za-z_][\w.]*): (.*)$/;

/**
 * The error amplify mock reported: its last `Type: message` line (a Python traceback ends with the exception,
 * a Node.js stack starts with it), else its first line.
 */
function errorFromReport(report: string): Error {
  const lines = report.split('\n').map((line) => line.trim());
  const exception = lines.filter((line) => EXCEPTION_LINE.test(line)).pop();
  const match = exception === undefined ? null : EXCEPTION_LINE.exec(exception);
  const error = new Error(match ? match[2] : lines[0]);
  if (match) error.name = match[1]!;
  return error;
}

/**
 * `lambda-proxy-matchers check [FILE|-]`: what the front end does with a handler's result.
 * @example await runCheck(['result.json', '--integration', 'http-2.0'], io) // { code: 0, stdout: '✓ …', stderr: '' }
 */
export async function runCheck(args: string[], io: CheckIo): Promise<CliRun> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return parseArgsError('check', error, OPTIONS);
  }
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, stdout: checkHelp, stderr: '' };
  if (positionals.length > 1) {
    return usageError(
      'check',
      `check reads one result, got ${positionals.length} files: ${positionals.join(' ')}`,
    );
  }
  const webSocket = webSocketCheckOptions(values);
  if (typeof webSocket === 'string') return usageError('check', webSocket);
  // InspectOptions are for HTTP results; a WebSocket one is judged by checkWebSocket with its own.
  const options: InspectOptions = {};
  if (webSocket === undefined && values.integration !== undefined) {
    const integration = integrationNamed(values.integration);
    if (integration === undefined) {
      return usageError(
        'check',
        `--integration ${values.integration} is not a front end; use one of ${INTEGRATION_NAMES.join(', ')}, websocket`,
      );
    }
    options.integration = integration;
  } else {
    // A stream is a function URL's unless said otherwise: REST streams only with responseTransferMode STREAM.
    options.integration = values.stream ? 'function-url' : 'rest';
  }
  const invokeMode = values['invoke-mode'];
  if (invokeMode !== undefined) {
    if (invokeMode !== 'BUFFERED' && invokeMode !== 'RESPONSE_STREAM') {
      return usageError(
        'check',
        `--invoke-mode ${invokeMode} is not a mode; use BUFFERED or RESPONSE_STREAM`,
      );
    }
    if (options.integration !== 'function-url') {
      return usageError('check', '--invoke-mode is a function URL setting; use it with -i function-url');
    }
    options.invokeMode = invokeMode;
  }
  const transferMode = values['response-transfer-mode'];
  if (transferMode !== undefined) {
    if (transferMode !== 'BUFFERED' && transferMode !== 'STREAM') {
      return usageError(
        'check',
        `--response-transfer-mode ${transferMode} is not a mode; use BUFFERED or STREAM`,
      );
    }
    if (options.integration !== 'rest') {
      return usageError('check', '--response-transfer-mode is a REST API setting; use it with -i rest');
    }
    options.responseTransferMode = transferMode;
  }
  if (values['content-type'] !== undefined && !values.stream) {
    return usageError('check', '--content-type describes a stream; use it with --stream');
  }
  if (values.strict) options.strict = true;
  if (values['binary-media-type']) options.binaryMediaTypes = values['binary-media-type'];
  if (values.accept !== undefined) options.accept = values.accept;

  const source = positionals[0];
  if ((source === undefined || source === '-') && io.stdinIsTTY) {
    return usageError(
      'check',
      'nothing to check: pipe a result in (sam local invoke Fn | lambda-proxy-matchers check) or name a file',
    );
  }
  let text = '';
  let bytes: Uint8Array | undefined;
  try {
    if (values.stream) bytes = await (io.readBytes ?? readAsBytes(io))(source);
    else text = await io.read(source);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return {
      code: UNUSABLE,
      stdout: '',
      stderr: `lambda-proxy-matchers check: cannot read ${source}: ${reason}\n`,
    };
  }
  if (bytes !== undefined) {
    const { outcome, notes } = checkStream(bytes, values['content-type'], options);
    return report(outcome, notes, values, io);
  }
  const input = readHandlerOutput(text);
  if (input.kind === 'unusable') {
    return { code: UNUSABLE, stdout: '', stderr: `lambda-proxy-matchers check: ${input.reason}\n` };
  }

  const notes: string[] = [];
  if (webSocket !== undefined) {
    const thrown =
      input.kind === 'failure'
        ? errorFromReport(input.message)
        : values['function-error']
          ? thrownFrom(input.value)
          : undefined;
    return checkWebSocket(input, webSocket, values, io.color, thrown);
  }
  let outcome: ProxyOutcome;
  if (input.kind === 'failure') {
    notes.push(input.note);
    outcome = inspectProxyError(errorFromReport(input.message), options);
  } else {
    if (input.note !== undefined) notes.push(input.note);
    if (values['function-error']) {
      outcome = inspectProxyError(thrownFrom(input.value), options);
    } else {
      outcome = inspectProxyResult(input.value, options);
      if (looksLikeErrorPayload(input.value)) {
        notes.push(
          "this looks like Lambda's error payload (errorMessage, errorType): if the function raised, run again with --function-error",
        );
      }
    }
  }
  return report(outcome, notes, values, io);
}

function report(
  outcome: ProxyOutcome,
  notes: string[],
  values: { json?: boolean | undefined; strict?: boolean | undefined },
  io: CheckIo,
): CliRun {
  const code = outcome.accepted ? ACCEPTED : REJECTED;
  if (values.json) return { code, stdout: `${JSON.stringify(outcomeJson(outcome), null, 2)}\n`, stderr: '' };
  const formatOptions = values.strict ? { inputNotes: notes, strict: true } : { inputNotes: notes };
  return { code, stdout: formatOutcome(outcome, palette(io.color), formatOptions), stderr: '' };
}

/** Without readBytes (a test's io), the text read as UTF-8. */
function readAsBytes(io: CheckIo): (source: string | undefined) => Promise<Uint8Array> {
  return async (source) => new TextEncoder().encode(await io.read(source));
}
