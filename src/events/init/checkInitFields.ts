import { isPlainObject } from '../../internal/isPlainObject.js';
import { describe, failInit } from './eventInitError.js';
import type { EventIntegration } from './normalizedRequest.js';

const FIELDS = [
  'method',
  'path',
  'query',
  'headers',
  'cookies',
  'body',
  'json',
  'route',
  'pathParameters',
  'stage',
  'stageVariables',
  'sourceIp',
  'authorizer',
  'multiValue',
  'time',
  'seed',
  'overrides',
  'binaryMediaTypes',
];
const KNOWN = new Set(FIELDS);

// Event field names people reach for first, mapped to the init field that sets them. Null prototype, so
// 'constructor' or 'toString' finds nothing.
const SUGGEST: Record<string, string> = Object.assign(Object.create(null), {
  httpMethod: 'method',
  queryStringParameters: 'query',
  multiValueQueryStringParameters: 'query',
  multiValueHeaders: 'headers',
  rawQueryString: 'path',
  rawPath: 'path',
  resource: 'route',
  routeKey: 'route',
  isBase64Encoded: 'body (a Uint8Array is sent base64)',
  requestContext: 'overrides',
  ip: 'sourceIp',
  qs: 'query',
});

const FRONT_END_NAME: Record<EventIntegration, string> = {
  rest: 'REST APIs',
  'http-1.0': 'HTTP APIs',
  'http-2.0': 'HTTP APIs',
  'function-url': 'function URLs',
  alb: 'ALB targets',
};

// Which init fields each front end cannot express, and why; these are refused rather than silently dropped.
const UNSUPPORTED: Record<EventIntegration, Record<string, string>> = {
  rest: { multiValue: 'multi-value mode is an ALB target group setting; REST events always carry both maps' },
  'http-1.0': {
    binaryMediaTypes:
      'binaryMediaTypes is a REST API setting; HTTP APIs, function URLs and ALB base64-encode a binary request body by its Content-Type on their own',
    multiValue: 'multi-value mode is an ALB target group setting; payload 1.0 always carries both maps',
  },
  'http-2.0': {
    binaryMediaTypes:
      'binaryMediaTypes is a REST API setting; HTTP APIs, function URLs and ALB base64-encode a binary request body by its Content-Type on their own',
    multiValue: 'multi-value mode is an ALB target group setting; payload 2.0 joins values with commas',
  },
  'function-url': {
    binaryMediaTypes:
      'binaryMediaTypes is a REST API setting; HTTP APIs, function URLs and ALB base64-encode a binary request body by its Content-Type on their own',
    route: 'a function URL has no routes: every path reaches the function',
    pathParameters: 'a function URL has no routes, so no path parameters: read rawPath',
    stage: 'a function URL has no stages',
    stageVariables: 'a function URL has no stages, so no stage variables',
    multiValue: 'multi-value mode is an ALB target group setting',
  },
  alb: {
    binaryMediaTypes:
      'binaryMediaTypes is a REST API setting; HTTP APIs, function URLs and ALB base64-encode a binary request body by its Content-Type on their own',
    route: 'an ALB has listener rules, not routes: the event carries only the path',
    pathParameters: 'an ALB event has no path parameters: read path',
    stage: 'an ALB has no stages',
    stageVariables: 'an ALB has no stages, so no stage variables',
    authorizer: 'an ALB event carries no authorizer (ALB authentication arrives as x-amzn-oidc-* headers)',
  },
};

/**
 * The init as an object whose every field is one the factories know and `integration` can express; a typo
 * or an event field name (`queryStringParameters`) is refused with the init field to use instead.
 * @example checkInitFields('albEvent', 'alb', { stage: 'prod' }) // throws: stage does not exist for ALB targets
 */
export function checkInitFields(
  factory: string,
  integration: EventIntegration,
  init: unknown,
): Record<string, unknown> {
  if (!isPlainObject(init)) {
    failInit(factory, `init must be an object such as { path: '/items' }; got ${describe(init)}`);
  }
  const unsupported = UNSUPPORTED[integration];
  for (const key in init) {
    if (!KNOWN.has(key)) {
      const hint = SUGGEST[key] === undefined ? `the fields are ${FIELDS.join(', ')}` : `use ${SUGGEST[key]}`;
      failInit(factory, `unknown init field '${key}': ${hint}`);
    }
    const why = unsupported[key];
    if (why !== undefined && init[key] !== undefined) {
      failInit(factory, `${key} does not exist for ${FRONT_END_NAME[integration]}: ${why}; remove it`);
    }
  }
  return init;
}
