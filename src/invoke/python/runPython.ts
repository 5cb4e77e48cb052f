import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { runnerSource } from './runnerSource.js';

// Lambda allows 10 s for the init phase, which is where the module import runs.
export const INIT_LIMIT_MS = 10_000;

/** How the interpreter ended, and what it printed. */
export interface PythonRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  logs: string;
  timedOut?: 'init' | 'handler';
}

/**
 * Runs the runner in a fresh interpreter and collects its logs; kills it at the init limit or, once the runner
 * says the handler starts, after `timeoutMs`. Never rejects for the handler's sake, only when Python cannot start.
 * @example const run = await runPython('/usr/bin/python3', input, output, taskRoot, { env, timeoutMs: 3000, onLog })
 */
export function runPython(
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
