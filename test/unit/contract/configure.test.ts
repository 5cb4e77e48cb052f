import { afterEach, describe, expect, it } from 'vitest';
import { configure, getDefaultIntegration } from '../../../src/contract/configure.js';
import { inspectProxyError } from '../../../src/contract/inspectProxyError.js';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import {
  INTEGRATIONS,
  integrationLabel,
  isIntegration,
  listIntegrations,
} from '../../../src/contract/integrations/integrationNames.js';

afterEach(() => {
  configure({ integration: 'rest' });
});

describe('configure', () => {
  it("defaults to 'rest'", () => {
    expect(getDefaultIntegration()).toBe('rest');
    expect(inspectProxyResult({ message: 'hi' }).integration).toBe('rest');
  });

  it('sets the project default, which every call without an integration uses', () => {
    configure({ integration: 'http-2.0' });
    expect(getDefaultIntegration()).toBe('http-2.0');
    expect(inspectProxyResult({ message: 'hi' })).toMatchObject({ integration: 'http-2.0', accepted: true });
    expect(inspectProxyError(new Error('x')).response.status).toBe(500);
  });

  it('options passed per call win over the project default', () => {
    configure({ integration: 'http-2.0' });
    expect(inspectProxyResult({ message: 'hi' }, { integration: 'rest' }).accepted).toBe(false);
  });

  it('returns the previous settings, so a test can restore them', () => {
    const previous = configure({ integration: 'alb' });
    expect(previous).toEqual({ integration: 'rest', runtime: 'nodejs24.x' });
    configure(previous);
    expect(getDefaultIntegration()).toBe('rest');
  });

  it('keeps the default when integration is left out', () => {
    configure({ integration: 'alb' });
    configure({});
    expect(getDefaultIntegration()).toBe('alb');
  });

  it.each([
    [
      { integration: 'http' },
      "configure(): integration must be one of 'rest', 'http-1.0', 'http-2.0', 'alb', 'alb-multi-value', 'function-url', 'lattice', but it is 'http'",
    ],
    [{ integration: 2 }, 'but it is number'],
    [
      { integraton: 'alb' },
      "configure() has no option 'integraton': the options are integration, runtime, invokeMode, responseTransferMode (did you mean integration?)",
    ],
    [null, 'configure() takes an object'],
    ['rest', 'configure() takes an object'],
  ])('rejects %j with a message naming the fix', (options, message) => {
    expect(() => configure(options as never)).toThrow(message);
    expect(getDefaultIntegration()).toBe('rest');
  });
});

describe('integrations', () => {
  it('lists the seven front ends', () => {
    expect(INTEGRATIONS).toEqual([
      'rest',
      'http-1.0',
      'http-2.0',
      'alb',
      'alb-multi-value',
      'function-url',
      'lattice',
    ]);
    expect(listIntegrations()).toBe(
      "'rest', 'http-1.0', 'http-2.0', 'alb', 'alb-multi-value', 'function-url', 'lattice'",
    );
  });

  it.each([
    ['rest', 'API Gateway (REST)'],
    ['http-1.0', 'API Gateway (HTTP API, payload 1.0)'],
    ['http-2.0', 'API Gateway (HTTP API, payload 2.0)'],
    ['alb', 'ALB'],
    ['alb-multi-value', 'ALB (multi-value headers)'],
    ['function-url', 'Lambda function URL'],
    ['lattice', 'VPC Lattice'],
  ] as const)('labels %s as %s', (integration, label) => {
    expect(isIntegration(integration)).toBe(true);
    expect(integrationLabel(integration)).toBe(label);
  });

  it.each(['REST', 'http', 'toString', '__proto__', '', null, undefined, 1, {}])(
    '%j is not an integration',
    (value) => {
      expect(isIntegration(value)).toBe(false);
    },
  );
});

describe('inspect options are the caller’s code: a wrong one throws a message that names the fix', () => {
  it.each([
    [{ integration: 'apigw' }, "inspectProxyResult(): integration must be one of 'rest'"],
    [
      { binaryMediaTypes: 'image/png' },
      "binaryMediaTypes must be an array of media types such as ['image/png']",
    ],
    [{ accept: ['image/png'] }, "accept must be the request's Accept header as a string"],
    [{ strict: 'yes' }, 'strict must be true or false'],
    [{ durationMs: -1 }, 'durationMs must be'],
    [{ integrationTimeoutMs: 0 }, 'integrationTimeoutMs must be'],
    ['rest', 'options must be an object'],
  ])('%j', (options, message) => {
    expect(() => inspectProxyResult({ statusCode: 200 }, options as never)).toThrow(message);
    expect(() => inspectProxyError(new Error('x'), options as never)).toThrow(
      message.replace('inspectProxyResult', 'inspectProxyError'),
    );
  });

  it('null and undefined options mean the defaults', () => {
    expect(inspectProxyResult({ statusCode: 200 }, null as never).accepted).toBe(true);
    expect(inspectProxyResult({ statusCode: 200 }, undefined).integration).toBe('rest');
  });
});
