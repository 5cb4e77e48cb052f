import type { MatcherContext, MatcherResult } from './internal/context.js';
import { diff, hint, matcherError } from './internal/messages.js';
import { clientOutcome } from './internal/outcome.js';
import { type ServerSentEvent, serverSentEvents } from './internal/serverSentEvents.js';
import { isRegExp, matchText } from './internal/textMatch.js';

const NAME = 'toHaveServerSentEvents';

/**
 * Passes when the body the client received, read as `text/event-stream` the way a browser's EventSource reads
 * it, holds exactly `expected`: a list of `data` texts, or of `{ data, event?, id?, retry? }` objects (asymmetric
 * matchers allowed; an object matches the event's fields it names). Works on any outcome, streamed or not.
 * @example expect(outcome).toHaveServerSentEvents(['{"token":"Hel"}', '{"token":"lo"}', '[DONE]'])
 */
export function toHaveServerSentEvents(
  this: MatcherContext,
  received: unknown,
  expected: readonly unknown[],
): MatcherResult {
  const title = () => hint(this, NAME);
  if (!Array.isArray(expected)) {
    throw matcherError(
      this,
      title(),
      "expected must be an array of the events' data texts, or of { data, event, id } objects",
      'Expected',
      expected,
    );
  }
  const outcome = clientOutcome(this, title, received, () => 'send these server-sent events');
  const events = serverSentEvents(outcome.response.body);
  const shown = expected.every((item) => typeof item === 'string') ? events.map((e) => e.data) : events;
  const pass =
    events.length === expected.length &&
    expected.every((item, i) => {
      const event = events[i] as ServerSentEvent; // the lengths are equal
      if (typeof item === 'string' || isRegExp(item)) return matchText(this, event.data, item);
      // An asymmetric matcher may be about the text (stringMatching) or the event (objectContaining).
      if (!isPlain(item)) {
        return (
          this.equals(event.data, item, this.customTesters) || this.equals(event, item, this.customTesters)
        );
      }
      return this.equals(pick(event, item), item, this.customTesters);
    });
  return {
    pass,
    message: () =>
      `${title()}\n\nExpected the client ${pass ? 'not ' : ''}to receive these server-sent events${pass ? '' : `\n\n${diff(this, expected, shown)}`}`,
  };
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !('asymmetricMatch' in value);
}

/** The event's fields that `like` names, so `{ data: 'x' }` matches an event that also has an id. */
function pick(event: object, like: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(like)) out[key] = (event as Record<string, unknown>)[key];
  return out;
}
