import { describe, failInit } from './eventInitError.js';

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

/** True for a bare IPv4 or IPv6 address, the only forms AWS puts in `sourceIp`. */
export function isIpAddress(text: string): boolean {
  if (IPV4.test(text)) return true;
  if (!text.includes(':')) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  let groups = 0;
  for (let h = 0; h < halves.length; h++) {
    const half = halves[h] as string;
    if (half === '') continue;
    const parts = half.split(':');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      const last = h === halves.length - 1 && i === parts.length - 1;
      if (last && part.includes('.')) {
        if (!IPV4.test(part)) return false;
        groups += 2;
      } else if (HEX_GROUP.test(part)) {
        groups += 1;
      } else {
        return false;
      }
    }
  }
  return halves.length === 2 ? groups < 8 : groups === 8;
}

/**
 * `init.sourceIp`, checked: a bare address, since AWS reports the client's address without port or mask.
 * @example sourceIp('restApiEvent', '2001:db8::7') // '2001:db8::7'
 */
export function sourceIp(factory: string, value: unknown): string | undefined {
  if (value !== undefined && (typeof value !== 'string' || !isIpAddress(value))) {
    failInit(
      factory,
      `sourceIp must be a bare IPv4 or IPv6 address such as '203.0.113.7'; got ${describe(value)}`,
    );
  }
  return value;
}
