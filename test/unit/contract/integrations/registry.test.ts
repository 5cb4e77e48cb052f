// Each integration is complete: rules, a label, an event factory that invokeHttp recognises, and a section of
// the specification. The compiler checks the Records; this checks what it cannot see.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  INTEGRATIONS,
  integrationLabel,
  isIntegration,
} from '../../../../src/contract/integrations/integrationNames.js';
import { rulesFor } from '../../../../src/contract/integrations/rulesFor.js';
import type { Integration } from '../../../../src/contract/types.js';
import { albEvent } from '../../../../src/events/albEvent.js';
import { functionUrlEvent } from '../../../../src/events/functionUrlEvent.js';
import { httpApiEvent } from '../../../../src/events/httpApiEvent.js';
import { httpApiV1Event } from '../../../../src/events/httpApiV1Event.js';
import { latticeEvent } from '../../../../src/events/latticeEvent.js';
import { integrationOf } from '../../../../src/events/readEvent.js';
import { restApiEvent } from '../../../../src/events/restApiEvent.js';

const EVENTS: Record<Integration, () => unknown> = {
  rest: () => restApiEvent({ path: '/items' }),
  'http-1.0': () => httpApiV1Event({ path: '/items' }),
  'http-2.0': () => httpApiEvent({ path: '/items' }),
  alb: () => albEvent({ path: '/items' }),
  'alb-multi-value': () => albEvent({ path: '/items', multiValue: true }),
  'function-url': () => functionUrlEvent({ path: '/items' }),
  lattice: () => latticeEvent({ path: '/items' }),
};

const spec = readFileSync(new URL('../../../../docs/proxy-rules.md', import.meta.url), 'utf8');
// The words each integration's section heading uses in proxy-rules.md.
const HEADINGS: Record<Integration, RegExp> = {
  rest: /^## \d+\. API Gateway REST API/m,
  'http-1.0': /^## \d+\. API Gateway HTTP API — payload format 1\.0/m,
  'http-2.0': /^## \d+\. API Gateway HTTP API — payload format 2\.0/m,
  alb: /^## \d+\. Application Load Balancer/m,
  'alb-multi-value': /^### Multi-value headers ON/m,
  'function-url': /^## \d+\. Lambda function URLs/m,
  lattice: /^## \d+\. Amazon VPC Lattice/m,
};

describe('every integration is complete', () => {
  it('lists the integrations, each a valid name, in the specification order', () => {
    expect(INTEGRATIONS).toEqual([
      'rest',
      'http-1.0',
      'http-2.0',
      'alb',
      'alb-multi-value',
      'function-url',
      'lattice',
    ]);
    expect(INTEGRATIONS.every(isIntegration)).toBe(true);
    expect(isIntegration('apigw')).toBe(false);
  });

  it('takes only strings: an array or object that prints as a name is not one', () => {
    // Object.hasOwn turns its key into a string, so ['rest'] would pass for 'rest' without the type check.
    expect(isIntegration(['rest'])).toBe(false);
    expect(isIntegration({ toString: () => 'rest' })).toBe(false);
  });

  it.each(INTEGRATIONS)(
    '%s has its own rules, a label, a recognised event and a spec section',
    (integration) => {
      expect(rulesFor(integration).integration).toBe(integration);
      expect(integrationLabel(integration)).not.toBe(integration);
      expect(integrationOf(EVENTS[integration]())).toBe(integration);
      expect(spec).toMatch(HEADINGS[integration]);
    },
  );

  it('gives every integration a label of its own', () => {
    const all = INTEGRATIONS;
    expect(new Set(all.map(integrationLabel)).size).toBe(all.length);
    expect(isIntegration('lattice')).toBe(true);
  });
});
