import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { dateMentions } from './mentions';

/** `text → date` of every mention, in text order. */
function run(text: string, articleDate: string): string[] {
  const { doc } = toDoc('t.txt', text);
  return dateMentions(doc, articleDate).map((m) => `${m.text} → ${m.date}`);
}

describe('a day-month before a colon is a date', () => {
  it.each([
    ['ru: «отметит 31 августа: …»', '2016-01-21', 'Республика отметит праздник 31 августа: Москва направит делегацию.', ['31 августа → 2016-08-31']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('sameYear: «того же года» takes the year written before', () => {
  it.each([
    ['ru: a day of the same year', '2014-12-29', 'Отношения установили 20 марта 1992 года, а 10 июня того же года подписали договор.', ['20 марта 1992 года → 1992-03-20', '10 июня того же года → 1992-06-10']],
    ['ru: a month of the same year', '2014-12-29', 'В июне 2013 года парламент ратифицировал соглашение. В ноябре того же года подписали договор о фонде.', ['июне 2013 года → 2013-06', 'В ноябре того же года → 2013-11']],
    ['en: "of the same year"', '2014-12-29', 'Relations were established in March 1992, and in June of the same year the treaty was signed.', ['March 1992 → 1992-03', 'in June of the same year → 1992-06']],
    ['en: "that year"', '2014-12-29', 'The base opened in 2003. On October 23 that year Putin visited it.', ['2003 → 2003', 'October 23 that year → 2003-10-23']],
    // Negative: no year written before, or a plain day-month.
    ['no year before: the article year stays', '2014-12-29', 'А 10 июня того же года подписали договор.', ['10 июня → 2014-06-10']],
    ['a day-month without the phrase keeps its year', '2014-12-29', 'Отношения установили 20 марта 1992 года, а 10 июня подписали договор.', ['20 марта 1992 года → 1992-03-20', '10 июня → 2014-06-10']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});
