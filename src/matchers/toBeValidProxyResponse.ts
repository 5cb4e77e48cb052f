import {
  integrationLabel,
  isIntegration,
  listIntegrations,
} from '../contract/integrations/integrationNames.js';
import { isProxyOutcome } from '../contract/outcome/isProxyOutcome.js';
import type { InspectOptions } from '../contract/types.js';
import { isPlainObject } from '../internal/isPlainObject.js';
import { didYouMean, unknownOption } from '../internal/unknownOption.js';
import type { MatcherContext, MatcherResult } from './internal/context.js';
import { isClientResponse, judgedOutcome } from './internal/judgedOutcome.js';
import { hint, matcherError } from './internal/messages.js';
import { ALL, problemList, readOutcome, refusal, remarks } from './internal/outcome.js';
import { printReceived } from './internal/utils.js';
import type { ProxyResponseOptions } from './types.js';

const NAME = 'toBeValidProxyResponse';
const { isArray } = Array;
const { keys } = Object;
/** Every key `ProxyResponseOptions` has: the type is derived from this list. */
export const PROXY_RESPONSE_OPTION_KEYS = ['integration', 'strict', 'binaryMediaTypes', 'accept'] as const;

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
  if (options !== undefined && this.promise !== 'rejects') checkJudged(this, title, received, options);
  const outcome = readOutcome(this, title, received, options);
  const pass = outcome.accepted;
  return {
    pass,
    message: () => {
      const label = integrationLabel(outcome.integration);
      if (pass && isClientResponse(received)) {
        return (
          `${title()}\n\nExpected result not to be a valid proxy response, but it is a response a client ` +
          `received (status ${printReceived(this, outcome.response.status)}).`
        );
      }
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

/**
 * A ProxyOutcome (or a copy of one) and a ClientResponse are already judged: options that would judge them
 * differently are a mistake, not a no-op. A ClientResponse names no integration, so that option only labels it.
 */
function checkJudged(
  ctx: MatcherContext,
  title: () => string,
  received: unknown,
  options: InspectOptions,
): void {
  const response = isClientResponse(received);
  const outcome = isProxyOutcome(received) ? received : response ? undefined : judgedOutcome(received);
  if (!response && outcome === undefined) return;
  for (const key of keys(options)) {
    if (key === 'integration' && (response || options.integration === outcome?.integration)) continue;
    throw matcherError(
      ctx,
      title(),
      response
        ? 'options cannot apply to a ClientResponse, which the client already received; pass the handler result instead'
        : `options cannot apply to a ProxyOutcome, which is already judged (by ${outcome?.integration}); pass the handler result instead`,
      'Expected',
      options,
    );
  }
}

function checkOptions(ctx: MatcherContext, title: () => string, options: unknown): InspectOptions {
  const fail = (problem: string): never => {
    throw matcherError(ctx, title(), problem, 'Expected', options);
  };
  if (!isPlainObject(options)) return fail('options must be an object such as { integration: "http-2.0" }');
  const unknown = unknownOption(options, PROXY_RESPONSE_OPTION_KEYS);
  if (unknown !== undefined) {
    fail(
      `options.${unknown.key} is not an option; the options are ${PROXY_RESPONSE_OPTION_KEYS.join(', ')}${didYouMean(unknown.closest)}`,
    );
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
