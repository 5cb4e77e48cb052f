/** The ids a front end stamps on a request, in AWS's formats, all drawn from one seed. */
export interface RequestIds {
  /** REST and function-URL `requestId`: a UUID. */
  uuid: string;
  /** HTTP API `requestId` and REST `extendedRequestId`: 15 base64 characters and `=`. */
  shortId: string;
  /** API Gateway API id: 10 lower-case letters and digits. */
  apiId: string;
  /** REST `resourceId` and `deploymentId`: 6 lower-case letters and digits. */
  resourceId: string;
  deploymentId: string;
  /** The random part of an X-Ray root trace id: 24 hex digits. */
  traceTail: string;
  /** CloudFront's `X-Amz-Cf-Id`: 54 base64url characters and `==`. */
  cfId: string;
  /** CloudFront's edge host in `Via`: 32 hex digits. */
  viaHost: string;
  /** A function URL's id: 32 lower-case letters and digits. */
  urlId: string;
  /** An ALB's DNS suffix (10 digits) and target group id (16 hex digits). */
  albNumber: string;
  targetGroupId: string;
  /** A Lambda invocation's `awsRequestId` and its log stream's hex tail. */
  invocationId: string;
  logStreamTail: string;
}

const HEX = '0123456789abcdef';
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const DIGITS = '0123456789';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// FNV-1a over the seed's text: numbers and strings seed alike, and nearby seeds land far apart.
function hashSeed(seed: number | string): number {
  const text = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// mulberry32: tiny, fast and good enough for ids that only need to look random and repeat exactly.
function generator(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

function draw(next: () => number, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[next() % alphabet.length];
  return out;
}

function uuid(next: () => number): string {
  const hex = draw(next, HEX, 32);
  const variant = HEX[8 + (next() % 4)];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** The ids for one seed; the same seed always gives the same ids. `requestIds(7).uuid` → `'…-4…-…'`. */
export function requestIds(seed: number | string): RequestIds {
  const next = generator(hashSeed(seed));
  return {
    uuid: uuid(next),
    shortId: `${draw(next, BASE64, 15)}=`,
    apiId: draw(next, ALNUM, 10),
    resourceId: draw(next, ALNUM, 6),
    deploymentId: draw(next, ALNUM, 6),
    traceTail: draw(next, HEX, 24),
    cfId: `${draw(next, BASE64URL, 54)}==`,
    viaHost: draw(next, HEX, 32),
    urlId: draw(next, ALNUM, 32),
    albNumber: `1${draw(next, DIGITS, 9)}`,
    targetGroupId: draw(next, HEX, 16),
    invocationId: uuid(next),
    logStreamTail: draw(next, HEX, 32),
  };
}

let defaults: RequestIds | undefined;

/** The ids used when no `seed` is given: computed once, on first use. */
export function defaultRequestIds(): RequestIds {
  if (defaults === undefined) defaults = requestIds(0);
  return defaults;
}
