import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_TIMEOUT_MS, lambdaContext } from './events/lambdaContext.js';
import type { LambdaContextInit } from './events/types.js';
import { findPython } from './python/findPython.js';
import { type PythonErrorPayload, PythonHandlerError } from './python/PythonHandlerError.js';
import { pythonContext } from './python/pythonContext.js';
import { type PythonHandlerLocation, resolvePythonHandler } from './python/resolvePythonHandler.js';
import { runnerSource } from './python/runnerSource.js';

export { PythonHandlerError } from './python/PythonHandlerError.js';

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

// Lambda allows 10 s for the init phase, which is where the module import runs.
const INIT_LIMIT_MS = 10_000;
// W5: Lambda refuses a synchronous response above 6 MB and reports a function error instead.
const MAX_PAYLOAD_BYTES = 6_291_556;
const NOT_PYTHON_3 = 87;

const { stringify, parse } = JSON;
const { isFinite: isFiniteNumber } = Number;

function fault(errorType: string, errorMessage: string, requestId: string): PythonErrorPayload {
  return { errorType, errorMessage, requestId, stackTrace: [] };
}

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
  const { timeoutMs = DEFAULT_TIMEOUT_MS, python = process.platform === 'win32' ? 'python' : 'python3' } =
    options;
  if (typeof timeoutMs !== 'number' || !isFiniteNumber(timeoutMs) || timeoutMs <= 0) {
    throw new TypeError(
      `invokePython: timeoutMs must be a positive number of milliseconds, got ${String(timeoutMs)}`,
    );
  }
  const location = resolvePythonHandler(file, options.handler);
  const env: NodeJS.ProcessEnv = { ...process.env };
  const context = lambdaContext({ ...options.context, timeoutMs });
  const { wire, env: lambdaEnv } = pythonContext(context);
  Object.assign(env, lambdaEnv);
  for (const [name, value] of Object.entries(options.env ?? {})) {
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
  return invokeProcess({
    program,
    python,
    input,
    env,
    location,
    timeoutMs,
    requestId: context.awsRequestId,
    onLog: options.onLog,
  });
}

interface Invocation {
  program: string;
  python: string;
  input: string;
  env: NodeJS.ProcessEnv;
  location: PythonHandlerLocation;
  timeoutMs: number;
  requestId: string;
  onLog: ((text: string) => void) | undefined;
}

async function invokeProcess(call: Invocation): Promise<unknown> {
  const { location, requestId, timeoutMs } = call;
  const dir = await mkdtemp(join(tmpdir(), 'lambda-proxy-matchers-'));
  try {
    const inputPath = join(dir, 'input.json');
    const outputPath = join(dir, 'output');
    await writeFile(inputPath, call.input);
    const run = await runPython(call.program, inputPath, outputPath, location.taskRoot, {
      env: call.env,
      timeoutMs,
      onLog: call.onLog,
    });
    const where = location.file;
    if (run.timedOut !== undefined) {
      const message =
        run.timedOut === 'init'
          ? `Importing the module took longer than Lambda's ${INIT_LIMIT_MS / 1000} s init limit`
          : `Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`;
      throw new PythonHandlerError(where, fault('Sandbox.Timedout', message, requestId), run.logs);
    }
    const output = await readFile(outputPath).catch(() => undefined);
    if (output === undefined || output.length === 0) {
      if (run.code === NOT_PYTHON_3) {
        throw new Error(
          `invokePython: '${call.python}' is not Python 3 (${run.logs.trim()}); pass { python: 'python3' }`,
        );
      }
      const status = run.signal ? `signal ${run.signal}` : `exit status ${run.code}`;
      const tail = run.logs.trim().split('\n').slice(-20).join('\n');
      throw new PythonHandlerError(
        where,
        fault(
          'Runtime.ExitError',
          `RequestId: ${requestId} Error: Runtime exited with error: ${status}${tail ? `\n${tail}` : ''}`,
          requestId,
        ),
        run.logs,
      );
    }
    const kind = output.subarray(0, 1).toString();
    const payload = output.subarray(1);
    if (kind === 'E') throw new PythonHandlerError(where, parse(payload.toString('utf8')), run.logs);
    if (payload.length > MAX_PAYLOAD_BYTES) {
      throw new PythonHandlerError(
        where,
        fault(
          'Function.ResponseSizeTooLarge',
          `Response payload size (${payload.length} bytes) exceeded maximum allowed payload size (${MAX_PAYLOAD_BYTES} bytes).`,
          requestId,
        ),
        run.logs,
      );
    }
    const text = payload.toString('utf8');
    if (kind === 'B') {
      try {
        return parse(text);
      } catch {
        throw new Error(
          `invokePython: ${where} returned ${payload.length} bytes that are not JSON; Lambda passes bytes through as the payload, and no HTTP front end can read a payload that is not JSON. Return a dict`,
        );
      }
    }
    return parse(text);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface PythonRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  logs: string;
  timedOut?: 'init' | 'handler';
}

function runPython(
  python: string,
  inputPath: string,
  outputPath: string,
  cwd: string,
  options: { env: NodeJS.ProcessEnv; timeoutMs: number; onLog: ((text: string) => void) | undefined },
): Promise<PythonRun> {
  const marker = `lambda-proxy-matchers:handler-starts:${randomUUID()}`;
  const markerLine = `${marker}\n`;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(python, ['-B', '-c', runnerSource, marker, inputPath, outputPath], {
      cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const chunks: string[] = [];
    let started = false;
    let pendingErr = '';
    let timedOut: PythonRun['timedOut'];
    const log = (text: string): void => {
      if (text === '') return;
      chunks.push(text);
      options.onLog?.(text);
    };
    const expire = (phase: 'init' | 'handler') => () => {
      timedOut = phase;
      child.kill('SIGKILL');
    };
    let timer = setTimeout(expire('init'), INIT_LIMIT_MS);

    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', log);
    child.stderr.on('data', (text: string) => {
      if (started) return log(text);
      // Hold stderr until the marker line is seen, so a marker split across chunks never reaches the logs.
      pendingErr += text;
      const at = pendingErr.indexOf(markerLine);
      if (at === -1) return;
      started = true;
      clearTimeout(timer);
      timer = setTimeout(expire('handler'), options.timeoutMs);
      log(pendingErr.slice(0, at) + pendingErr.slice(at + markerLine.length));
      pendingErr = '';
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`invokePython could not start ${python}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      log(pendingErr);
      const run: PythonRun = { code, signal, logs: chunks.join('') };
      if (timedOut !== undefined) run.timedOut = timedOut;
      resolvePromise(run);
    });
  });
}
