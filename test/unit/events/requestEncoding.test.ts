// Issue 9 §1: each front end decodes the path and query its own way (docs/proxy-rules.md, "Request
// encoding"). The expected values are those of the live hotsock/voker captures of one client request
// (reference-events/hotsock-voker/*-request.json in the project's shared design notes, 2026-07-10).
import { describe, expect, it } from 'vitest';
import { albEvent } from '../../../src/events/albEvent.js';
import { functionUrlEvent } from '../../../src/events/functionUrlEvent.js';
import { httpApi } from '../../../src/events/httpApi.js';
import { httpApiEvent } from '../../../src/events/httpApiEvent.js';
import { httpApiV1Event } from '../../../src/events/httpApiV1Event.js';
import { EventInitError } from '../../../src/events/init/eventInitError.js';
import { restApi } from '../../../src/events/restApi.js';
import { restApiEvent } from '../../../src/events/restApiEvent.js';

const RAW_QUERY =
  'repeat=one&repeat=two&redirect=https%3A%2F%2Fexample.com%2Fa%2Fb&literalPlus=a+b&encodedPlus=a%2Bb&empty=';
const REQUEST = { method: 'POST', path: `/capture/space%20value?${RAW_QUERY}` } as const;

// What the captures hold for that request.
const DECODED = {
  repeat: 'two',
  redirect: 'https://example.com/a/b',
  literalPlus: 'a b',
  encodedPlus: 'a+b',
  empty: '',
};
const DECODED_MULTI = {
  repeat: ['one', 'two'],
  redirect: ['https://example.com/a/b'],
  literalPlus: ['a b'],
  encodedPlus: ['a+b'],
  empty: [''],
};
const JOINED = { ...DECODED, repeat: 'one,two' };

describe('the voker captures, rebuilt from the same client request', () => {
  it('REST keeps the path encoded and decodes both query maps by form rules (E-P1, E-Q1, E-Q5)', () => {
    const e = restApiEvent({ ...REQUEST, stage: 'live', route: '/{proxy+}' });
    expect(e.path).toBe('/capture/space%20value');
    expect(e.requestContext.path).toBe('/live/capture/space%20value');
    expect(e.pathParameters).toEqual({ proxy: 'capture/space%20value' });
    expect(e.queryStringParameters).toEqual(DECODED);
    expect(e.multiValueQueryStringParameters).toEqual(DECODED_MULTI);
  });

  it('HTTP API 2.0 decodes the path, keeps rawQueryString and joins repeated keys (E-P2, E-Q1, E-Q3, E-Q4)', () => {
    const e = httpApiEvent(REQUEST);
    expect(e.rawPath).toBe('/capture/space value');
    expect(e.requestContext.http.path).toBe('/capture/space value');
    expect(e.rawQueryString).toBe(RAW_QUERY);
    expect(e.queryStringParameters).toEqual(JOINED);
  });

  it('HTTP API 1.0 decodes the path and both query maps as 2.0 does (E-P3, E-Q2)', () => {
    const e = httpApiV1Event(REQUEST);
    expect(e.path).toBe('/capture/space value');
    expect(e.requestContext.path).toBe('/capture/space value');
    expect(e.queryStringParameters).toEqual(DECODED);
    expect(e.multiValueQueryStringParameters).toEqual(DECODED_MULTI);
  });

  it('a function URL keeps rawPath encoded but decodes http.path (E-P5, E-P6, E-Q1, E-Q3)', () => {
    const e = functionUrlEvent(REQUEST);
    expect(e.rawPath).toBe('/capture/space%20value');
    expect(e.requestContext.http.path).toBe('/capture/space value');
    expect(e.rawQueryString).toBe(RAW_QUERY);
    expect(e.queryStringParameters).toEqual(JOINED);
  });

  it('an ALB decodes nothing (E-P7, E-Q6)', () => {
    const e = albEvent({ ...REQUEST, multiValue: true });
    expect(e.path).toBe('/capture/space%20value');
    expect(e.multiValueQueryStringParameters).toEqual({
      repeat: ['one', 'two'],
      redirect: ['https%3A%2F%2Fexample.com%2Fa%2Fb'],
      literalPlus: ['a+b'],
      encodedPlus: ['a%2Bb'],
      empty: [''],
    });
    expect(albEvent(REQUEST).queryStringParameters).toEqual({
      repeat: 'two',
      redirect: 'https%3A%2F%2Fexample.com%2Fa%2Fb',
      literalPlus: 'a+b',
      encodedPlus: 'a%2Bb',
      empty: '',
    });
  });
});

describe('+ and %2B in a query', () => {
  it.each([
    ['a+b', 'a b'],
    ['a%2Bb', 'a+b'],
  ])('q=%s arrives as %j behind REST, HTTP APIs and function URLs', (raw, value) => {
    const path = `/items?q=${raw}`;
    expect(restApi.get(path).queryStringParameters).toEqual({ q: value });
    expect(restApi.get(path).multiValueQueryStringParameters).toEqual({ q: [value] });
    expect(httpApiV1Event({ path }).queryStringParameters).toEqual({ q: value });
    expect(httpApi.get(path).queryStringParameters).toEqual({ q: value });
    expect(functionUrlEvent({ path }).queryStringParameters).toEqual({ q: value });
    expect(albEvent({ path }).queryStringParameters).toEqual({ q: raw });
  });

  it('init.query values survive the trip: a + written there is a plus, a space a space', () => {
    const e = restApiEvent({ query: { q: 'a+b c' } });
    expect(e.queryStringParameters).toEqual({ q: 'a+b c' });
    expect(httpApiEvent({ query: { q: 'a+b c' } }).rawQueryString).toBe('q=a%2Bb%20c');
  });
});

describe('%2F in a path', () => {
  it('routes as two segments behind HTTP APIs, one behind REST', () => {
    expect(httpApi.get('/items/a%2Fb').rawPath).toBe('/items/a/b');
    expect(httpApiV1Event({ path: '/items/a%2Fb' }).path).toBe('/items/a/b');
    expect(() => httpApi.get('/items/a%2Fb', { route: '/items/{id}' })).toThrow(
      /path '\/items\/a\/b' does not match route '\/items\/{id}'/,
    );
    expect(restApi.get('/items/a%2Fb', { route: '/items/{id}' }).pathParameters).toEqual({ id: 'a%2Fb' });
    expect(functionUrlEvent({ path: '/items/a%2Fb' }).rawPath).toBe('/items/a%2Fb');
    expect(functionUrlEvent({ path: '/items/a%2Fb' }).requestContext.http.path).toBe('/items/a/b');
    expect(albEvent({ path: '/items/a%2Fb' }).path).toBe('/items/a%2Fb');
  });

  it('a path a decoding front end cannot decode is refused with the fix', () => {
    for (const make of [
      () => httpApiEvent({ path: '/a%E2' }),
      () => httpApiV1Event({ path: '/a%E2' }),
      () => functionUrlEvent({ path: '/a%E2' }),
    ]) {
      expect(make).toThrow(EventInitError);
      expect(make).toThrow(/path '\/a%E2' has a malformed percent escape.*such as %20/);
    }
    expect(restApiEvent({ path: '/a%E2' }).path).toBe('/a%E2');
    expect(albEvent({ path: '/a%E2' }).path).toBe('/a%E2');
  });
});
