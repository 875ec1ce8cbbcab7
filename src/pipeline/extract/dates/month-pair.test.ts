/** Two months joined before a year (`mentions.ts`, `MONTH_PAIR_BEFORE`): the date both share is the year. Every text is invented. */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { dateMentions } from './mentions';

/** `text → date` of every mention, in text order. */
function mentions(text: string, articleDate: string): string[] {
  const { doc } = toDoc('t.txt', text);
  return dateMentions(doc, articleDate).map((m) => `${m.text} → ${m.date}`);
}

describe('two months joined before a year are dated by the year', () => {
  it.each([
    ['en: "April and June last year"', '2031-03-14',
      'The minister thanked Moscow for the aid sent after the floods of April and June last year.',
      ['April and June last year → 2030']],
    ['ru: «апреля и июня прошлого года»', '2031-03-14',
      'Министр поблагодарил за помощь после паводков апреля и июня прошлого года.',
      ['апреля и июня прошлого года → 2030']],
    ['ru: «в марте и апреле 2029 года»', '2031-03-14',
      'В марте и апреле 2029 года прошли две встречи министров.',
      ['марте и апреле 2029 года → 2029']],
    ['en: "in March and April 2029"', '2031-03-14',
      'The ministers met twice, in March and April 2029.',
      ['March and April 2029 → 2029']],
    // Negatives: one month keeps its month; a word before «и» that is no month changes nothing.
    ['en: "in June last year" keeps its month', '2031-03-14',
      'The aid arrived in June last year.',
      ['June last year → 2030-06']],
    ['ru: «грузы и в июне 2029 года» keeps its month', '2031-03-14',
      'Россия отправила грузы и в июне 2029 года.',
      ['июне 2029 года → 2029-06']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(mentions(text, date)).toEqual(want);
  });
});
