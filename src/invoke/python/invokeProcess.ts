import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAMBDA_RESPONSE_LIMIT } from '../../contract/runtime/serialiseResult.js';
import { type PythonErrorPayload, PythonHandlerError } from './PythonHandlerError.js';
import type { PythonHandlerLocation } from './resolvePythonHandler.js';
import { INIT_LIMIT_MS, runPython } from './runPython.js';

// The runner's exit status when the interpreter is Python 2.
const NOT_PYTHON_3 = 87;

const { parse } = JSON;

function fault(errorType: string, errorMessage: string, requestId: string): PythonErrorPayload {
  return { errorType, errorMessage, requestId, stackTrace: [] };
}

/** Everything invokePython checked and prepared before any Python runs. */
export interface Invocation {
  program: string;
  python: string;
  input: string;
  env: NodeJS.ProcessEnv;
  location: PythonHandlerLocation;
  timeoutMs: number;
  requestId: string;
  onLog: ((text: string) => void) | undefined;
}

/**
 * One invocation: writes the request to a temporary folder, runs Python, and turns what the runner wrote into
 * the result or Lambda's function error. Loaded only when a Python handler runs, so the package's main entry
 * does not pay for child_process.
 * @example await invokeProcess({ program: '/usr/bin/python3', python: 'python3', input, env, location, timeoutMs: 3000, requestId, onLog })
 */
export async function invokeProcess(call: Invocation): Promise<unknown> {
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
    if (payload.length > LAMBDA_RESPONSE_LIMIT) {
      throw new PythonHandlerError(
        where,
        fault(
          'Function.ResponseSizeTooLarge',
          `Response payload size (${payload.length} bytes) exceeded maximum allowed payload size (${LAMBDA_RESPONSE_LIMIT} bytes).`,
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
