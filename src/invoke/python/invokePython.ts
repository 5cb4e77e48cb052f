import { DEFAULT_TIMEOUT_MS, lambdaContext } from '../../events/lambdaContext.js';
import type { LambdaContextInit } from '../../events/types.js';
import { didYouMean, unknownOption } from '../../internal/unknownOption.js';
import { findPython } from './findPython.js';
import type { Invocation } from './invokeProcess.js';
import { pythonContext } from './pythonContext.js';
import { resolvePythonHandler } from './resolvePythonHandler.js';

export { PythonHandlerError } from './PythonHandlerError.js';

export interface InvokePythonOptions {
  /** The function (`'handler'`, the default) or Lambda's Handler setting (`'index.handler'`, needed for a folder). */
  handler?: string;
  /** The event, sent as JSON as Lambda sends it. Default `{}`. */
  event?: unknown;
  /** Node.js-style context fields (`functionName`, `awsRequestId`, …) as `lambdaContext()` takes them, or its result. */
  context?: Omit<LambdaContextInit, 'timeoutMs' | 'now'>;
  /** The function's timeout, from the moment the handler is called (the import is not counted). Default 3000, Lambda's default. */
  timeoutMs?: number;
  /** The interpreter: a name on PATH or a path, e.g. a virtualenv's `.venv/bin/python`. Default `python3` (`python` on Windows). */
  python?: string;
  /** Environment variables for the function (Lambda's function configuration), on top of this process's; `undefined` removes one. */
  env?: Record<string, string | undefined>;
  /** Receives what the handler prints (stdout and stderr) as it arrives; otherwise it is kept only for errors. */
  onLog?: (text: string) => void;
}

/** Every key `InvokePythonOptions` has. */
export const INVOKE_PYTHON_OPTION_KEYS = [
  'event',
  'handler',
  'context',
  'timeoutMs',
  'python',
  'env',
  'onLog',
] as const satisfies readonly (keyof InvokePythonOptions)[];

const { stringify } = JSON;
const { isFinite: isFiniteNumber } = Number;

function eventJson(request: Record<string, unknown>): string {
  try {
    return stringify(request);
  } catch (error) {
    throw new Error(
      `invokePython: the event cannot be sent to Python, because Lambda delivers events as JSON and JSON.stringify failed: ${(error as Error).message}`,
    );
  }
}

/**
 * Runs a Python Lambda handler as the Lambda Python runtime does and resolves with its result as JSON data.
 * Rejects with a PythonHandlerError when the handler raises, times out or returns what `json.dumps` refuses.
 * Mistakes in the call (no such file or Python, a bad option) throw at once, so they never pass for the
 * handler's failure inside `invokeHttp(invokePython(…), event)`.
 * @example await expect(invokePython('amplify/backend/function/hello/src/index.py', { event })).resolves.toBeValidProxyResponse()
 */
export function invokePython(file: string, options: InvokePythonOptions = {}): Promise<unknown> {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('invokePython options must be an object like { event, handler, timeoutMs }');
  }
  const unknown = unknownOption(options, INVOKE_PYTHON_OPTION_KEYS);
  if (unknown !== undefined) {
    throw new TypeError(
      `invokePython: ${unknown.key} is not an option; the options are ${INVOKE_PYTHON_OPTION_KEYS.join(', ')}${didYouMean(unknown.closest)}`,
    );
  }
  const { timeoutMs = DEFAULT_TIMEOUT_MS, python = process.platform === 'win32' ? 'python' : 'python3' } =
    options;
  if (typeof timeoutMs !== 'number' || !isFiniteNumber(timeoutMs) || timeoutMs <= 0) {
    throw new TypeError(
      `invokePython: timeoutMs must be a positive number of milliseconds, got ${String(timeoutMs)}`,
    );
  }
  const { env: extraEnv, onLog } = options;
  if (
    extraEnv !== undefined &&
    (extraEnv === null || typeof extraEnv !== 'object' || Array.isArray(extraEnv))
  ) {
    throw new TypeError(`invokePython: env must be an object of variables, such as { TABLE_NAME: 'orders' }`);
  }
  if (onLog !== undefined && typeof onLog !== 'function') {
    throw new TypeError(
      'invokePython: onLog must be a function, such as (text) => process.stderr.write(text)',
    );
  }
  const location = resolvePythonHandler(file, options.handler);
  const env: NodeJS.ProcessEnv = { ...process.env };
  const context = lambdaContext({ ...options.context, timeoutMs });
  const { wire, env: lambdaEnv } = pythonContext(context);
  Object.assign(env, lambdaEnv);
  for (const [name, value] of Object.entries(extraEnv ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  // Unbuffered so print() and tracebacks interleave in the logs as they happened.
  env.PYTHONUNBUFFERED = '1';
  env.PYTHONIOENCODING = 'utf-8';
  if (typeof python !== 'string' || python === '') {
    throw new TypeError(`invokePython: python must be the interpreter's name or path, such as 'python3'`);
  }
  const program = findPython(python, env);
  if (program === undefined) {
    throw new Error(
      `invokePython could not find '${python}'${python.includes('/') ? '' : ' on PATH'}. Install Python 3, or pass { python: '/path/to/python3' } (a virtualenv's bin/python works)`,
    );
  }
  const input = eventJson({
    taskRoot: location.taskRoot,
    module: location.module,
    function: location.function,
    event: options.event === undefined ? {} : options.event,
    context: wire,
    timeoutMs,
  });
  const call: Invocation = {
    program,
    python,
    input,
    env,
    location,
    timeoutMs,
    requestId: context.awsRequestId,
    onLog,
  };
  // Loaded on first use: child_process and the runner cost every importer of the package otherwise.
  return import('./invokeProcess.js').then(({ invokeProcess }) => invokeProcess(call));
}
