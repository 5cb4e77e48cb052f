// splitQuery is the hand-written fast version of "split on &, then on the first =, then decode"; these
// properties hold it to that plain reading over generated query strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeComponent, splitQuery } from '../../../../src/events/init/queryString.js';
import { restApi } from '../../../../src/events/restApi.js';

function reference(raw: string, decode: boolean): string[] {
  const out: string[] = [];
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const pair = eq === -1 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
    for (const text of pair) out.push(decode ? decodeComponent(text) : text);
  }
  return out;
}

const queryChar = fc.constantFrom('a', 'b', 'Z', '1', '=', '&', '%', '2', 'F', '%41', '%E2%82%AC', '+', '-');
const rawQuery = fc.array(queryChar, { maxLength: 24 }).map((chars) => chars.join(''));

describe('splitQuery', () => {
  it('gives the pairs the plain split-then-decode reading gives', () => {
    fc.assert(
      fc.property(rawQuery, fc.boolean(), (raw, decode) => {
        expect(splitQuery(raw, decode)).toEqual(reference(raw, decode));
      }),
    );
  });

  it('skips empty parts and keeps a second = in the value', () => {
    expect(splitQuery('a&b=&&c=1=2&', false)).toEqual(['a', '', 'b', '', 'c', '1=2']);
  });

  it('decodes only when asked, and leaves a malformed escape as sent', () => {
    expect(splitQuery('a%2Fb=%E2%82%AC&bad=%E2', true)).toEqual(['a/b', '€', 'bad', '%E2']);
    expect(splitQuery('a%2Fb=%E2%82%AC', false)).toEqual(['a%2Fb', '%E2%82%AC']);
  });

  it('fills the REST maps from a path query the same as from init.query', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.stringMatching(/^[a-z]{1,6}$/),
          fc.array(fc.string({ maxLength: 8 }), { minLength: 1 }),
        ),
        (query) => {
          const fromInit = restApi.get('/items', { query });
          const fromPath = restApi.get(`/items?${rawOf(query)}`);
          expect(fromPath.queryStringParameters).toEqual(fromInit.queryStringParameters);
          expect(fromPath.multiValueQueryStringParameters).toEqual(fromInit.multiValueQueryStringParameters);
        },
      ),
    );
  });
});

function rawOf(query: Record<string, string[]>): string {
  return Object.entries(query)
    .flatMap(([key, values]) => values.map((v) => `${encodeURIComponent(key)}=${encodeURIComponent(v)}`))
    .join('&');
}
