import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** A stay on a visit told in the present is of the article's day: its «накануне» / "the day before" counts from the article, not from a day recalled before. */
describe('the eve of a stay told in the present', () => {
  it.each([
    ['ru: «находится … с визитом, который начался накануне» after a recalled day',
      'date: 2031-06-10\n\nНапомним, 15 мая в Оше министры подписали протокол. Губернатор Иван Орлов находится в Казани с визитом, который начался накануне.',
      ['2031-05-15 past agreement «Напомним, 15»', '2031-06-09 ongoing visit «Губернатор Иван»']],
    ['en: "is in Minsk on a visit that began the day before"',
      'date: 2031-06-10\n\nThe protocol was signed in Osh on May 15. The premier is in Minsk on a working visit that began the day before.',
      ['2031-05-15 past agreement «The protocol»', '2031-06-09 past visit «The premier»']],
    // Negative: «накануне» of a past event told right after a recalled day counts from that day.
    ['ru: «Накануне премьер провел переговоры» after a recalled day',
      'date: 2031-06-10\n\nНапомним, 15 мая в Оше министры подписали протокол. Накануне премьер провел переговоры.',
      ['2031-05-15 past agreement «Напомним, 15»', '2031-05-14 past meeting «Накануне премьер»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
