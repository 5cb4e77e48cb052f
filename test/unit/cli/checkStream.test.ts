import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/cli/runCheck.js';
import { runBuiltCli } from './runBuiltCli.js';

const NUL8 = '\0'.repeat(8);
const framed = `{"statusCode":201,"headers":{"Content-Type":"text/plain"},"cookies":["a=1"]}${NUL8}hello`;
const io = (text: string) => ({ read: async () => text, stdinIsTTY: false, color: false });

describe('check --stream: raw response-stream bytes from any runtime', () => {
  it('S-32: reads the raw framing an SDK caller gets, as a function URL reads it by default (S-18, S-19)', async () => {
    const run = await runCheck(['--stream', '--json'], io(framed));
    expect(run.code).toBe(0);
    const outcome = JSON.parse(run.stdout);
    expect(outcome.integration).toBe('function-url');
    expect(outcome.response).toMatchObject({ status: 201, body: 'hello' });
    expect(outcome.response.headers['set-cookie']).toEqual(['a=1']);
    expect(Buffer.from(outcome.stream.chunks[0].bytesBase64, 'base64').toString()).toBe(framed);
  });

  it('reads the same bytes as a REST API with STREAM (S-35, S-40)', async () => {
    const run = await runCheck(['--stream', '-i', 'rest', '--json'], io(framed));
    const outcome = JSON.parse(run.stdout);
    expect(outcome.response.status).toBe(201);
    expect(outcome.response.headers['transfer-encoding']).toEqual(['chunked']);
    expect(outcome.stream.mode).toBe('STREAM');
  });

  it('fails unframed bytes behind REST (S-36) and says which Content-Type it assumed', async () => {
    const run = await runCheck(['--stream', '-i', 'rest'], io('plain text'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('[S-36]');
    expect(run.stdout).toContain('application/octet-stream (inferred from the bytes');
  });

  it('takes --content-type and the modes in AWS words, refusing them where they mean nothing', async () => {
    const vnd = ['--content-type', 'application/vnd.awslambda.http-integration-response'];
    const cut = await runCheck(['--stream', ...vnd], io('Not Found'));
    expect(cut.code).toBe(1);
    expect(cut.stdout).toContain('[S-21]');
    const buffered = await runCheck(['--stream', '--invoke-mode', 'BUFFERED'], io(framed));
    expect(buffered.stdout).toContain('[S-49]');
    expect((await runCheck(['--invoke-mode', 'STREAM', '--stream'], io(framed))).stderr).toContain(
      'use BUFFERED or RESPONSE_STREAM',
    );
    expect((await runCheck(['--content-type', 'text/plain'], io('{}'))).stderr).toContain(
      'use it with --stream',
    );
    expect((await runCheck(['-i', 'alb', '--invoke-mode', 'BUFFERED'], io('{}'))).stderr).toContain(
      'function URL setting',
    );
  });

  it('judges a buffered result behind a STREAM REST integration as a 500 (S-51)', async () => {
    const run = await runCheck(['--response-transfer-mode', 'STREAM', '--json'], io('{"statusCode":200}'));
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).response.status).toBe(500);
  });

  it('reads binary bodies byte for byte from a file in the built CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lpm-stream-'));
    const file = join(dir, 'out.bin');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]);
    writeFileSync(file, Buffer.concat([Buffer.from(`{"statusCode":200}${NUL8}`), png]));
    const run = runBuiltCli(['check', '--stream', file, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).response.bodyBase64).toBe(png.toString('base64'));
  });
});
