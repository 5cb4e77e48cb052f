// What HTTP itself forbids in a response, whatever the front end (docs/proxy-rules.md, "Review findings"): a
// header line no client can parse, and a 1xx status, which is never a final answer. What each front end does
// with such a result is unrecorded; that the client cannot receive it is RFC 9110's.
import { HTTP_TOKEN } from '../../internal/httpToken.js';
import { isObject } from '../../internal/isObject.js';
import { UNVERIFIED } from '../fields/readHeaders.js';
import type { BuiltResponse } from '../integrations/IntegrationRules.js';
import { integrationLabel } from '../integrations/integrationNames.js';
import { pathOf, preview } from '../outcome/describe.js';
import type { Judgement } from '../outcome/Judgement.js';
import type { Integration } from '../types.js';

const { isArray } = Array;

// RFC 9110 §5.5: CR, LF and NUL in a field value "MUST" be rejected or replaced; a CR or LF ends the line.
const DANGEROUS = /[\r\n\0]/;
const CHARACTER: Readonly<Record<string, string>> = {
  '\r': 'a carriage return (\\r)',
  '\n': 'a line feed (\\n)',
  '\0': 'a NUL byte (\\0)',
};

/**
 * Errors for what no client can receive in the response `built` (RF-1 … RF-3).
 * `result` is the payload the front end read, for naming the field a header line came from.
 */
export function checkReceivable(
  built: BuiltResponse,
  result: unknown,
  integration: Integration,
  j: Judgement,
): void {
  // This runs on every judgement: the clean case is two tests per header, and names are built only for a problem.
  const { status } = built;
  if (status >= 200 && allClean(built.headers)) return;
  const name = integrationLabel(integration);
  if (status >= 100 && status <= 199) {
    j.error(
      'statusCode',
      `statusCode ${status} is informational (1xx), which is never a final response (RFC 9110 §15.2), so no client can receive it as the answer from ${name}${UNVERIFIED}`,
      'RF-3',
      status === 101
        ? `${name} cannot switch protocols for a Lambda function: answer with a final status such as 200 (use a WebSocket API for WebSockets)`
        : 'answer with a final status such as 200, or 204 for no content',
    );
  }
  for (const [header, values] of built.headers) {
    if (!HTTP_TOKEN.test(header)) {
      const where = sourceOf(result, header, values[0]);
      j.error(
        where.path,
        `${where.path} is not a valid header name (${badNameReason(where.name)}): a header name is a token of letters, digits and !#$%&'*+-.^_\`|~ (RFC 9110 §5.1), so ${name} cannot send it${UNVERIFIED}`,
        'RF-1',
        'use a name such as X-Request-Id: no spaces, colons or other separators',
      );
      continue;
    }
    for (const value of values) {
      const bad = DANGEROUS.exec(value);
      if (bad === null) continue;
      const where = sourceOf(result, header, value);
      j.error(
        where.path,
        `${where.path} holds ${CHARACTER[bad[0]]} in ${preview(value, 30)}, which no header value may contain (RFC 9110 §5.5), so ${name} cannot send it${UNVERIFIED}`,
        'RF-2',
        bad[0] === '\0'
          ? 'remove the NUL byte'
          : 'remove the line break (send several values as separate headers, or encode the text, e.g. with encodeURIComponent)',
      );
    }
  }
}

function allClean(lines: BuiltResponse['headers']): boolean {
  for (const [header, values] of lines) {
    if (!HTTP_TOKEN.test(header)) return false;
    for (let i = 0; i < values.length; i++) if (DANGEROUS.test(values[i]!)) return false;
  }
  return true;
}

function badNameReason(header: string): string {
  if (header === '') return 'it is empty';
  const bad = [...header].find((c) => !HTTP_TOKEN.test(c));
  return `it contains ${bad === ' ' ? 'a space' : JSON.stringify(bad)}`;
}

interface Source {
  path: string;
  /** The name as the handler wrote it. */
  name: string;
}

/** Where in the result the header line `header: value` came from: multiValueHeaders, headers or cookies. */
function sourceOf(result: unknown, header: string, value: string | undefined): Source {
  if (isObject(result)) {
    const { multiValueHeaders: multi, headers, cookies } = result;
    if (isObject(multi)) {
      for (const key in multi) {
        const list = multi[key];
        if (key.toLowerCase() !== header || !isArray(list)) continue;
        const i = value === undefined ? 0 : list.indexOf(value);
        if (i !== -1) return { path: `${pathOf('multiValueHeaders', key)}[${i}]`, name: key };
      }
    }
    if (isObject(headers)) {
      for (const key in headers) {
        if (key.toLowerCase() === header && (value === undefined || String(headers[key]) === value))
          return { path: pathOf('headers', key), name: key };
      }
    }
    if (header === 'set-cookie' && isArray(cookies) && value !== undefined) {
      const i = cookies.indexOf(value);
      if (i !== -1) return { path: `cookies[${i}]`, name: header };
    }
  }
  return { path: pathOf('headers', header), name: header };
}
