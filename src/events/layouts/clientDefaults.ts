/**
 * What the simulated client and region look like when the init does not say: an HTTPie request from a
 * documentation address (RFC 5737) to us-east-1, as in the captured events.
 */
export const REGION = 'us-east-1';
export const SOURCE_IP = '203.0.113.10';
export const USER_AGENT = 'HTTPie/3.2.2';
export const ACCEPT = '*/*';
export const ACCEPT_ENCODING = 'gzip, deflate';
/** The CloudFront edge that relays an edge-optimised REST request; it appends itself to X-Forwarded-For. */
export const CLOUDFRONT_IP = '198.51.100.24';

/** The first address in an X-Forwarded-For value, which AWS reports as the source IP. */
export function firstForwardedFor(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const comma = value.indexOf(',');
  return (comma === -1 ? value : value.slice(0, comma)).trim();
}
