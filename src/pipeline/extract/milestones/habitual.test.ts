import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a practice repeated every year, told with no date of its own, is no milestone', () => {
  it.each([
    ['en: "is extended every year" by protocols',
      'date: 2030-03-02\n\nThe intergovernmental agreement on grain supplies was signed in 2021 and is extended every year through new protocols.',
      ['2021 past agreement «The intergovernmental»']],
    ['ru: «ежегодно продлевается» протоколами',
      'date: 2030-03-02\n\nСоглашение о поставках зерна подписано в 2021 году, а его действие ежегодно продлевается протоколами.',
      ['2021 past agreement «Соглашение о»']],
    // Negative: the adverb far from the event word tells what is done each year under a document signed that day.
    ['ru: «подписали меморандум о поставках муки, которую … закупает ежегодно» is still the signing',
      'date: 2030-03-02\n\nСегодня министры подписали меморандум о поставках муки, которую республика закупает у соседей ежегодно.',
      ['2030-03-02 past agreement «Сегодня министры»']],
    ['en: a gathering held every year but told with a day of its own is still dated',
      'date: 2030-03-06\n\nThe ministers, who meet every year, held talks in Osh on Monday.',
      ['2030-03-04 past meeting «The ministers,»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
