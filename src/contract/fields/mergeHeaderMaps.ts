import { addHeader, type HeaderLines, newHeaderLines } from '../http/headerLines.js';
import { pathOf } from '../outcome/describe.js';
import type { Judgement } from '../outcome/Judgement.js';
import { type SingleHeaders, UNVERIFIED } from './readHeaders.js';

// Module-scope copy of a global: lookups are slow inside jest's vm sandbox.
const NameSet = Set;

export interface MergedHeaders {
  lines: HeaderLines;
  contentTypeNulled: boolean;
}

/**
 * R-M3: multiValueHeaders first, then each `headers` value not already sent under the same name (compared
 * case-insensitively), so the same pair in both maps is sent once. REST and HTTP API 1.0 (H1-3) both merge this way.
 */
export function mergeHeaderMaps(
  single: SingleHeaders,
  multi: readonly [string, string[]][],
  name: string,
  rule: string,
  j: Judgement,
  verified = true,
): MergedHeaders {
  const caveat = verified ? '' : UNVERIFIED;
  const lines = newHeaderLines();
  for (const [header, values] of multi) for (const value of values) addHeader(lines, header, value);
  // Names from multiValueHeaders come first in `lines`; the set of them is built only when a name repeats.
  const multiNames = lines.size;
  let fromMulti: Set<string> | undefined;
  for (const [header, value] of single.entries) {
    const key = header.toLowerCase();
    const values = lines.get(key);
    if (values === undefined) {
      lines.set(key, [value]);
      continue;
    }
    fromMulti ??= firstNames(lines, multiNames);
    if (!fromMulti.has(key)) {
      // The same name twice in headers (X-A and x-a): both lines are sent.
      values.push(value);
    } else if (values.includes(value)) {
      j.note(
        pathOf('headers', header),
        `headers and multiValueHeaders both set ${header}: ${value}, so ${name} sent it once${caveat}`,
        rule,
      );
    } else {
      values.push(value);
      j.note(
        pathOf('headers', header),
        `headers and multiValueHeaders both set ${header}, so ${name} sent both, the multiValueHeaders values first${caveat}`,
        rule,
      );
    }
  }
  return { lines, contentTypeNulled: single.contentTypeNulled && !lines.has('content-type') };
}

function firstNames(lines: HeaderLines, count: number): Set<string> {
  const names = new NameSet<string>();
  for (const name of lines.keys()) {
    if (names.size === count) break;
    names.add(name);
  }
  return names;
}
