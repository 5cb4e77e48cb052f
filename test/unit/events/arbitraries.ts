import fc from 'fast-check';
import type { EventInit } from '../../../src/events/types.js';

const methods = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'get', 'post');
// Only escapes that decode: HTTP APIs decode the path, and refuse one that does not (E-P2).
const decodes = (s: string) => {
  try {
    decodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
};
const segment = fc
  .stringMatching(/^[A-Za-z0-9._~%-]{1,12}$/)
  .filter((s) => !/%(?![0-9A-Fa-f]{2})/.test(s) && decodes(s));
const path = fc.array(segment, { maxLength: 5 }).map((parts) => `/${parts.join('/')}`);
const text = fc.string({ maxLength: 20 });
const headerName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/);
const headerValue = fc.stringMatching(/^[\x20-\x7e]{0,20}$/);
/** Random inits of the fields every front end understands. */
export const inits: fc.Arbitrary<EventInit<any>> = fc.record(
  {
    method: methods,
    path,
    query: fc.dictionary(text, fc.oneof(text, fc.array(text, { maxLength: 3 }), fc.integer())),
    headers: fc.dictionary(
      headerName,
      fc.oneof(headerValue, fc.array(headerValue, { minLength: 1, maxLength: 3 })),
    ),
    cookies: fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[a-z0-9]{0,8}$/)),
    body: fc.oneof(fc.string(), fc.uint8Array({ maxLength: 30 })),
    sourceIp: fc.oneof(fc.ipV4(), fc.ipV6()),
    time: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    seed: fc.oneof(fc.integer(), text),
  },
  { requiredKeys: [] },
);
