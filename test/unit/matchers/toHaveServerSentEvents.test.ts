// toHaveServerSentEvents: each kind of expected item (text, RegExp, asymmetric matcher, plain object), the
// failing side with and without .not, what the diff shows, and its Matcher error.
import { describe, expect, it } from 'vitest';
import { toHaveServerSentEvents } from '../../../src/matchers/toHaveServerSentEvents.js';
import { failureOf, taggedContext } from './support.js';

expect.extend({ toHaveServerSentEvents });
// Untyped on purpose: the misuse cases pass what the declarations refuse.
const e = (v: unknown) => expect(v) as any;

const stream = {
  statusCode: 200,
  headers: { 'content-type': 'text/event-stream' },
  body: 'data: 1\n\nevent: done\ndata: [DONE]\nid: 7\n\n',
};

describe('toHaveServerSentEvents', () => {
  it('matches a RegExp against the data, both ways', () => {
    e(stream).toHaveServerSentEvents([/^1$/, /DONE/]);
    e(stream).not.toHaveServerSentEvents([/^1$/, /^2$/]);
    expect(failureOf(() => e(stream).not.toHaveServerSentEvents([/^1$/, /DONE/]))).toMatch(
      /not to receive these server-sent events$/,
    );
  });

  it('compares a text exactly, whatever the equality testers say', () => {
    const loose = taggedContext({ equals: () => true });
    expect(toHaveServerSentEvents.call(loose, stream, ['1', '2']).pass).toBe(false);
  });

  it('matches a plain object against the fields it names only', () => {
    e(stream).toHaveServerSentEvents([{ data: '1' }, { data: '[DONE]' }]);
    e(stream).not.toHaveServerSentEvents([{ data: '1' }, { data: '[DONE]', id: '8' }]);
  });

  it('takes an asymmetric matcher about the data or the event, and fails when it matches neither', () => {
    e(stream).not.toHaveServerSentEvents([expect.stringMatching(/^2$/), expect.anything()]);
    e(stream).not.toHaveServerSentEvents(['1', expect.objectContaining({ id: '8' })]);
    e(stream).toHaveServerSentEvents(['1', expect.objectContaining({ id: '7' })]);
  });

  it('does not match null or a number, which are neither text nor an event', () => {
    e(stream).not.toHaveServerSentEvents([null, '[DONE]']);
    e(stream).not.toHaveServerSentEvents(['1', 5]);
  });

  it('diffs texts against the data when every item is a text, and against the events otherwise', () => {
    const texts = failureOf(() => e(stream).toHaveServerSentEvents(['1', '2']));
    expect(texts).toMatch(
      /^expect\(received\)\.toHaveServerSentEvents\(expected\)\n\nExpected the client to receive these server-sent events\n\n/,
    );
    expect(texts).toContain('[DONE]');
    expect(texts).not.toContain('"data"');
    const mixed = failureOf(() => e(stream).toHaveServerSentEvents(['1', { data: '2' }]));
    expect(mixed).toContain('"event": "done"');
  });

  it('fails on a rejected result with or without .not, naming the claim', () => {
    const rejected = { statusCode: 200, body: {} };
    expect(failureOf(() => e(rejected).toHaveServerSentEvents(['1']))).toMatch(
      /Expected response to send these server-sent events, but the client gets a 502/,
    );
    expect(failureOf(() => e(rejected).not.toHaveServerSentEvents(['1']))).toMatch(/with or without \.not/);
  });

  it('throws a Matcher error for anything but an array, with or without .not', () => {
    for (const message of [
      failureOf(() => e(stream).toHaveServerSentEvents('1')),
      failureOf(() => e(stream).not.toHaveServerSentEvents('1')),
    ]) {
      expect(message).toMatch(
        /Matcher error: expected must be an array of the events' data texts, or of \{ data, event, id \} objects/,
      );
      expect(message).toMatch(/Expected has value: "1"/);
    }
  });
});
