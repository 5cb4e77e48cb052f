/** What `check` found in its input: the handler's result, a report that the function failed, or nothing usable. */
export type HandlerOutput =
  | { kind: 'result'; value: unknown; note?: string }
  | { kind: 'failure'; message: string; note: string }
  | { kind: 'unusable'; reason: string };

// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the colour codes tools print, which must go.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
const AMPLIFY_RESULT = /^\s*Result:\s*$/;
const AMPLIFY_FAILED = /^.* failed with the following error:\s*$/;
const AMPLIFY_DONE = /^\s*Finished execution\.?\s*$/;

const { parse } = JSON;

function tryParse(text: string): { value: unknown } | undefined {
  try {
    return { value: parse(text) };
  } catch {
    return undefined;
  }
}

/** The end (exclusive) of the bracketed JSON-like value starting at `start`, or -1; strings may hold brackets. */
function matchBrackets(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 92 /* \ */) i++;
      else if (char === 34 /* " */) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 123 /* { */ || char === 91 /* [ */) depth++;
    else if (char === 125 /* } */ || char === 93 /* ] */) {
      depth--;
      if (depth === 0) return i + 1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

interface Found {
  value: unknown;
  start: number;
  end: number;
}

/** Every top-level JSON value that starts a line: objects and arrays (also pretty-printed), and whole-line strings. */
function lastJsonValue(text: string): Found | undefined {
  let last: Found | undefined;
  const lineStart = /^[ \t]*(?=[{["n])/gm;
  for (let match = lineStart.exec(text); match !== null; match = lineStart.exec(text)) {
    const start = match.index + match[0].length;
    // The pattern can match an empty string: step past this line start whatever happens next.
    lineStart.lastIndex = start + 1;
    const first = text[start];
    let end: number;
    if (first === '{' || first === '[') end = matchBrackets(text, start);
    else {
      const newline = text.indexOf('\n', start);
      end = newline === -1 ? text.length : newline;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
    }
    if (end === -1) continue;
    const parsed = tryParse(text.slice(start, end));
    if (parsed === undefined) continue;
    last = { value: parsed.value, start, end };
    // Skip what this value spans, so an object nested in it is never taken for a later, separate value.
    lineStart.lastIndex = end;
  }
  return last;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The lines of an Amplify block: after its marker line, up to "Finished execution." or the end. */
function amplifyBlock(lines: string[], markerIndex: number): string {
  let end = lines.length;
  for (let i = markerIndex + 1; i < lines.length; i++) {
    if (AMPLIFY_DONE.test(lines[i]!)) {
      end = i;
      break;
    }
  }
  return lines
    .slice(markerIndex + 1, end)
    .join('\n')
    .trim();
}

function findLastLine(lines: string[], pattern: RegExp): number {
  for (let i = lines.length - 1; i >= 0; i--) if (pattern.test(lines[i]!)) return i;
  return -1;
}

/**
 * Finds the handler's result in what a tool printed: plain JSON (`sam local invoke`, `aws lambda invoke`,
 * a script), `amplify mock function` output with its "Result:" line, or JSON after log lines.
 * @example readHandlerOutput('Starting execution...\nResult:\n{"statusCode": 200}\nFinished execution.')
 */
export function readHandlerOutput(input: string): HandlerOutput {
  const text = input
    .replace(/^\uFEFF/, '')
    .replace(ANSI, '')
    .replace(/\r\n?/g, '\n');
  const trimmed = text.trim();
  if (trimmed === '') {
    return {
      kind: 'unusable',
      reason: 'the input is empty: pipe in the JSON a handler returned, or name a file',
    };
  }
  const whole = tryParse(trimmed);
  if (whole !== undefined) return { kind: 'result', value: whole.value };

  const lines = text.split('\n');
  const resultAt = findLastLine(lines, AMPLIFY_RESULT);
  const failedAt = findLastLine(lines, AMPLIFY_FAILED);
  if (failedAt > resultAt) {
    return {
      kind: 'failure',
      message: amplifyBlock(lines, failedAt) || lines[failedAt]!.trim(),
      note: `read amplify mock's report that the function failed (line ${failedAt + 1})`,
    };
  }
  if (resultAt !== -1) {
    const block = amplifyBlock(lines, resultAt);
    const note = `read the result after amplify mock's "Result:" line (line ${resultAt + 1})`;
    if (block === '') {
      return {
        kind: 'result',
        value: null,
        note: `${note}; it is empty, so the handler returned nothing (payload null)`,
      };
    }
    const parsed = tryParse(block);
    if (parsed !== undefined) return { kind: 'result', value: parsed.value, note };
    // amplify prints a returned string without quotes, so text that is not JSON is a string result.
    return {
      kind: 'result',
      value: block,
      note: `${note}; it is not JSON, so it is read as a returned string`,
    };
  }

  const found = lastJsonValue(text);
  if (found !== undefined) {
    const skipped = lineOf(text, found.start) - 1;
    return {
      kind: 'result',
      value: found.value,
      note: `read the last JSON value in the input (line ${skipped + 1}); the ${skipped} line${skipped === 1 ? '' : 's'} before it were taken for logs`,
    };
  }
  const preview = trimmed.split('\n')[0]!.slice(0, 60);
  return {
    kind: 'unusable',
    reason: `no JSON found in the input (it starts with "${preview}"); expected a handler result such as {"statusCode": 200, "body": "..."}`,
  };
}
