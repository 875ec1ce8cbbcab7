/** A rank between a title and an unlisted name. Every sentence is invented. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../read';
import type { ArticleDoc } from '../../types';
import { buildLexicon, extractPeople } from '../people';
import { gapWithoutRank } from './rank-gap';

const lexicon = buildLexicon({
  officials: [{ id: 'sergey-lavrov', nameRu: 'Сергей Лавров', nameEn: 'Sergey Lavrov', country: 'RU', roles: [{ role: 'foreign_minister' }] }],
  givenNames: [['Иван', 'Ivan', 'm'], ['Айжан', 'Aizhan', 'f']].map(([ru, en, gender]) => ({ ru: ru!, en: [en!], gender })),
});

const doc = (text: string, language: 'ru' | 'en'): ArticleDoc => ({ id: 't', file: 't.txt', header: {}, text, sentences: splitSentences(text), language });
const names = (text: string, language: 'ru' | 'en') => extractPeople(doc(text, language), lexicon).map((p) => p.nameEn);

describe('a rank between a title and a name leaves the title as the role', () => {
  it.each([
    ['en: "commander, Colonel"', 'en', 'Guests included Sergey Lavrov and the base commander, Colonel Ivan Petrov.', ['Sergey Lavrov', 'Ivan Petrov']],
    ['en: "commander Major General" without a comma', 'en', 'Guests included Sergey Lavrov and the district commander Major General Ivan Petrov.', ['Sergey Lavrov', 'Ivan Petrov']],
    ['ru: «командующий, генерал-майор»', 'ru', 'Среди гостей были Сергей Лавров и командующий, генерал-майор Иван Петров.', ['Sergey Lavrov', 'Ivan Petrov']],
    ['ru: «посол, Чрезвычайный и Полномочный Посол России»', 'ru', 'Среди гостей были Сергей Лавров и посол, Чрезвычайный и Полномочный Посол России Иван Петров.', ['Sergey Lavrov', 'Ivan Petrov']],
  ])('%s', (_name, language, text, want) => {
    expect(names(text, language as 'ru' | 'en')).toEqual(want);
  });
});

describe('gapWithoutRank', () => {
  it.each([
    [' of the base, Colonel ', ' of the base'],
    [', генерал-майор ', ''],
    [' авиабазы полковник ', ' авиабазы'],
    [', Чрезвычайный и Полномочный Посол России ', ''],
    [' of the base ', null],
    [' of the base, ', null],
    // Only the rank is set aside: the clause before it still keeps the title from the name (a comma in the gap).
    [' сказал, что полковник ', ' сказал, что'],
    [' Киргизии ', null],
  ])('%j', (gap, want) => {
    expect(gapWithoutRank(gap)).toBe(want);
  });
});
