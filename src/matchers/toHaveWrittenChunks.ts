import type { StreamChunk } from '../contract/types.js';
import type { MatcherContext, MatcherResult } from './internal/context.js';
import { diff, hint, matcherError } from './internal/messages.js';
import { streamedOutcome } from './internal/streamedOutcome.js';
import { printExpected, printReceived } from './internal/utils.js';
import type { TextMatcher } from './types.js';

const NAME = 'toHaveWrittenChunks';
const decoder = new TextDecoder();

/**
 * Passes when the body chunks the handler wrote (prelude and delimiter left out; `write('')` counts) are
 * `expected`: a count, the list of their texts (strings, RegExps or asymmetric matchers, one per chunk), or a
 * predicate over the texts. Handler-side writes: the client may receive them merged (S-9, S-29).
 * @example expect(outcome).toHaveWrittenChunks(['data: 1\n\n', 'data: 2\n\n'])
 */
export function toHaveWrittenChunks(
  this: MatcherContext,
  received: unknown,
  expected: number | readonly TextMatcher[] | ((texts: string[]) => boolean),
): MatcherResult {
  const title = () => hint(this, NAME);
  if (
    // Number.isInteger is false for anything but a number.
    !(Number.isInteger(expected) && (expected as number) >= 0) &&
    !Array.isArray(expected) &&
    typeof expected !== 'function'
  ) {
    throw matcherError(
      this,
      title(),
      "expected must be a count of writes, an array of the chunks' texts, or a predicate (texts) => boolean",
      'Expected',
      expected,
    );
  }
  const { stream } = streamedOutcome(this, title, received);
  const texts = bodyTexts(stream.chunks);
  let pass: boolean;
  if (typeof expected === 'number') pass = texts.length === expected;
  else if (typeof expected === 'function') pass = expected(texts) === true;
  else pass = this.equals(texts, expected, this.customTesters);
  const not = pass ? 'not ' : '';
  return {
    pass,
    message: () => {
      const head = `${title()}\n\nExpected the handler ${not}to write `;
      if (typeof expected === 'number') {
        return `${head}${printExpected(this, expected)} body chunk(s), but it wrote ${printReceived(this, texts.length)}: ${printReceived(this, texts)}`;
      }
      if (typeof expected === 'function') {
        return `${head}chunks the predicate accepts, but it ${pass ? 'accepted' : 'rejected'} ${printReceived(this, texts)}`;
      }
      return `${head}these chunks${pass ? '' : `\n\n${diff(this, expected, texts)}`}`;
    },
  };
}

/** The texts of the handler's own writes, without the prelude and delimiter HttpResponseStream.from added. */
function bodyTexts(chunks: readonly StreamChunk[]): string[] {
  const texts: string[] = [];
  for (const chunk of chunks) if (chunk.kind === 'body') texts.push(decoder.decode(chunk.bytes));
  return texts;
}
