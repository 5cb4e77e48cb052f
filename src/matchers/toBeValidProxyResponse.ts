import { integrationLabel, isIntegration, listIntegrations } from '../contract/integrations.js';
import { isProxyOutcome } from '../contract/isProxyOutcome.js';
import type { InspectOptions } from '../contract/types.js';
import type { MatcherContext, MatcherResult } from './context.js';
import { hint, isPlainObject, matcherError } from './messages.js';
import { ALL, problemList, readOutcome, refusal, remarks } from './outcome.js';
import type { ProxyResponseOptions } from './types.js';
import { printReceived } from './utils.js';

const NAME = 'toBeValidProxyResponse';
const { isArray } = Array;
const { keys } = Object;
const OPTION_KEYS = ['integration', 'strict', 'binaryMediaTypes', 'accept'];

/**
 * Passes when the front end builds a response from the result, instead of answering with its own error (502 on
 * REST and ALB, 500 on HTTP APIs). A `.not` passes for a result it rejects.
 * @example expect(result).toBeValidProxyResponse({ integration: 'alb' })
 */
export function toBeValidProxyResponse(
  this: MatcherContext,
  received: unknown,
  ...rest: [options?: ProxyResponseOptions | undefined]
): MatcherResult {
  const given = rest.length > 0 && rest[0] !== undefined;
  const title = () => hint(this, NAME, given ? 'options' : '');
  const options = given ? checkOptions(this, title, rest[0]) : undefined;
  if (options !== undefined && isProxyOutcome(received) && this.promise !== 'rejects') {
    // An outcome is already judged; options that would judge it differently are a mistake, not a no-op.
    for (const key of keys(options)) {
      if (key !== 'integration' || options.integration !== received.integration) {
        throw matcherError(
          this,
          title(),
          `options cannot apply to a ProxyOutcome, which is already judged (by ${received.integration}); pass the handler result instead`,
          'Expected',
          options,
        );
      }
    }
  }
  const outcome = readOutcome(this, received, options);
  const pass = outcome.accepted;
  return {
    pass,
    message: () => {
      const label = integrationLabel(outcome.integration);
      if (pass) {
        return (
          `${title()}\n\nExpected result not to be a valid proxy response, but ${label} builds a ` +
          `${printReceived(this, outcome.response.status)} response from it.${remarks(this, outcome, ALL)}`
        );
      }
      return (
        `${title()}\n\nExpected result to be a valid proxy response, but ${refusal(outcome)}` +
        `${problemList(this, outcome)}${remarks(this, outcome, ALL)}`
      );
    },
  };
}

function checkOptions(ctx: MatcherContext, title: () => string, options: unknown): InspectOptions {
  const fail = (problem: string): never => {
    throw matcherError(ctx, title(), problem, 'Expected', options);
  };
  if (!isPlainObject(options)) return fail('options must be an object such as { integration: "http-2.0" }');
  for (const key of keys(options)) {
    if (!OPTION_KEYS.includes(key)) {
      fail(`options.${key} is not an option; the options are ${OPTION_KEYS.join(', ')}`);
    }
  }
  const { integration, strict, binaryMediaTypes, accept } = options;
  if (integration !== undefined && !isIntegration(integration)) {
    fail(`options.integration must be one of ${listIntegrations()}`);
  }
  if (strict !== undefined && typeof strict !== 'boolean') fail('options.strict must be true or false');
  if (
    binaryMediaTypes !== undefined &&
    !(isArray(binaryMediaTypes) && binaryMediaTypes.every((type) => typeof type === 'string'))
  ) {
    fail("options.binaryMediaTypes must be an array of media types such as ['image/png']");
  }
  if (accept !== undefined && typeof accept !== 'string')
    fail("options.accept must be an Accept header such as 'image/png'");
  return options as InspectOptions;
}
