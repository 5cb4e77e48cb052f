import { parseArgs } from 'node:util';
import { type InspectOptions, inspectProxyError, inspectProxyResult, type ProxyOutcome } from '../index.js';
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
  route: { type: 'string' },
  'two-way': { type: 'boolean' },
  protocol: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

/** ProxyOutcome as JSON: `response.bodyBytes` becomes `response.bodyBase64`, since JSON has no bytes. */
export function outcomeJson(outcome: ProxyOutcome): unknown {
  const { bodyBytes, ...response } = outcome.response;
  return { ...outcome, response: { ...response, bodyBase64: Buffer.from(bodyBytes).toString('base64') } };
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
    options.integration = 'rest';
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
  let text: string;
  try {
    text = await io.read(source);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return {
      code: UNUSABLE,
      stdout: '',
      stderr: `lambda-proxy-matchers check: cannot read ${source}: ${reason}\n`,
    };
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
  const code = outcome.accepted ? ACCEPTED : REJECTED;
  if (values.json) return { code, stdout: `${JSON.stringify(outcomeJson(outcome), null, 2)}\n`, stderr: '' };
  const formatOptions = values.strict ? { inputNotes: notes, strict: true } : { inputNotes: notes };
  return { code, stdout: formatOutcome(outcome, palette(io.color), formatOptions), stderr: '' };
}
