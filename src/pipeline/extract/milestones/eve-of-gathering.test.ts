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

// "On the eve of the state visit, the ambassador gave an interview. … The President will pay a state visit on March 9":
// the visit named by "on the eve of" is the one told with its day, not a second one the day after the interview.
describe('a gathering on whose eve the article falls, told later with its own day', () => {
  it('en: the visit told with its day is the only one', () => {
    const lines = milestoneLines('date: 2018-03-02\n\nBISHKEK - On the eve of the state visit of the Russian President to Kyrgyzstan, the ambassador gave an interview to our agency.\n\n- What is on the agenda?\n\n- The President will pay a state visit to Bishkek on March 9.');
    expect(lines.filter((l) => l.includes('visit'))).toEqual(['2018-03-09 planned visit «The President»']);
  });
  it('en: told nowhere else, it is held the day after', () => {
    const lines = milestoneLines('date: 2018-03-02\n\nBISHKEK - On the eve of the state visit of the Russian President to Kyrgyzstan, the ambassador gave an interview to our agency.\n\nHe spoke about trade.');
    expect(lines.some((l) => l.startsWith('2018-03-03 planned visit'))).toBe(true);
  });
});
