import { MEDIA_TYPE } from '../internal/httpToken.js';
import type { MatcherContext, MatcherResult } from './internal/context.js';
import { distinctValues, headerValues } from './internal/headerValues.js';
import {
  aligned,
  failsEitherWay,
  hint,
  matcherError,
  printTextList,
  printTexts,
} from './internal/messages.js';
import { clientOutcome, context } from './internal/outcome.js';
import { printExpected } from './internal/utils.js';

const NAME = 'toHaveContentType';
const TOPICS = ['headers.content-type', 'multivalueheaders.content-type', 'body'];

/** `application/json` from `Application/JSON; charset=utf-8`. */
function essence(contentType: string): string {
  const semicolon = contentType.indexOf(';');
  return (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
}

/**
 * Passes when the response's media type is `mediaType`, ignoring parameters and case. Two different media types
 * fail with and without `.not`: clients disagree on which one counts.
 * @example expect(result).toHaveContentType('text/html') // "text/html; charset=utf-8" passes
 */
export function toHaveContentType(this: MatcherContext, received: unknown, mediaType: string): MatcherResult {
  const title = () => hint(this, NAME);
  if (typeof mediaType !== 'string' || !MEDIA_TYPE.test(mediaType.trim())) {
    const problem =
      typeof mediaType === 'string' && mediaType.includes(';')
        ? 'expected value must be a media type without parameters, which this matcher ignores;' +
          " check them with toHaveHeader('content-type', /charset=utf-8/i)"
        : 'expected value must be a media type such as "application/json"';
    throw matcherError(this, title(), problem, 'Expected', mediaType);
  }
  const wanted = mediaType.trim().toLowerCase();
  const outcome = clientOutcome(
    this,
    title,
    received,
    () => `have content type ${printExpected(this, wanted)}`,
  );
  const values = headerValues(outcome.response, 'content-type');
  let pass = false;
  if (values !== undefined) {
    for (const value of values) {
      if (essence(value) === wanted) {
        pass = true;
        break;
      }
    }
  }
  // Two media types answer "which type is this body?" twice: Node's http keeps the first, fetch() the last.
  // Stryker disable next-line ArrayDeclaration: equivalent, the list matters only when it holds two or more
  const sent = distinctValues(values ?? [], essence);
  const message = (not: string) => {
    const finding =
      sent.length > 1
        ? `, but the client gets ${sent.length} Content-Type headers, ${printTextList(this, sent)}: clients` +
          " disagree on which counts (Node's http keeps the first, fetch() the last), so this fails with or" +
          ' without .not; send one Content-Type'
        : values === undefined
          ? ', but no content-type header is sent'
          : pass
            ? ''
            : ', but it differs';
    const rows: [string, string][] = [
      ['Expected media type', `${not}${printExpected(this, wanted)}`],
      ['Received content-type', values === undefined ? '(none)' : printTexts(this, values)],
    ];
    return (
      `${title()}\n\nExpected response ${not}to have content type ${printExpected(this, wanted)}${finding}.\n\n` +
      `${aligned(rows)}${context(this, outcome, TOPICS)}`
    );
  };
  if (sent.length > 1) throw failsEitherWay(message(this.isNot === true ? 'not ' : ''));
  return { pass, message: () => message(pass ? 'not ' : '') };
}
