import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';

function isProgram(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    // As the shell does, skip a file that is not executable; Windows has no such bit.
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The interpreter's path, looked up on PATH as the shell would, or undefined when there is none. Done before
 * spawning so that a missing Python throws at the call rather than passing for the handler's own failure.
 * @example findPython('python3') // '/usr/bin/python3'
 */
export function findPython(command: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const windows = process.platform === 'win32';
  const extensions = windows ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';')] : [''];
  if (isAbsolute(command) || command.includes('/') || (windows && command.includes('\\'))) {
    const path = resolve(command);
    return extensions.map((ext) => path + ext).find(isProgram);
  }
  for (const dir of (env.PATH ?? env.Path ?? '').split(delimiter)) {
    if (dir === '') continue;
    for (const ext of extensions) {
      const candidate = join(dir, command + ext);
      if (isProgram(candidate)) return candidate;
    }
  }
  return undefined;
}
