// Fields AWS duplicates must agree in every event, whatever the init (events.md §10): these properties are
// what a hand-edited fixture usually breaks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { albEvent } from '../../../src/events/albEvent.js';
import { functionUrlEvent } from '../../../src/events/functionUrlEvent.js';
import { httpApiEvent } from '../../../src/events/httpApiEvent.js';
import { httpApiV1Event } from '../../../src/events/httpApiV1Event.js';
import { restApiEvent } from '../../../src/events/restApiEvent.js';
import { inits } from './arbitraries.js';

const stages = fc.constantFrom(undefined, 'prod', 'dev_2', 'v1-beta');
const last = <T>(list: T[]): T | undefined => list[list.length - 1];
const header = (headers: Record<string, string>, lower: string) =>
  Object.entries(headers).find(([name]) => name.toLowerCase() === lower)?.[1];

function checkMultiValuePair(
  single: Record<string, string> | null,
  multi: Record<string, string[]> | null,
): void {
  if (single === null || multi === null) {
    expect(single).toBe(multi);
    return;
  }
  expect(Object.keys(single)).toEqual(Object.keys(multi));
  for (const name of Object.keys(multi)) expect(single[name]).toBe(last(multi[name] as string[]));
}

describe('duplicated fields agree', () => {
  it('REST: method, path with stage, headers from multiValueHeaders, query maps, identity from headers', () => {
    fc.assert(
      fc.property(inits, stages, (init, stage) => {
        const e = restApiEvent({ ...init, stage }) as any;
        const rc = e.requestContext;
        expect(rc.httpMethod).toBe(e.httpMethod);
        expect(rc.path).toBe(`/${rc.stage}${e.path}`);
        expect(rc.resourcePath).toBe(e.resource);
        checkMultiValuePair(e.headers, e.multiValueHeaders);
        checkMultiValuePair(e.queryStringParameters, e.multiValueQueryStringParameters);
        expect(rc.identity.userAgent).toBe(header(e.headers, 'user-agent') ?? null);
        expect(rc.domainName).toBe(header(e.headers, 'host'));
        expect(rc.domainName === rc.domainPrefix || rc.domainName.startsWith(`${rc.domainPrefix}.`)).toBe(
          true,
        );
        if (init.sourceIp === undefined) {
          expect(header(e.headers, 'x-forwarded-for')?.split(',')[0]?.trim()).toBe(rc.identity.sourceIp);
        }
        expect(e.isBase64Encoded).toBe(init.body instanceof Uint8Array && init.body.length > 0);
      }),
    );
  });

  it('HTTP API 1.0: the REST relations, with lower-case names and the path left with its stage', () => {
    fc.assert(
      fc.property(inits, stages, (init, stage) => {
        const e = httpApiV1Event({ ...init, stage }) as any;
        expect(e.version).toBe('1.0');
        expect(e.requestContext.httpMethod).toBe(e.httpMethod);
        expect(e.requestContext.path).toBe(e.path);
        checkMultiValuePair(e.headers, e.multiValueHeaders);
        checkMultiValuePair(e.queryStringParameters, e.multiValueQueryStringParameters);
        for (const name of Object.keys(e.headers)) expect(name).toBe(name.toLowerCase());
      }),
    );
  });

  it('HTTP API 2.0: rawPath = http.path, routeKey twice, lower-case names, cookies out of headers', () => {
    fc.assert(
      fc.property(inits, stages, (init, stage) => {
        const e = httpApiEvent({ ...init, stage }) as any;
        const rc = e.requestContext;
        expect(rc.http.path).toBe(e.rawPath);
        expect(e.rawPath).toBe(
          stage === undefined ? e.rawPath : `/${stage}${decodeURIComponent(init.path?.split('?')[0] ?? '/')}`,
        );
        expect(rc.routeKey).toBe(e.routeKey);
        expect(rc.http.method).toBe(e.routeKey.split(' ')[0]);
        expect(rc.http.userAgent).toBe(e.headers['user-agent'] ?? '');
        expect(rc.domainName).toBe(e.headers.host);
        for (const name of Object.keys(e.headers)) expect(name).toBe(name.toLowerCase());
        expect(e.headers.cookie).toBeUndefined();
        expect(e.headers['content-length']).toMatch(/^\d+$/);
        for (const key of ['queryStringParameters', 'cookies', 'body', 'pathParameters', 'stageVariables']) {
          expect(e[key]).not.toBeNull();
          if (e[key] !== undefined && key !== 'body') expect(Object.keys(e[key]).length).toBeGreaterThan(0);
        }
        if (init.sourceIp === undefined)
          expect(e.headers['x-forwarded-for']?.split(',')[0]).toBe(rc.http.sourceIp);
      }),
    );
  });

  it('function URL: $default everywhere, rawPath without a stage, the cookie header kept beside cookies', () => {
    fc.assert(
      fc.property(inits, (init) => {
        const e = functionUrlEvent(init) as any;
        const rc = e.requestContext;
        expect([e.routeKey, rc.routeKey, rc.stage]).toEqual(['$default', '$default', '$default']);
        // E-P5, E-P6: rawPath as sent, http.path decoded.
        expect(rc.http.path).toBe(decodeURIComponent(e.rawPath));
        expect(e.rawPath).toBe(init.path?.split('?')[0] ?? '/');
        expect(rc.accountId).toBe('anonymous');
        expect(rc.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        if (e.cookies !== undefined) expect(e.headers.cookie).toEqual(expect.any(String));
      }),
    );
  });

  it('ALB: exactly one family of maps, lower-case names, query left encoded, body a string', () => {
    fc.assert(
      fc.property(inits, fc.boolean(), (init, multiValue) => {
        const e = albEvent({ ...init, multiValue }) as any;
        const present = [
          'headers',
          'queryStringParameters',
          'multiValueHeaders',
          'multiValueQueryStringParameters',
        ]
          .filter((key) => key in e)
          .sort();
        expect(present).toEqual(
          multiValue
            ? ['multiValueHeaders', 'multiValueQueryStringParameters']
            : ['headers', 'queryStringParameters'],
        );
        for (const name of Object.keys(e.headers ?? e.multiValueHeaders))
          expect(name).toBe(name.toLowerCase());
        expect(typeof e.body).toBe('string');
      }),
    );
  });
});
