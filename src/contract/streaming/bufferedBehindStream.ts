// A buffered handler's returned result behind a front end that streams (S-48, S-51): the handler is not a
// streaming one, so Lambda streams its serialised result as plain bytes and no prelude is ever read.
import { functionUrlStreamErrorResponse, restStreamErrorResponse } from '../integrations/errorResponses.js';
import type { IntegrationRules } from '../integrations/IntegrationRules.js';
import { type Cause, placeCause } from '../outcome/finishOutcome.js';
import { brandOutcome } from '../outcome/isProxyOutcome.js';
import type { Judgement } from '../outcome/Judgement.js';
import type { ResolvedOptions } from '../resolveOptions.js';
import { serialiseResult } from '../runtime/serialiseResult.js';
import { thenableResult } from '../runtime/thenableResult.js';
import type { ClientResponse, ProxyOutcome } from '../types.js';

const encoder = new TextEncoder();

export function bufferedBehindStream(
  result: unknown,
  resolved: ResolvedOptions,
  rules: IntegrationRules,
  j: Judgement,
  cause: Cause | undefined,
): ProxyOutcome {
  const rest = resolved.integration === 'rest';
  let response: ClientResponse;
  let functionError = false;
  const thenable = thenableResult(result, rules, j);
  const wire = thenable === undefined ? serialiseResult(result, j) : undefined;
  if (wire === undefined) {
    // A function error before any byte: judged as a streamed failure before the first write (S-25).
    functionError = thenable !== 'thenable';
    response = rest ? restStreamErrorResponse() : functionUrlStreamErrorResponse();
  } else if (rest) {
    j.error(
      '',
      'a returned result behind a REST integration with responseTransferMode STREAM is not the streaming format, so API Gateway answers 500 (S-51)',
      'S-51',
      'wrap the handler in awslambda.streamifyResponse and write through HttpResponseStream.from, or set responseTransferMode BUFFERED',
    );
    response = restStreamErrorResponse();
  } else {
    const json = wire.json;
    j.error(
      '',
      'a returned result behind a RESPONSE_STREAM function URL is streamed as its JSON text: the client gets 200 and the whole result as the body, statusCode and headers unread (S-48)',
      'S-48',
      "wrap the handler in awslambda.streamifyResponse, or set the function URL's InvokeMode to BUFFERED",
    );
    // S-48 (low, Content-Type): not captured; judged application/json, the type of the serialised payload.
    const bodyBytes = encoder.encode(json);
    response = { status: 200, headers: { 'content-type': ['application/json'] }, body: json, bodyBytes };
  }
  if (resolved.strict) j.promoteWarnings();
  placeCause(cause, false, j.problems, j.notes);
  return brandOutcome({
    integration: resolved.integration,
    accepted: false,
    problems: j.problems,
    notes: j.notes,
    response,
    functionError,
  });
}
