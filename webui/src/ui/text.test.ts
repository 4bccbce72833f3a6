import { describe, expect, it } from 'vitest';
import { charCount, firstChars } from './text.js';

const EMOJI = '\u{1F600}';

describe('text lengths', () => {
  it('counts an emoji as one character', () => {
    expect(charCount('')).toBe(0);
    expect(charCount('abc')).toBe(3);
    expect(charCount(EMOJI.repeat(2000))).toBe(2000);
    expect(charCount('Grüße')).toBe(5);
  });

  it('cuts after whole characters only', () => {
    expect(firstChars('abcdef', 3)).toBe('abc');
    expect(firstChars('ab', 3)).toBe('ab');
    expect(firstChars(`a${EMOJI}${EMOJI}`, 2)).toBe(`a${EMOJI}`);
    expect(firstChars(EMOJI.repeat(300), 200)).toBe(EMOJI.repeat(200));
  });
});
