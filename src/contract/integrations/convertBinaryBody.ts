import { isMediaType, matchingBinaryType, mediaType } from '../../internal/binaryMediaTypes.js';
import { type ClientBody, textBody } from '../fields/bytes.js';
import { decodeBody } from '../fields/responseParts.js';
import type { JudgeContext } from './IntegrationRules.js';
import type { V1Decode } from './V1Policy.js';

type BinaryDecode = Extract<V1Decode, { kind: 'binaryMediaTypes' }>;

/**
 * The body of a result with isBase64Encoded: true on a front end that converts by binaryMediaTypes (REST,
 * R-64a): decoded only when the request's first Accept value matches one of the API's binaryMediaTypes (the
 * response's own Content-Type plays no part; AWS-validated in LocalStack's test_aws_proxy_binary_response),
 * otherwise the base64 text as it was sent. Undefined, with `decode.failure` set, when the conversion fails.
 */
export function convertBinaryBody(
  text: string,
  ctx: JudgeContext,
  name: string,
  decode: BinaryDecode,
): ClientBody | undefined {
  const { j, options } = ctx;
  const { binaryMediaTypes, accept } = options;
  const first = accept === undefined ? '' : firstMediaType(accept);
  let matched: string | undefined;
  let reason: string;
  if (binaryMediaTypes === undefined || binaryMediaTypes.length === 0) {
    reason = 'the API has no binaryMediaTypes (options.binaryMediaTypes)';
  } else if (first === '') {
    reason = 'the request has no Accept header (options.accept)';
  } else if (!isMediaType(first)) {
    reason = `the first Accept value ${first} is not a media type (type/subtype)`;
  } else {
    matched = matchingBinaryType(binaryMediaTypes, first);
    const family = first.slice(0, first.indexOf('/'));
    reason = first.includes('*')
      ? `the first Accept value ${first} is a wildcard, which ${name} compares as a literal type: only a binaryMediaTypes entry of */*${family === '*' ? '' : ` or ${family}/*`} matches it`
      : `the first Accept value ${first} matches none of binaryMediaTypes (only the first Accept value counts)`;
  }
  if (matched === undefined) {
    j.warn(
      'isBase64Encoded',
      `isBase64Encoded is true, but ${name} passes the base64 text through undecoded because ${reason}`,
      decode.rule,
      "add the type to the API's binaryMediaTypes and pass { binaryMediaTypes, accept } here, or send the body as text",
    );
    return textBody(text);
  }
  // R-64b: recorded as a 500 on AWS when the types match; the API Gateway docs call it a failed conversion.
  const decoded = decodeBody(text, j, name, decode.badRule, true);
  if (decoded === undefined) {
    j.failure = decode.failure;
    return undefined;
  }
  j.note(
    'body',
    `${name} decoded the base64 body because the first Accept value ${first} matches the binary media type ${matched}`,
    decode.rule,
  );
  return decoded;
}

/** The first value of an Accept header, without parameters, in lower case. */
function firstMediaType(accept: string): string {
  const comma = accept.indexOf(',');
  return mediaType(comma === -1 ? accept : accept.slice(0, comma));
}
