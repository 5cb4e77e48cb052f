import { matchingBinaryType, mediaType } from '../../internal/binaryMediaTypes.js';
import { describe, failInit } from './eventInitError.js';

/**
 * `binaryMediaTypes` as a REST factory takes it: the API's setting, a list of media types (wildcards allowed on
 * the subtype, as the console takes them). Undefined keeps the factories' default, which sends bytes base64 as
 * if the API were configured for them.
 */
export function binaryMediaTypesInit(factory: string, value: unknown): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string' && entry.includes('/'))) {
    failInit(
      factory,
      `binaryMediaTypes must be the API's list of media types, such as ['image/png'] or ['*/*']; got ${describe(value)}`,
    );
  }
  return value as readonly string[];
}

/**
 * E-B1: REST hands the handler a request body base64 (isBase64Encoded true) only when its Content-Type matches
 * one of the API's binaryMediaTypes, text bodies included (so `*\/*` makes a JSON body base64). Any other body
 * is passed as UTF-8 text: bytes that are not UTF-8 arrive with U+FFFD in their place, the mangling a
 * forgotten binary type causes.
 */
export function restRequestBody(
  body: string | undefined,
  base64: boolean,
  contentType: string | undefined,
  binaryMediaTypes: readonly string[] | undefined,
): { body: string | undefined; base64: boolean } {
  if (binaryMediaTypes === undefined || body === undefined) return { body, base64 };
  const binary =
    contentType !== undefined && matchingBinaryType(binaryMediaTypes, mediaType(contentType)) !== undefined;
  if (binary === base64) return { body, base64 };
  return binary
    ? { body: Buffer.from(body, 'utf8').toString('base64'), base64: true }
    : { body: Buffer.from(body, 'base64').toString('utf8'), base64: false };
}
