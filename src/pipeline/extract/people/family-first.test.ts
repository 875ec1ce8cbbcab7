/**
 * A name written family name first (a Chinese official's): in Russian the family name stays undeclined and the
 * given name declines as a noun («с Ли Мином», «с Чжан Вэнем»), not as a Russian surname in «-ин» («Пушкиным»).
 * The officials and every sentence are invented.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../read';
import type { ArticleDoc } from '../../types';
import { buildLexicon, extractPeople } from '../people';
import { nounForms } from './lexicon';

const lexicon = buildLexicon({
  officials: [
    { id: 'li-min', nameRu: 'Ли Мин', nameEn: 'Li Min', country: 'CN', roles: [{ role: 'president', titleRu: 'председатель КНР', from: '2000', to: null }] },
    { id: 'zhang-wen', nameRu: 'Чжан Вэнь', nameEn: 'Zhang Wen', country: 'CN', roles: [{ role: 'head_of_government', titleRu: 'премьер Госсовета КНР', from: '2000', to: null }] },
    { id: 'ivan-sidorov', nameRu: 'Иван Сидорин', nameEn: 'Ivan Sidorin', country: 'RU', roles: [{ role: 'president', titleRu: 'президент России', from: '2000', to: null }] },
  ],
  givenNames: [['Иван', 'Ivan', 'm']].map(([ru, en, gender]) => ({ ru: ru!, en: [en!], gender })),
  familyNameFirst: ['CN'],
});

const doc = (text: string): ArticleDoc => ({ id: 't', file: 't.txt', header: {}, text, sentences: splitSentences(text), language: 'ru' });
const names = (text: string) => extractPeople(doc(text), lexicon).map((p) => p.nameRu);

describe('a family-name-first official in any case', () => {
  it.each([
    ['Президент провел встречу с председателем КНР Ли Мином.', ['Ли Мин']],
    ['Переговоры с Чжан Вэнем продлились два часа.', ['Чжан Вэнь']],
    ['Визит Ли Мина в Бишкек завершился.', ['Ли Мин']],
    ['Ли Мин прибыл в Москву.', ['Ли Мин']],
    // A Russian surname in «-ин» keeps its own declension.
    ['Встреча с президентом Иваном Сидориным прошла в Кремле.', ['Иван Сидорин']],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });
});

describe('the noun declension of the last word', () => {
  it.each([
    ['Мин', ['Мина', 'Мину', 'Мина', 'Мином', 'Мине']],
    ['Вэнь', ['Вэня', 'Вэню', 'Вэня', 'Вэнем', 'Вэне']],
    ['И', []],
  ])('%s', (word, want) => {
    expect(nounForms(word).map(([f]) => f)).toEqual(want);
  });
});
