import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Base64FlagRules, readBase64Flag } from '../../../../src/contract/fields/readBase64Flag.js';
import { Judgement } from '../../../../src/contract/outcome/Judgement.js';

const REST: Base64FlagRules = { rule: 'R-64c', nullIsFalse: true, stringBooleans: true };
const ALB: Base64FlagRules = { rule: 'A-64', nullIsFalse: false, stringBooleans: false };
const HTTP: Base64FlagRules = { rule: 'H1-4', nullIsFalse: true, stringBooleans: false };

function read(raw: unknown, rules: Base64FlagRules) {
  const j = new Judgement();
  const flag = readBase64Flag(raw, j, rules);
  return { flag, problems: j.problems.map(({ severity, rule }) => `${severity} ${rule}`) };
}

describe('readBase64Flag: isBase64Encoded, read once for every integration', () => {
  it.each([REST, ALB, HTTP])('reads true, false and absent without a word ($rule)', (rules) => {
    expect(read(true, rules)).toEqual({ flag: true, problems: [] });
    expect(read(false, rules)).toEqual({ flag: false, problems: [] });
    expect(read(undefined, rules)).toEqual({ flag: false, problems: [] });
  });

  it('reads null as false except on ALB, which rejects it', () => {
    expect(read(null, REST)).toEqual({ flag: false, problems: [] });
    expect(read(null, HTTP)).toEqual({ flag: false, problems: [] });
    expect(read(null, ALB)).toEqual({ flag: false, problems: ['error A-64'] });
  });

  it('reads the strings "true" and "false" as booleans, with a warning, only where REST does', () => {
    expect(read('true', REST)).toEqual({ flag: true, problems: ['warning R-64c'] });
    expect(read('false', REST)).toEqual({ flag: false, problems: ['warning R-64c'] });
    expect(read('true', HTTP)).toEqual({ flag: false, problems: ['error H1-4'] });
    expect(read('true', ALB)).toEqual({ flag: false, problems: ['error A-64'] });
  });

  it.each([
    [
      '"true" where strings are read',
      'true',
      REST,
      'warning',
      'isBase64Encoded is the string "true"; REST seems to accept it (AWS behaviour unverified), but ALB and HTTP API 2.0 may not',
      'use the boolean true',
    ],
    [
      '1 where strings are read',
      1,
      REST,
      'error',
      'isBase64Encoded must be true or false, but it is a number (AWS behaviour unverified)',
      'use isBase64Encoded: true or false',
    ],
    [
      '"true" elsewhere',
      'true',
      HTTP,
      'error',
      'isBase64Encoded must be true or false, but it is a string (AWS behaviour unverified)',
      'use the boolean true',
    ],
    [
      '"false" elsewhere',
      'false',
      ALB,
      'error',
      'isBase64Encoded must be true or false, but it is a string (AWS behaviour unverified)',
      'use the boolean false',
    ],
    [
      '1 elsewhere',
      1,
      ALB,
      'error',
      'isBase64Encoded must be true or false, but it is a number (AWS behaviour unverified)',
      'use the boolean false',
    ],
    [
      'null on ALB',
      null,
      ALB,
      'error',
      'isBase64Encoded must be true or false, but it is null (AWS behaviour unverified)',
      'omit it, or use false',
    ],
  ])('words the problem and its fix for %s', (_name, raw, rules, severity, message, hint) => {
    const j = new Judgement();
    readBase64Flag(raw, j, rules);
    expect(j.problems).toEqual([{ severity, path: 'isBase64Encoded', message, rule: rules.rule, hint }]);
  });

  it('property: any other value is an error under the integration rule, and never decodes', () => {
    const other = fc
      .anything()
      .filter((v) => ![true, false, undefined, null, 'true', 'false'].includes(v as never));
    fc.assert(
      fc.property(other, fc.constantFrom(REST, ALB, HTTP), (raw, rules) => {
        expect(read(raw, rules)).toEqual({ flag: false, problems: [`error ${rules.rule}`] });
      }),
    );
  });
});
