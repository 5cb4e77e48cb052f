import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lattice } from '../../../src/events/lattice.js';
import { latticeEvent } from '../../../src/events/latticeEvent.js';

const REF = '/work/shared/reference-events/vpc-lattice';
const read = (file: string) => JSON.parse(readFileSync(`${REF}/${file}`, 'utf8').replace(/^\uFEFF/, ''));
const sorted = (o: object) => Object.keys(o).sort();

describe('latticeEvent', () => {
  it('L-1: version V1 and V2 give the two event structures, V2 by default', () => {
    expect(latticeEvent()).toHaveProperty('version', '2.0');
    expect(latticeEvent({ version: 'V1' })).toHaveProperty('raw_path', '/');
    expect(() => latticeEvent({ version: 'V3' as never })).toThrow(/version must be 'V1' or 'V2'.*L-1/);
  });

  it('L-2: V1 keys match the captured V1 event, V2 keys the captured V2 GET', () => {
    const v1 = read('aws-lambda-go-pr521/vpclattice-v1-request.json');
    expect(sorted(latticeEvent({ version: 'V1', method: 'POST', json: {} }))).toEqual(sorted(v1));
    const get = read('robian-rust-fork/example-vpc_lattice-lambda-target-request-get.at-41881ff.json');
    const ours = latticeEvent({ path: '/foo?foo=bar' });
    expect(sorted(ours)).toEqual(sorted(get));
    expect(sorted(ours.requestContext)).toEqual(sorted(get.requestContext));
    expect(sorted(ours.requestContext.identity)).toEqual(sorted(get.requestContext.identity));
  });

  it('L-3: V1 joins repeated headers with ", " and keeps the last query value', () => {
    const e = latticeEvent({
      version: 'V1',
      path: '/?QS1=value1&QS1=value2',
      headers: { multi: ['a', 'b'] },
    });
    expect(e.headers.multi).toBe('a, b');
    expect(e.query_string_parameters).toEqual({ QS1: 'value2' });
    expect(e.raw_path).toBe('/?QS1=value1&QS1=value2');
  });

  it('L-4: V2 header and query values are arrays', () => {
    const e = latticeEvent({ path: '/?a=1&a=2', headers: { 'x-one': 'v' } });
    expect(e.headers['x-one']).toEqual(['v']);
    expect(e.queryStringParameters).toEqual({ a: ['1', '2'] });
    for (const v of Object.values(e.headers)) expect(Array.isArray(v)).toBe(true);
  });

  it('L-5: V2 path keeps the raw query, queryStringParameters is decoded', () => {
    const e = lattice.get('/foo?q=a%20b');
    expect(e.path).toBe('/foo?q=a%20b');
    expect(e.queryStringParameters).toEqual({ q: ['a b'] });
  });

  it('L-6: V2 omits body, isBase64Encoded and queryStringParameters when they do not apply', () => {
    const post = read('robian-rust-fork/example-vpc_lattice-lambda-target-request-post.json');
    const ours = lattice.post('/foo', { a: 1 });
    expect(sorted(ours)).toEqual(sorted(post));
    expect(ours).not.toHaveProperty('isBase64Encoded');
    expect(lattice.get('/')).not.toHaveProperty('body');
  });

  it('L-7: bytes bodies are base64 with the flag set', () => {
    const e = lattice.post('/up', new Uint8Array([1, 2, 3]));
    expect(e.isBase64Encoded).toBe(true);
    expect(e.body).toBe('AQID');
    expect(lattice.post('/up', new Uint8Array([1]), { version: 'V1' }).is_base64_encoded).toBe(true);
  });

  it('L-8: timeEpoch is a 16-digit string of microseconds', () => {
    const e = latticeEvent({ time: Date.UTC(2024, 6, 26) });
    expect(e.requestContext.timeEpoch).toMatch(/^\d{16}$/);
    expect(Number(e.requestContext.timeEpoch.slice(0, 13))).toBe(Date.UTC(2024, 6, 26));
  });

  it('L-9: identity under auth type NONE holds only sourceVpcArn', () => {
    expect(Object.keys(latticeEvent().requestContext.identity)).toEqual(['sourceVpcArn']);
  });

  it('L-10: header names are lower case and x-forwarded-for is present, no x-amzn-lattice-*', () => {
    const e = latticeEvent({ headers: { 'X-Custom': 'v' } });
    expect(e.headers['x-custom']).toEqual(['v']);
    expect(e.headers['x-forwarded-for']).toBeDefined();
    expect(Object.keys(e.headers).some((k) => k.startsWith('x-amzn-lattice'))).toBe(false);
  });
});
