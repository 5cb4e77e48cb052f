import { closestKey } from '../internal/unknownOption.js';

/** What a command produced: the exit code and the text for each stream. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Exit code 2 with a one-line reason that points to the command's help.
 * @example usageError('event', 'PATH must start with /') // { code: 2, stderr: 'lambda-proxy-matchers event: PATH … (see …)\n' }
 */
export function usageError(command: string | undefined, reason: string): CliRun {
  const name = command === undefined ? 'lambda-proxy-matchers' : `lambda-proxy-matchers ${command}`;
  return { code: 2, stdout: '', stderr: `${name}: ${reason} (see ${name} --help)\n` };
}

/**
 * parseArgs' errors as the CLI's own one-liners: Node's text explains positionals after `--`, which is not what
 * a mistyped option needs. Example: `--integraton is not an option of check (did you mean --integration?)`.
 */
export function parseArgsError(
  command: string,
  error: unknown,
  options: Readonly<Record<string, { type: 'string' | 'boolean'; short?: string }>>,
): CliRun {
  const { code, message } = error as { code?: string; message?: string };
  const names = Object.keys(options);
  const quoted = /'(-{1,2}[^'\s]+)'/.exec(message ?? '')?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted !== undefined) {
    const closest = closestKey(quoted.replace(/^-+/, ''), names);
    const suggestion = closest === undefined ? '' : ` (did you mean --${closest}?)`;
    return usageError(command, `${quoted} is not an option of ${command}${suggestion}`);
  }
  const long = /--([\w-]+)/.exec(message ?? '')?.[1];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && long !== undefined) {
    return usageError(
      command,
      `--${long} ${options[long]?.type === 'boolean' ? 'takes no value' : 'needs a value'}`,
    );
  }
  return usageError(command, message ?? String(error));
}
