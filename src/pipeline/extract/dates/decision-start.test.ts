import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { dateMentions } from './mentions';

/** `date «text»` of every mention; the article's date is its `date:` line. */
const dates = (text: string) => dateMentions(toDoc('t.txt', text).doc, text.slice(6, 16)).map((m) => `${m.date} «${m.text}»`);

// A day a decision takes effect from ("the appointment of X … from January 1", «решение … с 1 января»), soon after
// the article's month, is the coming one whatever tense told the decision.
describe('a day a decision takes effect from, told late in the year', () => {
  it.each([
    ['en: "ended with the appointment of X … from January 1" in November',
      'date: 2031-11-29\n\nThe summit ended with the appointment of a Belarusian diplomat as the bloc\'s secretary general from January 1.',
      '2032-01-01'],
    ['en: "decided to lift the ban as of January 1" in December',
      'date: 2031-12-10\n\nThe government decided last week to lift the ban as of January 1.',
      '2032-01-01'],
    ['ru: «утвердил … с 1 января» in December',
      'date: 2031-12-10\n\nСовет утвердил нового генерального секретаря, который приступил к работе с 1 января.',
      '2032-01-01'],
    ['ru: «приняли решение … с 1 января» in November',
      'date: 2031-11-29\n\nЛидеры приняли решение о назначении нового генсека с 1 января.',
      '2032-01-01'],
  ])('%s', (_name, text, want) => {
    expect(dates(text).some((d) => d.startsWith(want))).toBe(true);
  });

  it.each([
    ['en: a change told past with no decision keeps the year',
      'date: 2031-11-29\n\nGas prices rose from January 1, the company said.',
      '2031-01-01'],
    ['en: a decision in a March article is of the year told',
      'date: 2031-03-10\n\nThe summit ended with the appointment of a Belarusian diplomat as secretary general from January 1.',
      '2031-01-01'],
    ['ru: «с 1 января» with no decision keeps the year',
      'date: 2031-11-29\n\nС 1 января цены на газ выросли на 10%.',
      '2031-01-01'],
  ])('%s', (_name, text, want) => {
    expect(dates(text).some((d) => d.startsWith(want))).toBe(true);
  });
});
