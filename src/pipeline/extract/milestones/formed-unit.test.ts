import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «сформирована», 'was formed': a unit or body formed is founded, like one set up («создана», 'set up'), and counted
// only with a date of its own; a year of the last century dates it when it is plainly a time («осенью 1957 года»,
// «в 1948 году», 'in the spring of 1957'). Every text is invented.
describe('a unit formed with its date is founded', () => {
  it.each([
    ['ru: «была сформирована осенью 1957 года»',
      'date: 2031-12-10\n\nГорнострелковая бригада была сформирована осенью 1957 года в Нарыне.',
      ['1957 past other «Горнострелковая бригада»']],
    ['ru: participle «сформированной в 1948 году»',
      'date: 2031-12-10\n\nМэр вспомнил о бригаде, сформированной в 1948 году в Оше.',
      ['1948 past other «Мэр вспомнил»']],
    ['en: "was formed in … in the spring of 1957"',
      'date: 2031-12-10\n\nThe brigade was formed in Naryn in the spring of 1957.',
      ['1957 past other «The brigade»']],
    ['ru: a day of the last century',
      'date: 2031-12-10\n\nОтряд был сформирован 4 марта 1962 года.',
      ['1962-03-04 past other «Отряд был»']],
    // Negatives: undated, or a future formation in a quote, it is no event; «расформирован» stays a body dissolved.
    ['en: "was formed in Osh" without a date', 'date: 2031-12-10\n\nThe brigade was formed in Osh.', []],
    ['ru: a government to be formed, quoted',
      'date: 2031-12-10\n\n«Правительство будет сформировано в ближайшее время», — сказал он.', []],
    // A year named as a topic dates nothing: the handover stays the article's day's, no formation of 1930.
    ['ru: a topic year is no date of the formation',
      'date: 2031-12-10\n\nАрхив передал документы о событиях 1930 года и о бригаде, сформированной на севере.',
      ['2031-12-10 past agreement «Архив передал»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
