import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIpAddress } from '../../../../src/events/init/sourceIp.js';

describe('isIpAddress', () => {
  it('accepts every IPv4 and IPv6 address', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (ip) => {
        expect(isIpAddress(ip)).toBe(true);
      }),
    );
  });
  it.each([
    '',
    'IP',
    '1.2.3',
    '256.1.1.1',
    '01.2.3.4',
    '1.2.3.4/32',
    '1::2::3',
    '1:2:3:4:5:6:7',
    '::1:2:3:4:5:6:7:8',
    'g::1',
    '1.2.3.4:80',
  ])('rejects %j', (text) => expect(isIpAddress(text)).toBe(false));
});
