// A Set-Cookie line as the client parses it (RFC 6265 §5.2): spaces around '=' and ';' are trimmed off the
// name, the value and each attribute, so `session = abc ; Max-Age = 0` sets `session` to `abc` and deletes it.
import { describe, expect, it } from 'vitest';
import { toHaveCookie } from '../../../src/matchers/toHaveCookie.js';
import { failureOf } from './support.js';

expect.extend({ toHaveCookie });

const setting = (...lines: string[]) => ({
  statusCode: 200,
  multiValueHeaders: { 'Set-Cookie': lines },
  body: '',
});

describe('toHaveCookie on a Set-Cookie line with spaces around =', () => {
  const spaced = setting('session = abc ; Path=/');

  it('finds the name and the value without the spaces', () => {
    expect(spaced).toHaveCookie('session');
    expect(spaced).toHaveCookie('session', 'abc');
  });

  it('fails .not, and fails a value with the spaces kept', () => {
    expect(failureOf(() => expect(spaced).not.toHaveCookie('session', 'abc'))).toMatch(
      /Received value: +"abc"/,
    );
    expect(failureOf(() => expect(spaced).toHaveCookie('session', ' abc'))).toMatch(/but its value differs/);
    expect(spaced).not.toHaveCookie('session', 'abc ');
  });

  it('reads a line without = as a nameless cookie whose value is the trimmed text', () => {
    const nameless = setting(' token ; Path=/');
    expect(failureOf(() => expect(nameless).toHaveCookie('token'))).toMatch(/it sets only ""/);
    expect(nameless).not.toHaveCookie('token');
  });

  it('takes the value after the first =, keeping any later =', () => {
    expect(setting('data = a=b ; Path=/')).toHaveCookie('data', 'a=b');
  });

  it.each([
    ['Max-Age = 0', 'Max-Age=0'],
    [' max-age=-1 ', 'Max-Age=-1'],
    ['Expires = Thu, 01 Jan 1970 00:00:00 GMT', 'Expires=Thu, 01 Jan 1970 00:00:00 GMT, in the past'],
  ])('reads a deletion with spaces around its attribute: %s', (attribute, said) => {
    const deleted = setting(`session=; Path=/; ${attribute}`);
    const message = failureOf(() => expect(deleted).not.toHaveCookie('session'));
    expect(message).toContain(`its Set-Cookie deletes it (${said}), which counts as setting it`);
  });

  it('reads no deletion from a spaced Max-Age above 0 that wins over a past Expires', () => {
    const kept = setting('session=abc; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age = 60');
    expect(failureOf(() => expect(kept).not.toHaveCookie('session'))).not.toMatch(/deletes it/);
  });

  const PAST = 'Expires=Thu, 01 Jan 1970 00:00:00 GMT';
  const deletesIt = (line: string) => failureOf(() => expect(setting(line)).not.toHaveCookie('session'));

  it.each(['Max-Age=x1', 'Max-Age=1x', 'Version=1', 'Expires=never'])(
    'reads the past Expires as the deletion beside %s, which is no valid Max-Age',
    (other) => {
      expect(deletesIt(`session=; ${PAST}; ${other}`)).toContain(
        'its Set-Cookie deletes it (Expires=Thu, 01 Jan 1970 00:00:00 GMT, in the past)',
      );
    },
  );

  it.each(['session=abc', 'session=abc; Path=/; HttpOnly', 'session=abc; Priority=2000'])(
    'reads no deletion from %s',
    (line) => {
      expect(deletesIt(line)).not.toMatch(/deletes it/);
    },
  );

  it('reads no deletion from an Expires in the future', () => {
    expect(deletesIt('session=abc; Expires=Fri, 01 Jan 2999 00:00:00 GMT')).not.toMatch(/deletes it/);
  });

  it('takes a name with a space inside it, which browsers store, and refuses one with a space around it', () => {
    const spacedName = setting('my cookie=1');
    expect(spacedName).toHaveCookie('my cookie', '1');
    expect(failureOf(() => expect(spacedName).toHaveCookie('my cookie '))).toMatch(/Matcher error/);
    expect(failureOf(() => expect(spacedName).toHaveCookie(' my cookie'))).toMatch(/Matcher error/);
  });
});
