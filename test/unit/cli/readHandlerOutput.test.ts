import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHandlerOutput } from '../../../src/cli/readHandlerOutput.js';

const broken = { message: 'Hello from your new Amplify Python lambda!' };

// What `amplify mock function` prints for a Python function (amplify-util-mock func/index.ts): its own progress
// lines, the handler's stdout (print(event) is Python's repr, not JSON), then "Result:" and the indented JSON.
const amplifyMock = `Ensuring latest function changes are built...
Starting execution...
received event:
{'test': 'event'}


{"message": "Hello from your new Amplify Python lambda!"}
Result:
{
  "message": "Hello from your new Amplify Python lambda!"
}
Finished execution.
`;

/** Log lines that are not JSON: Python reprs, plain text, Lambda's START/END/REPORT lines. */
const logLine = fc.oneof(
  fc.constantFrom(
    "{'test': 'event'}",
    'START RequestId: 9f1c Version: $LATEST',
    'END RequestId: 9f1c',
    'REPORT RequestId: 9f1c\tDuration: 2.11 ms',
    'received event:',
    "[{'a': 1}]",
    'null pointer? no',
  ),
  fc
    .string()
    .filter(
      (line) => !/^\s*[{["n]/.test(line) && !line.includes('\n') && !/Result:|failed with the/.test(line),
    ),
);

const jsonObject = fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 6 });

describe('readHandlerOutput', () => {
  it('reads plain JSON, any value, as the result (sam local invoke prints only the result on stdout)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (value, indent) => {
        const read = readHandlerOutput(`${JSON.stringify(value, null, indent)}\n`);
        expect(read).toEqual({ kind: 'result', value: JSON.parse(JSON.stringify(value)) });
      }),
    );
  });

  it("reads amplify mock's output after the Result: line", () => {
    const read = readHandlerOutput(amplifyMock);
    expect(read).toMatchObject({ kind: 'result', value: broken });
    expect(read.kind === 'result' && read.note).toMatch(/"Result:" line \(line 8\)/);
  });

  it('reads amplify mock output for any object result and any logs before it', () => {
    fc.assert(
      fc.property(fc.array(logLine, { maxLength: 6 }), jsonObject, (logs, value) => {
        const text = [
          'Ensuring latest function changes are built...',
          'Starting execution...',
          ...logs,
          'Result:',
          JSON.stringify(value, null, 2),
          'Finished execution.',
        ].join('\n');
        expect(readHandlerOutput(text)).toMatchObject({
          kind: 'result',
          value: JSON.parse(JSON.stringify(value)),
        });
      }),
    );
  });

  it('strips colours, a byte order mark and CRLF line ends', () => {
    const coloured = `\uFEFF\u001b[34mStarting execution...\u001b[39m\r\n\u001b[32mResult:\u001b[39m\r\n{"statusCode": 200}\r\n\u001b[34mFinished execution.\u001b[39m\r\n`;
    expect(readHandlerOutput(coloured)).toMatchObject({ kind: 'result', value: { statusCode: 200 } });
  });

  it('reads what amplify mock prints for a returned string (no quotes) or for nothing', () => {
    expect(readHandlerOutput('Result:\nHello\nFinished execution.')).toMatchObject({
      kind: 'result',
      value: 'Hello',
      note: expect.stringContaining('read as a returned string'),
    });
    expect(readHandlerOutput('Starting execution...\nResult:\n\nFinished execution.')).toMatchObject({
      kind: 'result',
      value: null,
      note: expect.stringContaining('payload null'),
    });
  });

  it("reads amplify mock's report of a failed function as a failure", () => {
    const text = `Starting execution...
hello failed with the following error:
Error: Command failed with exit code 1: python3 shim.py index.py handler
KeyError: 'TABLE'
Finished execution.
`;
    const read = readHandlerOutput(text);
    expect(read).toMatchObject({ kind: 'failure', message: expect.stringContaining("KeyError: 'TABLE'") });
  });

  it('reads the last JSON value after log lines (sam local invoke 2>&1), however it is indented', () => {
    fc.assert(
      fc.property(
        fc.array(logLine, { maxLength: 6 }),
        jsonObject,
        fc.constantFrom(undefined, 2, 4),
        fc.array(logLine, { maxLength: 2 }),
        (before, value, indent, after) => {
          const text = [...before, JSON.stringify(value, null, indent), ...after].join('\n');
          const read = readHandlerOutput(text);
          expect(read).toMatchObject({ kind: 'result', value: JSON.parse(JSON.stringify(value)) });
          if ([...before, ...after].some((line) => line.trim() !== '')) {
            expect(read.kind === 'result' && read.note).toContain('last JSON value');
          }
        },
      ),
    );
  });

  it('takes the whole pretty-printed value, not an object nested in it', () => {
    const value = { items: [{ id: 1 }, { id: 2 }], headers: { a: '{' } };
    const read = readHandlerOutput(`log line\n${JSON.stringify(value, null, 2)}\nEND RequestId: 1`);
    expect(read).toMatchObject({ kind: 'result', value });
  });

  it('takes the last of several JSON values: structured logs come before the result', () => {
    const text = '{"level":"INFO","msg":"start"}\n{"statusCode": 201, "body": ""}\n';
    expect(readHandlerOutput(text)).toMatchObject({ kind: 'result', value: { statusCode: 201, body: '' } });
  });

  it('reads a returned JSON string after logs (a handler that returned JSON.stringify(response))', () => {
    const text = 'START RequestId: 1\n"{\\"statusCode\\":200}"\nEND RequestId: 1';
    expect(readHandlerOutput(text)).toMatchObject({ kind: 'result', value: '{"statusCode":200}' });
  });

  it('says why input is unusable: empty, or no JSON at all', () => {
    expect(readHandlerOutput('  \n')).toEqual({ kind: 'unusable', reason: expect.stringContaining('empty') });
    const read = readHandlerOutput("received event:\n{'statusCode': 200}\n");
    expect(read).toEqual({ kind: 'unusable', reason: expect.stringContaining('no JSON found') });
    expect(read.kind === 'unusable' && read.reason).toContain('received event:');
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(['result', 'failure', 'unusable']).toContain(readHandlerOutput(text).kind);
      }),
    );
  });
});
