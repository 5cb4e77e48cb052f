import { statSync } from 'node:fs';
import { basename, dirname, extname, resolve, sep } from 'node:path';

/** Where Lambda would find the handler: the task root on `sys.path`, the module to import, the function. */
export interface PythonHandlerLocation {
  /** The module file (or package folder) the handler lives in, absolute. */
  file: string;
  /** The folder Lambda unpacks the code into (`/var/task`): first on `sys.path`, and the working directory. */
  taskRoot: string;
  module: string;
  function: string;
}

const MODULE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const FUNCTION_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function kind(path: string): 'file' | 'dir' | undefined {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? 'dir' : stats.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads `invokePython`'s first argument and `handler` option the way Lambda reads its Handler setting.
 * A `.py` file with a function name (`'src/index.py'`, `{ handler: 'handler' }`), a `.py` file with Lambda's
 * `module.function` string whose module path ends at that file, or a folder (the task root) with `module.function`.
 * @example resolvePythonHandler('src/index.py', 'handler') // { taskRoot: '/abs/src', module: 'index', function: 'handler' }
 */
export function resolvePythonHandler(target: string, handler = 'handler'): PythonHandlerLocation {
  if (typeof target !== 'string' || target === '') {
    throw new TypeError(
      `invokePython needs the handler's .py file (or its folder) as the first argument, got ${String(target)}`,
    );
  }
  if (typeof handler !== 'string' || handler === '') {
    throw new TypeError(
      `invokePython's handler option must be a function name like 'handler' or Lambda's 'index.handler'`,
    );
  }
  const path = resolve(target);
  const found = kind(path);
  if (found === undefined) {
    throw new Error(
      `invokePython: there is no file or folder at ${path} (from '${target}', resolved against ${process.cwd()})`,
    );
  }
  const dot = handler.lastIndexOf('.');
  const moduleName = dot === -1 ? undefined : handler.slice(0, dot).replaceAll('/', '.');
  const functionName = handler.slice(dot + 1);
  if (!FUNCTION_NAME.test(functionName) || (moduleName !== undefined && !MODULE_NAME.test(moduleName))) {
    throw new Error(
      `invokePython: handler '${handler}' is not a Python name: give the function ('handler') or Lambda's Handler setting ('index.handler')`,
    );
  }

  if (found === 'dir') {
    if (moduleName === undefined) {
      throw new Error(
        `invokePython: ${path} is a folder, so the handler must say which module too, as Lambda's Handler setting does: { handler: 'index.${functionName}' }`,
      );
    }
    const modulePath = resolve(path, ...moduleName.split('.'));
    const file = kind(`${modulePath}.py`) === 'file' ? `${modulePath}.py` : modulePath;
    return { file, taskRoot: path, module: moduleName, function: functionName };
  }

  if (extname(path) !== '.py') {
    throw new Error(
      `invokePython: ${path} is not a .py file; pass the handler's module (e.g. src/index.py) or its folder`,
    );
  }
  const stem = basename(path, '.py');
  if (moduleName === undefined) {
    return { file: path, taskRoot: dirname(path), module: stem, function: functionName };
  }
  // 'pkg.app.handler' on src/pkg/app.py: the task root is the folder above the package, src/.
  const parts = moduleName.split('.');
  const tail = parts.join(sep);
  const withoutExt = path.slice(0, -'.py'.length);
  if (!withoutExt.endsWith(sep + tail) && withoutExt !== tail) {
    throw new Error(
      `invokePython: handler '${handler}' names module '${moduleName}', which is not the file ${path}; use { handler: '${stem}.${functionName}' } or just '${functionName}'`,
    );
  }
  return {
    file: path,
    taskRoot: withoutExt.slice(0, withoutExt.length - tail.length - 1) || sep,
    module: moduleName,
    function: functionName,
  };
}
