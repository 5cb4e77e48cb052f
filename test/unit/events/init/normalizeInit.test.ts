// Bad input must fail with an EventInitError that names the factory, the field and the fix: never a
// TypeError from inside the library.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { httpApiEvent } from '../../../../src/events/httpApiEvent.js';
import { EventInitError } from '../../../../src/events/init/eventInitError.js';
import { restApi } from '../../../../src/events/restApi.js';
import { restApiEvent } from '../../../../src/events/restApiEvent.js';

const bad = (init: unknown) => () => restApiEvent(init as never);

describe('bad input gets a clear error naming the field', () => {
  it.each([
    [
      'a path without a leading slash',
      { path: 'items' },
      /restApiEvent: path must start with '\/': write '\/items'/,
    ],
    [
      'a numeric path',
      { path: 42 },
      /restApiEvent: path must be a string starting with '\/'.*got the number 42/,
    ],
    ['a path with a space', { path: '/a b' }, /path '\/a b' must be URL-encoded/],
    [
      'a path with non-ASCII',
      { path: '/café' },
      /path '\/café' must be URL-encoded as a client sends it \(encodeURI does it\)/,
    ],
    ['a path with a fragment', { path: '/a#top' }, /no #fragment/],
    ['both body and json', { body: 'x', json: {} }, /pass either body .* or json .*, not both/],
    [
      'an unknown method',
      { method: 'FETCH' },
      /method 'FETCH' is not one the front ends pass on; use GET, POST/,
    ],
    ['ANY as a method', { method: 'ANY' }, /method 'ANY' is not one/],
    ['an inherited name as a method', { method: 'constructor' }, /method 'constructor' is not one/],
    ['an inherited name as a field', { toString: 'x' }, /unknown init field 'toString': the fields are/],
    [
      'an object body',
      { body: { a: 1 } },
      /body must be a string or a Uint8Array; got an object \(pass objects as json\)/,
    ],
    ['unserialisable json', { json: { n: 1n } }, /json cannot be serialised/],
    ['json that serialises to nothing', { json: () => 1 }, /json must be JSON data/],
    [
      'a header with a number',
      { headers: { 'X-Count': 5 } },
      /headers\['X-Count'\] must be a string or an array of strings; got the number 5/,
    ],
    ['a bad header name', { headers: { 'a b': 'x' } }, /'a b' is not a valid header name/],
    ['a header with a line break', { headers: { a: 'x\r\ny: z' } }, /headers\['a'\] contains a line break/],
    ['a non-IP sourceIp', { sourceIp: 'IP' }, /sourceIp must be a bare IPv4 or IPv6 address/],
    ['a CIDR sourceIp', { sourceIp: '192.168.0.1/32' }, /sourceIp must be a bare IPv4 or IPv6 address/],
    ['a query object value', { query: { a: { b: 1 } } }, /query\.a must be a string, number or boolean/],
    ['query as a string', { query: 'a=1' }, /query must be an object/],
    ['a $default REST stage', { stage: '$default' }, /stage must be a stage name/],
    ['a numeric pathParameters value', { pathParameters: { id: 1 } }, /pathParameters\.id must be a string/],
    ['cookies without =', { cookies: ['abc'] }, /cookies must hold 'name=value' strings/],
    [
      'an unknown field',
      { querystring: {} },
      /unknown init field 'querystring': the fields are method, path, query/,
    ],
    [
      'an event field name',
      { queryStringParameters: {} },
      /unknown init field 'queryStringParameters': use query/,
    ],
    ['multiValue on REST', { multiValue: true }, /multiValue does not exist for REST APIs/],
    ['an invalid time', { time: 'yesterday' }, /time must be a Date, epoch milliseconds or a date string/],
    ['a non-object overrides', { overrides: [] }, /overrides must be a plain object/],
    [
      'a route the path cannot match',
      { path: '/users/1', route: '/items/{id}' },
      /path '\/users\/1' does not match route '\/items\/{id}'/,
    ],
    [
      'a route of another method',
      { path: '/x', route: 'POST /x' },
      /route 'POST \/x' only receives POST requests, but the method is GET/,
    ],
    [
      'a partial route parameter',
      { path: '/x', route: '/{id}.json' },
      /must be a whole \{name\} or \{name\+\}/,
    ],
    [
      'a greedy parameter not last',
      { path: '/a/b', route: '/{p+}/b' },
      /greedy \{p\+\} must be the last segment/,
    ],
    [
      'two authorizer kinds',
      { authorizer: { claims: {}, iam: {} } },
      /authorizer must have exactly one of claims, jwt, lambda or iam \(found claims and iam\)/,
    ],
    [
      'an object in a REST Lambda context',
      { authorizer: { lambda: { a: {} } } },
      /a REST Lambda authorizer's context holds only strings/,
    ],
    ['a non-object init', 'GET /', /init must be an object/],
  ])('%s', (_, init, message) => {
    expect(bad(init)).toThrow(EventInitError);
    expect(bad(init)).toThrow(message);
  });

  it('never lets a TypeError escape, whatever the init holds', () => {
    const anything = fc.anything({ withBigInt: true, withDate: true, withMap: true, withTypedArray: true });
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'method',
            'path',
            'query',
            'headers',
            'cookies',
            'body',
            'json',
            'route',
            'pathParameters',
            'stage',
            'stageVariables',
            'sourceIp',
            'authorizer',
            'time',
            'seed',
            'overrides',
          ),
          anything,
        ),
        (init) => {
          const makers = [restApiEvent, httpApiEvent] as ((init: unknown) => unknown)[];
          for (const make of makers) {
            try {
              make(init);
            } catch (error) {
              expect(error).toBeInstanceOf(EventInitError);
            }
          }
        },
      ),
    );
  });

  it('a shortcut needs its path argument and rejects a second path or a contradicting method', () => {
    expect(() => restApi.get(undefined as never)).toThrow(/restApi\.get: path must be a string/);
    expect(() => restApi.get('/a', { path: '/b' } as never)).toThrow(
      /restApi\.get: init\.path repeats the path argument/,
    );
    expect(() => restApi.get('/a', { method: 'POST' } as never)).toThrow(
      /init\.method 'POST' contradicts the shortcut's GET/,
    );
    expect(() => restApi.post('/a', 'x', { json: {} })).toThrow(
      /restApi\.post: the body argument and init\.body\/init\.json both set a body/,
    );
  });
});
