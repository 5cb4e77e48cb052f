#!/usr/bin/env node
// The `lambda-proxy-matchers` command. ESM only (the CJS build leaves it out), built on the public API.
import { readFile } from 'node:fs/promises';
import { mainHelp } from './cli/help.js';
import { wantsColor } from './cli/palette.js';
import { runCheck } from './cli/runCheck.js';
import { runEvent } from './cli/runEvent.js';
import { type CliRun, usageError } from './cli/usageError.js';

async function readStdinBytes(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readStdin(): Promise<string> {
  return (await readStdinBytes()).toString('utf8');
}

async function version(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  return `${manifest.version}\n`;
}

async function main(argv: string[]): Promise<CliRun> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return runCheck(rest, {
        read: (source) => (source === undefined || source === '-' ? readStdin() : readFile(source, 'utf8')),
        readBytes: (source) => (source === undefined || source === '-' ? readStdinBytes() : readFile(source)),
        stdinIsTTY: process.stdin.isTTY === true,
        color: wantsColor(process.env, process.stdout.isTTY === true),
      });
    case 'event':
      return runEvent(rest);
    case 'help':
      if (rest[0] === 'check' || rest[0] === 'event') return main([rest[0], '--help']);
      return { code: 0, stdout: mainHelp, stderr: '' };
    case undefined:
    case '-h':
    case '--help':
      return { code: 0, stdout: mainHelp, stderr: '' };
    case '-v':
    case '--version':
      return { code: 0, stdout: await version(), stderr: '' };
    default:
      return usageError(undefined, `unknown command ${command}; the commands are check and event`);
  }
}

// A closed pipe (`… | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

main(process.argv.slice(2)).then(
  ({ code, stdout, stderr }) => {
    if (stdout) process.stdout.write(stdout);
    if (stderr) process.stderr.write(stderr);
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `lambda-proxy-matchers: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
