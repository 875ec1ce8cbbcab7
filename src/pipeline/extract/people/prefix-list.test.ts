import { describe, expect, it } from 'vitest';
import { PrefixList } from './prefix-list';

describe('PrefixList', () => {
  const stems = ['встрет', 'заяв', 'за', 'подпис', 'met'];
  it.each([
    ['встретился', true],
    ['заявил', true],
    ['завод', true],
    ['подписание', true],
    ['metro', true],
    ['meeting', false],
    ['встреча', false],
    ['', false],
    ['ме', false],
  ])('%s → %s, as a linear search says', (word, expected) => {
    expect(new PrefixList(stems).some(word)).toBe(expected);
    expect(stems.some((s) => word.startsWith(s))).toBe(expected);
  });

  it.each([
    ['заявил', (s: string) => s.length > 2, true],
    ['завод', (s: string) => s.length > 2, false],
    ['завод', (s: string) => s === 'за', true],
  ])('%s with a condition on the stem', (word, accept, expected) => {
    expect(new PrefixList(stems).some(word, accept)).toBe(expected);
  });

  it('an empty stem begins every word', () => {
    expect(new PrefixList(['', 'x']).some('abc')).toBe(true);
    expect(new PrefixList(['', 'x']).some('abc', (s) => s === 'x')).toBe(false);
  });
});
