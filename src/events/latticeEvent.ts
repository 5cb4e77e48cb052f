import { normalizeInit } from './init/normalizeInit.js';
import { lastValueMap, multiValueMap, splitQuery } from './init/queryString.js';
import { safeMerge } from './init/safeMerge.js';
import type { VpcLatticeEventV1, VpcLatticeEventV2 } from './latticeTypes.js';
import { ACCOUNT_ID } from './layouts/authorizer.js';
import { ACCEPT, ACCEPT_ENCODING, REGION, SOURCE_IP, USER_AGENT } from './layouts/clientDefaults.js';
import { type HeaderStyle, headerEntries, multiValueHeaders } from './layouts/headerEntries.js';
import type { EventInit, HttpMethod } from './types.js';

/** Lattice hands Lambda lower-case names (L-10) and a Content-Length only with a body, as a client sends it. */
const HEADER_STYLE: HeaderStyle = { lowerCase: true, contentLength: 'body' };

export type LatticeEventInit<E> = EventInit<E> & { version?: 'V1' | 'V2' };

function defaultHeaders(host: string, sourceIp: string): Record<string, string> {
  return {
    accept: ACCEPT,
    'accept-encoding': ACCEPT_ENCODING,
    host,
    'user-agent': USER_AGENT,
    'x-forwarded-for': sourceIp,
  };
}

function arn(kind: string, id: string): string {
  return `arn:aws:vpc-lattice:${REGION}:${ACCOUNT_ID}:${kind}/${id}`;
}

/**
 * The event a VPC Lattice target group sends its Lambda function. `version` is the target group's
 * `LambdaEventStructureVersion` (L-1); it defaults to `'V2'`, the console's choice and the richer event.
 *
 * @example latticeEvent({ version: 'V1', method: 'GET', path: '/health' })
 */
export function latticeEvent(
  init: LatticeEventInit<VpcLatticeEventV1> & { version: 'V1' },
): VpcLatticeEventV1;
export function latticeEvent(init?: LatticeEventInit<VpcLatticeEventV2>): VpcLatticeEventV2;
export function latticeEvent(init?: LatticeEventInit<unknown>): VpcLatticeEventV1 | VpcLatticeEventV2 {
  return latticeEventFor('latticeEvent', init);
}

/** Shared by `latticeEvent` and the `lattice.get` … shortcuts, which fix the method, path and body. */
export function latticeEventFor(
  factory: string,
  init: unknown,
  method?: HttpMethod,
  path?: string,
  body?: unknown,
): VpcLatticeEventV1 | VpcLatticeEventV2 {
  let version: unknown = 'V2';
  let rest = init;
  if (init !== null && typeof init === 'object' && 'version' in init) {
    const { version: v, ...others } = init as Record<string, unknown>;
    version = v ?? 'V2';
    rest = others;
  }
  if (version !== 'V1' && version !== 'V2') {
    throw new TypeError(
      `${factory}: version must be 'V1' or 'V2' (the target group's LambdaEventStructureVersion, rule L-1); got ${JSON.stringify(version)}`,
    );
  }
  // Lattice shares the ALB's init rules: no routes, no stages, and the same body-encoding list (L-7).
  const req = normalizeInit({ factory, integration: 'alb', init: rest, method, path, body });
  const { ids } = req;
  const host = `svc-${ids.targetGroupId}${ids.albNumber.slice(0, 1)}.${ids.apiId.slice(0, 7)}.vpc-lattice-svcs.${REGION}.on.aws`;
  const entries = headerEntries(defaultHeaders(host, req.sourceIp ?? SOURCE_IP), req, HEADER_STYLE);
  const pairs = req.rawQuery === '' ? [] : splitQuery(req.rawQuery, true);
  let event: Record<string, unknown>;
  if (version === 'V1') {
    const headers: Record<string, string> = {};
    // L-3: repeated headers are joined with ", ".
    for (const [name, values] of Object.entries(multiValueHeaders(entries)))
      headers[name] = values.join(', ');
    event = {
      raw_path: req.rawQuery === '' ? req.path : `${req.path}?${req.rawQuery}`,
      method: req.method,
      headers,
      query_string_parameters: lastValueMap(pairs),
      body: req.body ?? '',
      is_base64_encoded: req.base64,
    };
  } else {
    event = {
      version: '2.0',
      // L-5: the raw query stays in `path`; queryStringParameters holds the decoded values.
      path: req.rawQuery === '' ? req.path : `${req.path}?${req.rawQuery}`,
      method: req.method,
      headers: multiValueHeaders(entries),
    };
    // L-6: absent rather than empty when they do not apply.
    if (pairs.length > 0) event.queryStringParameters = multiValueMap(pairs);
    if (req.body !== undefined) event.body = req.body;
    if (req.base64) event.isBase64Encoded = true;
    event.requestContext = {
      serviceNetworkArn: arn('servicenetwork', `sn-${ids.targetGroupId}0`),
      serviceArn: arn('service', `svc-${ids.targetGroupId}0`),
      targetGroupArn: arn('targetgroup', `tg-${ids.targetGroupId}0`),
      identity: { sourceVpcArn: `arn:aws:ec2:${REGION}:${ACCOUNT_ID}:vpc/vpc-${ids.targetGroupId}0` },
      region: REGION,
      // L-8: microseconds, as a string.
      timeEpoch: `${req.time.epoch}${ids.traceTail.replace(/\D/g, '0').slice(0, 3)}`,
    };
  }
  return req.overrides === undefined
    ? (event as never)
    : safeMerge(event as never, req.overrides, `${factory}: overrides`);
}
