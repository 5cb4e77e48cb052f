import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestKey, didYouMean, unknownOption } from '../../../src/internal/unknownOption.js';

const KNOWN = ['integration', 'strict', 'binaryMediaTypes', 'accept', 'method', 'durationMs'];

describe('unknownOption: the first key a call does not know, with the one it most likely meant', () => {
  it.each([
    ['integation', 'integration'],
    ['Integration', 'integration'],
    ['stirct', 'strict'],
    ['binaryMediaType', 'binaryMediaTypes'],
    ['binarymediatypes', 'binaryMediaTypes'],
    ['acept', 'accept'],
    ['duration', 'durationMs'],
  ])('suggests the known key for the typo %s', (typo, meant) => {
    expect(unknownOption({ [typo]: 1 }, KNOWN)).toEqual({ key: typo, closest: meant });
  });

  it.each(['foo', 'timeout', 'x', 'headers'])(
    'suggests nothing for %s, which is no typo of any option',
    (key) => {
      expect(unknownOption({ [key]: 1 }, KNOWN)).toEqual({ key, closest: undefined });
    },
  );

  it('finds nothing in an object of known keys, however many', () => {
    expect(unknownOption({ integration: 'alb', strict: true, accept: undefined }, KNOWN)).toBeUndefined();
    expect(unknownOption({}, KNOWN)).toBeUndefined();
  });

  it('names the first unknown key in the order the caller wrote them', () => {
    expect(unknownOption({ strict: true, integation: 'alb', stirct: true }, KNOWN)?.key).toBe('integation');
  });

  it('reads a sentence ending only when there is something to suggest', () => {
    expect(didYouMean('integration')).toBe(' (did you mean integration?)');
    expect(didYouMean(undefined)).toBe('');
  });

  it('property: a known key is never unknown, and one dropped, doubled or swapped letter suggests it', () => {
    const known = fc.constantFrom(...KNOWN);
    fc.assert(
      fc.property(known, fc.nat(), fc.constantFrom('drop', 'double', 'swap'), (key, at, edit) => {
        expect(unknownOption({ [key]: 1 }, KNOWN)).toBeUndefined();
        const i = at % (key.length - 1);
        const typo =
          edit === 'drop'
            ? key.slice(0, i) + key.slice(i + 1)
            : edit === 'double'
              ? key.slice(0, i) + key[i] + key.slice(i)
              : key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
        if (typo === key) return;
        expect(closestKey(typo, KNOWN)).toBe(key);
      }),
    );
  });
});
