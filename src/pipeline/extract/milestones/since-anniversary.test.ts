import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "celebrating 12 years since the school opened in May 2019": a count of years since an event told with its date marks that event's
// anniversary in the article's year, at the precision of the event's date; the event keeps its own date.
describe('an anniversary told as years since a dated event', () => {
  it.each([
    ['en: "celebrating N years since … in <month year>" after a visit',
      'date: 2031-05-20\n\nOn Tuesday the ministers toured a school in Talas, celebrating 12 years since the school opened in May 2019.',
      ['2031-05-20 past visit «On Tuesday»', '2019-05 past other «celebrating 12»', '2031-05 past anniversary «celebrating 12»']],
    ['en: the count in words',
      'date: 2031-05-20\n\nOn Tuesday the ministers toured a school in Talas, celebrating twelve years since the school opened in May 2019.',
      ['2031-05-20 past visit «On Tuesday»', '2019-05 past other «celebrating twelve»', '2031-05 past anniversary «celebrating twelve»']],
    // Negative: the count disagrees with the years between the two dates.
    ['en: a count that does not reach the article year marks nothing',
      'date: 2031-05-20\n\nOn Tuesday the ministers toured a school in Talas, celebrating 10 years since the school opened in May 2019.',
      ['2031-05-20 past visit «On Tuesday»', '2019-05 past other «celebrating 10»']],
    // Negative: no date of the event counted from: the clause stays the visit's.
    ['en: "celebrating N years since …" with no date stays the visit',
      'date: 2031-05-20\n\nOn Tuesday the ministers toured a school in Talas, celebrating 12 years since the school opened.',
      ['2031-05-20 past visit «On Tuesday»']],
    // Negative: a relative clause with the date and no count is the event alone.
    ['en: "which opened in <month year>" is no anniversary',
      'date: 2031-05-20\n\nOn Tuesday the ministers toured a school in Talas, which opened in May 2019.',
      ['2031-05-20 past visit «On Tuesday»', '2019-05 past other «which opened»']],
    // Russian: «N лет со дня открытия» is read by the anniversary triggers, dated by the day of its clause (unchanged).
    ['ru: «отпраздновав N лет со дня завершения … в мае …» keeps the anniversary of the clause',
      'date: 2031-05-20\n\nВо вторник министры побывали в школе в Таласе, отпраздновав 12 лет со дня завершения стройки в мае 2019 года.',
      ['2031-05-20 past visit «Во вторник»', '2031-05-20 past anniversary «отпраздновав 12»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
