import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { albEvent } from '../../../src/events/albEvent.js';
import { httpApiEvent } from '../../../src/events/httpApiEvent.js';
import { restApi } from '../../../src/events/restApi.js';
import { restApiEvent } from '../../../src/events/restApiEvent.js';

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]);
const asPng = { 'Content-Type': 'image/png' };

describe('E-B1: REST hands a request body base64 only when its Content-Type is a binary media type', () => {
  it('bytes whose Content-Type matches arrive base64, byte for byte', () => {
    const event = restApi.put('/avatars/1', png, { headers: asPng, binaryMediaTypes: ['image/png'] });
    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body ?? '', 'base64')).toEqual(Buffer.from(png));
    const wildcard = restApi.put('/avatars/1', png, { headers: asPng, binaryMediaTypes: ['image/*'] });
    expect(wildcard.isBase64Encoded).toBe(true);
  });

  it('bytes whose Content-Type matches none arrive as mangled UTF-8 text: the forgotten binary type', () => {
    const event = restApi.put('/avatars/1', png, { headers: asPng, binaryMediaTypes: ['application/pdf'] });
    expect(event.isBase64Encoded).toBe(false);
    expect(event.body).toContain('\uFFFD');
    expect(Buffer.from(event.body ?? '', 'utf8')).not.toEqual(Buffer.from(png));
    const none = restApiEvent({ method: 'PUT', body: png, headers: asPng, binaryMediaTypes: [] });
    expect(none.isBase64Encoded).toBe(false);
  });

  it('a text body whose Content-Type matches arrives base64 too: */* makes a JSON body base64', () => {
    const event = restApi.post('/items', { name: 'pen' }, { binaryMediaTypes: ['*/*'] });
    expect(event.isBase64Encoded).toBe(true);
    expect(event.body).not.toBe('{"name":"pen"}');
    expect(Buffer.from(event.body ?? '', 'base64').toString('utf8')).toBe('{"name":"pen"}');
    const textOnly = restApi.post('/items', { name: 'pen' }, { binaryMediaTypes: ['image/png'] });
    expect([textOnly.isBase64Encoded, textOnly.body]).toEqual([false, '{"name":"pen"}']);
  });

  it('matches the Content-Type without parameters and in any case, and a body without one is text', () => {
    const event = restApi.put('/a', png, {
      headers: { 'content-type': 'Image/PNG; charset=binary' },
      binaryMediaTypes: ['image/png'],
    });
    expect(event.isBase64Encoded).toBe(true);
    const untyped = restApi.put('/a', 'hello', { binaryMediaTypes: ['image/png'] });
    expect([untyped.isBase64Encoded, untyped.body]).toEqual([false, 'hello']);
  });

  it('without binaryMediaTypes keeps the default: bytes base64, text as text', () => {
    expect(restApi.put('/a', png, { headers: asPng }).isBase64Encoded).toBe(true);
    expect(restApi.put('/a', 'hello').isBase64Encoded).toBe(false);
  });

  it('any UTF-8 text round-trips under a matching type, and stays as it is under none', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => {
        const init = { headers: { 'Content-Type': 'text/csv' } };
        const binary = restApi.put('/a', text, { ...init, binaryMediaTypes: ['text/csv'] });
        expect(binary.isBase64Encoded).toBe(true);
        expect(Buffer.from(binary.body ?? '', 'base64').toString('utf8')).toBe(text);
        const plain = restApi.put('/a', text, { ...init, binaryMediaTypes: ['image/png'] });
        expect([plain.isBase64Encoded, plain.body]).toEqual([false, text]);
      }),
    );
  });

  it('is refused where it means nothing, and when it is not a list of media types', () => {
    expect(() => httpApiEvent({ binaryMediaTypes: ['image/png'] } as never)).toThrow(
      /binaryMediaTypes does not exist for HTTP APIs: binaryMediaTypes is a REST API setting/,
    );
    expect(() => albEvent({ binaryMediaTypes: ['image/png'] } as never)).toThrow(
      /does not exist for ALB targets/,
    );
    expect(() => restApiEvent({ binaryMediaTypes: 'image/png' as never })).toThrow(
      /binaryMediaTypes must be the API's list of media types, such as \['image\/png'\]/,
    );
    expect(() => restApiEvent({ binaryMediaTypes: ['png'] })).toThrow(/binaryMediaTypes must be/);
  });
});
