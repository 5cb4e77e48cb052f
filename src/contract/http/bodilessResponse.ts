import { textBody } from '../fields/bytes.js';
import type { BuiltResponse } from '../integrations/IntegrationRules.js';
import type { Judgement } from '../outcome/Judgement.js';

/**
 * The built response as it reaches the client, for the two cases where HTTP itself drops the body: a 204,
 * 205 or 304 ends after its header section (HTTP-1), and a response to HEAD carries none (HTTP-2).
 * Example: a 204 with body `'{"ok":true}'` reaches the client with body `''` and a warning.
 */
export function bodilessResponse(
  built: BuiltResponse,
  j: Judgement,
  method: string | undefined,
): BuiltResponse {
  const { status } = built;
  const size = built.body.bodyBytes.length;
  if (size === 0) return built;
  if (status === 204 || status === 205 || status === 304) {
    // A warning, not an error: the front end builds the response, but the handler's body is a mistake
    // (usually a 200 meant, or a leftover body) that a test reading it would otherwise pass on.
    j.warn(
      'body',
      `a ${status} response has no body: the client never sees it`,
      'HTTP-1',
      'drop the body, or answer 200',
    );
  } else if (method === undefined || method.toUpperCase() !== 'HEAD') {
    return built;
  } else {
    // Harmless: the handler may serve GET and HEAD alike, and HTTP says HEAD gets GET's headers, no body.
    j.note('body', `a response to HEAD has no body: the client never sees the ${size}-byte body`, 'HTTP-2');
  }
  return { status, headers: built.headers, body: textBody('') };
}
