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
