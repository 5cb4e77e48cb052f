import { getDefaultIntegration } from '../../contract/configure.js';
import { isIntegration } from '../../contract/integrations/integrationNames.js';
import type {
  ClientResponse,
  Integration,
  ProxyNote,
  ProxyOutcome,
  ProxyProblem,
} from '../../contract/types.js';
import { isBytes } from '../../internal/isBytes.js';
import { isPlainObject } from '../../internal/isPlainObject.js';

// Module-scope copies: inside jest's vm sandbox every global lookup goes through an interceptor.
const { isArray } = Array;
const { isInteger } = Number;
/**
 * What was already judged, as the outcome the matchers use: a `ProxyOutcome` that lost its brand by being
 * copied (`{ ...outcome }`, `structuredClone`, a JSON round trip), or a `ClientResponse` (`outcome.response`),
 * which is what the client received: accepted, with no problems, labelled with `integration`. `undefined` for
 * anything else, which is then a handler result. Never throws.
 * @example judgedOutcome(structuredClone(await invokeHttp(handler, event)))?.response.status // 200
 */
export function judgedOutcome(received: unknown, integration?: Integration): ProxyOutcome | undefined {
  try {
    if (isClientResponse(received)) {
      return {
        integration: integration ?? getDefaultIntegration(),
        accepted: true,
        problems: [],
        notes: [],
        response: received,
        functionError: false,
      };
    }
    return copiedOutcome(received);
  } catch {
    // A Proxy whose get trap throws is neither: it is judged as a handler result, which never throws.
    // (Falling out of the catch returns undefined.)
  }
}

/**
 * True for `{ status, headers, body, bodyBytes }` as the contract core builds it. The Uint8Array decides: a
 * handler result is JSON data (Lambda serialises it), which cannot hold one, so no result is misread, and
 * `{ status: 200, headers: {}, body: '' }` (a misspelt `statusCode`) stays a handler result.
 * @example isClientResponse((await invokeHttp(handler, event)).response) // true
 */
export function isClientResponse(value: unknown): value is ClientResponse {
  try {
    // bodyBytes first: one read rules out every handler result.
    return (
      typeof value === 'object' &&
      value !== null &&
      isBytes((value as { bodyBytes?: unknown }).bodyBytes) &&
      isPlainObject(value) &&
      hasResponseShape(value)
    );
  } catch {
    return false;
  }
}

/** status an integer, headers lower-case names → lists of strings, body a string. */
function hasResponseShape(value: Record<string, unknown>): boolean {
  const { status, headers, body } = value;
  if (!isInteger(status) || typeof body !== 'string' || !isPlainObject(headers)) return false;
  for (const name in headers) {
    const values = headers[name];
    if (!isArray(values)) return false;
    for (const line of values) if (typeof line !== 'string') return false;
  }
  return true;
}

/**
 * An outcome by its shape: every field a real outcome has, which a copy (spread, `structuredClone`, a JSON round
 * trip) keeps, so a handler result forged to look like one (`{ integration, accepted: true, problems: [],
 * response }`) stays a handler result and is judged as the front end would. `bodyBytes` is not required: a JSON
 * round trip turns it into an object of numbers, and a copy drops it if it is not enumerable; the matchers read
 * only status, headers and body.
 */
function copiedOutcome(value: unknown): ProxyOutcome | undefined {
  // integration first: one read rules out every handler result.
  if (typeof value !== 'object' || value === null) return undefined;
  const { integration } = value as { integration?: unknown };
  if (!isIntegration(integration) || !isPlainObject(value)) return undefined;
  const { accepted, problems, notes, response, functionError } = value;
  if (typeof accepted !== 'boolean' || typeof functionError !== 'boolean') return undefined;
  if (!isArray(problems) || !isArray(notes)) return undefined;
  if (!isPlainObject(response) || !hasResponseShape(response)) return undefined;
  for (const problem of problems) if (!isProblem(problem)) return undefined;
  for (const note of notes) if (!isNote(note)) return undefined;
  return {
    integration,
    accepted,
    problems: problems as ProxyProblem[],
    notes: notes as ProxyNote[],
    response: response as unknown as ClientResponse,
    functionError,
  };
}

function isNote(value: unknown): boolean {
  return isPlainObject(value) && typeof value.path === 'string' && typeof value.message === 'string';
}

function isProblem(value: unknown): boolean {
  if (!isNote(value)) return false;
  const { severity } = value as { severity?: unknown };
  return severity === 'error' || severity === 'warning';
}
