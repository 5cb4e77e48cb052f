import { describe, expect, it } from 'vitest';
import { albEvent } from '../../../src/events/albEvent.js';
import { functionUrlEvent } from '../../../src/events/functionUrlEvent.js';
import { httpApiEvent } from '../../../src/events/httpApiEvent.js';
import { httpApiV1Event } from '../../../src/events/httpApiV1Event.js';
import { mergePathParameters } from '../../../src/events/init/matchRoute.js';
import type { EventIntegration } from '../../../src/events/init/normalizedRequest.js';
import { normalizeInit } from '../../../src/events/init/normalizeInit.js';
import { SOURCE_IP } from '../../../src/events/layouts/clientDefaults.js';
import {
  forwardedSourceIp,
  headerEntries,
  keepsDefaultHeaders,
} from '../../../src/events/layouts/headerEntries.js';
import { stageVariablesCopy } from '../../../src/events/layouts/stageVariablesCopy.js';
import { methodShortcuts } from '../../../src/events/methodShortcuts.js';
import { restApiEvent } from '../../../src/events/restApiEvent.js';
import type { EventInit } from '../../../src/events/types.js';

const request = (integration: EventIntegration, init: EventInit) =>
  normalizeInit({ factory: 't', integration, init });

// The rules the REST, HTTP API, function URL and ALB builders share, tested once here and through each builder.

describe('keepsDefaultHeaders', () => {
  const rest = { lowerCase: false, contentLength: 'never' } as const;
  const alb = { lowerCase: true, contentLength: 'body' } as const;

  it('is true only when nothing would change the defaults', () => {
    expect(keepsDefaultHeaders(request('alb', {}), alb)).toBe(true);
    expect(keepsDefaultHeaders(request('alb', { headers: { a: 'b' } }), alb)).toBe(false);
    expect(keepsDefaultHeaders(request('alb', { cookies: ['a=b'] }), alb)).toBe(false);
    expect(keepsDefaultHeaders(request('alb', { json: {} }), alb)).toBe(false);
  });

  it('counts a text body (no implied content-type) only where the front end sends content-length', () => {
    expect(keepsDefaultHeaders(request('alb', { body: 'hi' }), alb)).toBe(false);
    expect(keepsDefaultHeaders(request('rest', { body: 'hi' }), rest)).toBe(true);
  });

  it('matches what the builders send for a text body', () => {
    expect(albEvent({ body: 'hi' }).headers?.['content-length']).toBe('2');
    expect(httpApiV1Event({ body: 'hi' }).headers['content-length']).toBe('2');
    expect(httpApiEvent({ body: 'hi' }).headers['content-length']).toBe('2');
    expect(functionUrlEvent({ body: 'hi' }).headers['content-length']).toBe('2');
    expect(restApiEvent({ body: 'hi' }).headers['Content-Length']).toBeUndefined();
  });
});

describe('forwardedSourceIp', () => {
  const entries = (forwardedFor: string) =>
    headerEntries({ 'x-forwarded-for': forwardedFor }, request('alb', {}), {
      lowerCase: true,
      contentLength: 'never',
    });

  it('takes the first X-Forwarded-For address', () => {
    expect(forwardedSourceIp(entries(' 192.0.2.7 , 198.51.100.24'), 'fallback')).toBe('192.0.2.7');
  });

  it('falls back when the first entry is not an IP address or the header is missing', () => {
    expect(forwardedSourceIp(entries('unknown, 192.0.2.7'), 'fallback')).toBe('fallback');
    expect(forwardedSourceIp([], 'fallback')).toBe('fallback');
  });

  it('is what every builder reports as the source IP', () => {
    const headers = { 'x-forwarded-for': 'not-an-ip' };
    expect(restApiEvent({ headers }).requestContext.identity.sourceIp).toBe(SOURCE_IP);
    expect(httpApiV1Event({ headers }).requestContext.identity.sourceIp).toBe(SOURCE_IP);
    expect(httpApiEvent({ headers }).requestContext.http.sourceIp).toBe(SOURCE_IP);
    const forwarded = { 'x-forwarded-for': '192.0.2.7' };
    expect(restApiEvent({ headers: forwarded }).requestContext.identity.sourceIp).toBe('192.0.2.7');
    expect(httpApiV1Event({ headers: forwarded }).requestContext.identity.sourceIp).toBe('192.0.2.7');
    expect(httpApiEvent({ headers: forwarded }).requestContext.http.sourceIp).toBe('192.0.2.7');
  });
});

describe('mergePathParameters', () => {
  it('lays the given parameters over the route’s', () => {
    expect(mergePathParameters({ id: '1', lang: 'en' }, { id: '2' })).toEqual({ id: '2', lang: 'en' });
    expect(mergePathParameters(undefined, { id: '2' })).toEqual({ id: '2' });
  });

  it('keeps the route’s object when none are given, and gives undefined when none are left', () => {
    const fromRoute = { id: '1' };
    expect(mergePathParameters(fromRoute, undefined)).toBe(fromRoute);
    expect(mergePathParameters(undefined, undefined)).toBeUndefined();
    expect(mergePathParameters(undefined, {})).toBeUndefined();
  });

  it('makes empty pathParameters null on REST and 1.0, and absent on 2.0', () => {
    expect(restApiEvent({ pathParameters: {} }).pathParameters).toBeNull();
    expect(httpApiV1Event({ pathParameters: {} }).pathParameters).toBeNull();
    expect('pathParameters' in httpApiEvent({ pathParameters: {} })).toBe(false);
  });
});

describe('stageVariablesCopy', () => {
  it('copies, so one event’s change does not reach the next', () => {
    const given = { env: 'test' };
    const copy = stageVariablesCopy(given);
    expect(copy).toEqual(given);
    expect(copy).not.toBe(given);
  });

  it('gives undefined for none or an empty object', () => {
    expect(stageVariablesCopy(undefined)).toBeUndefined();
    expect(stageVariablesCopy({})).toBeUndefined();
  });

  it('makes empty stageVariables null on REST and 1.0, and absent on 2.0', () => {
    expect(restApiEvent({ stageVariables: {} }).stageVariables).toBeNull();
    expect(httpApiV1Event({ stageVariables: {} }).stageVariables).toBeNull();
    expect('stageVariables' in httpApiEvent({ stageVariables: {} })).toBe(false);
  });
});

describe('methodShortcuts', () => {
  const calls: unknown[][] = [];
  // Made in each test, not while the file loads (Stryker counts load-time code as static).
  const make = () =>
    methodShortcuts('demo', (...args: unknown[]) => {
      calls.push(args);
      return args.length;
    });

  it('passes each shortcut its own name, method, path, body and init', () => {
    const shortcuts = make();
    calls.length = 0;
    shortcuts.get('/a', { stage: 'x' });
    shortcuts.delete('/b');
    shortcuts.patch('/c', 'body', { stage: 'y' });
    expect(calls).toEqual([
      ['demo.get', { stage: 'x' }, 'GET', '/a'],
      ['demo.delete', undefined, 'DELETE', '/b'],
      ['demo.patch', { stage: 'y' }, 'PATCH', '/c', 'body'],
    ]);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(make())).toBe(true);
  });
});
