import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// "… came on the eve of a summit": a gathering named only as the morrow of the occasion told is
// held the day after it.
describe('a gathering on whose eve the occasion fell', () => {
  it.each([
    ['en: "on the eve of a summit in Minsk"',
      'date: 2014-05-12\n\nThe news came on the eve of a summit in Minsk of the bloc\'s leaders, which is due to approve a budget.',
      '2014-05-13 planned summit'],
    ['en: "on the eve of an economic forum"',
      'date: 2014-05-12\n\nThe decision came on the eve of an economic forum in Moscow.',
      '2014-05-13 planned forum'],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text).some((l) => l.startsWith(want))).toBe(true);
  });

  it('a gathering with its own date keeps it', () => {
    expect(milestoneLines('date: 2014-05-12\n\nThe decision came on the eve of a summit in Minsk on May 20.').some((l) => l.startsWith('2014-05-20'))).toBe(true);
  });
});
