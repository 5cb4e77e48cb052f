import { describe, expect, it } from 'vitest';
import { palette, wantsColor } from '../../../src/cli/palette.js';

describe('wantsColor', () => {
  it('colours a terminal, not a pipe or a dumb terminal', () => {
    expect(wantsColor({}, true)).toBe(true);
    expect(wantsColor({}, false)).toBe(false);
    expect(wantsColor({ TERM: 'dumb' }, true)).toBe(false);
  });

  it('obeys FORCE_COLOR, and NO_COLOR above it; an empty NO_COLOR counts as unset', () => {
    expect(wantsColor({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(wantsColor({ FORCE_COLOR: '' }, false)).toBe(true);
    expect(wantsColor({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(wantsColor({ FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(wantsColor({ NO_COLOR: '1' }, true)).toBe(false);
    expect(wantsColor({ NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false);
    expect(wantsColor({ NO_COLOR: '' }, true)).toBe(true);
  });
});

describe('palette', () => {
  it('wraps text in ANSI codes when on, and leaves it alone when off', () => {
    expect(palette(true).red('502')).toBe('\u001b[31m502\u001b[39m');
    expect(palette(true).dim('x')).toBe('\u001b[2mx\u001b[22m');
    const plain = palette(false);
    for (const style of Object.values(plain)) expect(style('502')).toBe('502');
  });
});
