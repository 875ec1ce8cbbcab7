/**
 * A planned meeting on the sidelines of a gathering named by its place or occasion takes the day of that gathering told
 * before as planned, not the date of the plan told last. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a planned meeting on the sidelines of a named gathering told before', () => {
  it.each([
    ['en: the gathering named by its city, another plan told in between',
      'date: 2031-08-12\n\nThe presidents discussed preparations for the CSTO summit in Astana on September 15 and for the session of the Supreme Eurasian Economic Council scheduled for October. They agreed to hold a bilateral meeting on the sidelines of the Astana summit.',
      ['2031-09-15 planned summit «The presidents»', '2031-10 planned summit «and for»', '2031-09-15 planned meeting «They agreed»']],
    ['ru: the gathering named by its occasion',
      'date: 2031-04-14\n\nПрезидент пригласил коллегу на торжества по случаю Дня Победы в Москве 9 мая. Лидеры также обсудили повестку саммита ЕАЭС, который пройдет в конце июня. Договорились провести двустороннюю встречу на полях торжеств по случаю Дня Победы.',
      ['2031-05-09 planned anniversary «Президент пригласил»', '2031-06 planned summit «Лидеры также»', '2031-05-09 planned meeting «Договорились провести»']],
    // Negative: a name no gathering told has leaves the plan told last.
    ['en: a name not told before',
      'date: 2031-08-12\n\nThe leaders discussed the session of the Supreme Eurasian Economic Council scheduled for October. They agreed to hold a bilateral meeting on the sidelines of the Minsk forum.',
      ['2031-10 planned summit «The leaders»', '2031-10 planned other «on the»', '2031-10 planned meeting «They agreed»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
