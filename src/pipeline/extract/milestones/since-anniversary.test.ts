import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "marking 12 years since it opened in May 2019": a count of years since an event told with its date marks that event's
// anniversary in the article's year, at the precision of the event's date; the event keeps its own date.
describe('an anniversary told as years since a dated event', () => {
  it.each([
    ['en: "marking N years since it opened in <month year>" after a visit',
      'date: 2031-05-20\n\nOn Tuesday the ministers toured the dam on the Naryn river, marking 12 years since it opened in May 2019.',
      ['2031-05-20 past visit «On Tuesday»', '2019-05 past other «marking 12»', '2031-05 past anniversary «marking 12»']],
    ['en: the count in words',
      'date: 2031-05-20\n\nOn Tuesday the ministers toured the dam on the Naryn river, marking twelve years since it opened in May 2019.',
      ['2031-05-20 past visit «On Tuesday»', '2019-05 past other «marking twelve»', '2031-05 past anniversary «marking twelve»']],
    // Negative: the count disagrees with the years between the two dates.
    ['en: a count that does not reach the article year marks nothing',
      'date: 2031-05-20\n\nOn Tuesday the ministers toured the dam on the Naryn river, marking 10 years since it opened in May 2019.',
      ['2031-05-20 past visit «On Tuesday»', '2019-05 past other «marking 10»']],
    // Negative: no date of the event counted from: the clause stays the visit's.
    ['en: "marking N years since it opened" with no date stays the visit',
      'date: 2031-05-20\n\nOn Tuesday the ministers toured the dam on the Naryn river, marking 12 years since it opened.',
      ['2031-05-20 past visit «On Tuesday»']],
    // Negative: a relative clause with the date and no count is the event alone.
    ['en: "which opened in <month year>" is no anniversary',
      'date: 2031-05-20\n\nOn Tuesday the ministers toured the dam, which opened in May 2019.',
      ['2031-05-20 past visit «On Tuesday»', '2019-05 past other «which opened»']],
    // Russian: «N лет со дня открытия» is read by the anniversary triggers, dated by the day of its clause (unchanged).
    ['ru: «отметив N лет со дня открытия в мае …» keeps the anniversary of the clause',
      'date: 2031-05-20\n\nВо вторник министры побывали на плотине на Нарыне, отметив 12 лет со дня ее открытия в мае 2019 года.',
      ['2031-05-20 past visit «Во вторник»', '2031-05-20 past anniversary «отметив 12»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
