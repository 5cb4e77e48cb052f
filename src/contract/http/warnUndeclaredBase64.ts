import { mediaType } from '../../internal/binaryMediaTypes.js';
import { isObject } from '../../internal/isObject.js';
import type { BuiltResponse } from '../integrations/IntegrationRules.js';
import type { Judgement } from '../outcome/Judgement.js';

// Media types whose body is text: JSON, XML, forms, scripts and the like. Anything else (image/*, audio/*,
// application/pdf, application/octet-stream, …) is bytes, so base64 text in it is what the client keeps.
const TEXT_LIKE =
  /^(text\/|multipart\/|message\/)|json|xml|javascript|ecmascript|x-www-form-urlencoded|yaml|toml|csv|graphql|event-stream|html/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
// Shorter base64 is as likely to be an ordinary word or token as encoded bytes.
const MIN_LENGTH = 16;

/**
 * RF-5: a body that is base64 of bytes, sent under a binary Content-Type the handler set, but without
 * isBase64Encoded: the front end sends the base64 text itself, and the client reads it as the image it is not.
 * A heuristic, so a warning.
 */
export function warnUndeclaredBase64(built: BuiltResponse, result: unknown, j: Judgement): void {
  if (!isObject(result)) return;
  const { body, isBase64Encoded: flag } = result;
  if (typeof body !== 'string' || (flag !== undefined && flag !== false && flag !== null)) return;
  if (result.base64Encoded !== undefined || built.body.body !== body) return;
  if (body.length < MIN_LENGTH || body.length % 4 !== 0 || !BASE64.test(body)) return;
  const type = built.headers.get('content-type')?.[0];
  if (type === undefined || !setByHandler(result)) return;
  const media = mediaType(type);
  if (media === '' || TEXT_LIKE.test(media)) return;
  j.warn(
    'isBase64Encoded',
    `body looks like base64 and Content-Type is ${media}, but isBase64Encoded is ${flag === undefined ? 'not set' : String(flag)}, so the client gets the base64 text itself labelled as ${media}`,
    'RF-5',
    "set isBase64Encoded: true so the front end decodes it (on REST, also add the type to binaryMediaTypes), or send the bytes' text as it is",
  );
}

// A default Content-Type (ALB's application/octet-stream) says nothing about what the handler meant.
function setByHandler(result: Record<string, unknown>): boolean {
  for (const map of [result.headers, result.multiValueHeaders]) {
    if (!isObject(map)) continue;
    for (const key in map) if (key.toLowerCase() === 'content-type') return true;
  }
  return false;
}
