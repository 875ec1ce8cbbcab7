/**
 * A bare surname in an article that tells no year: no term of office can be checked, so a third country's minister
 * is meant only when titled or named in full; the officials of the two countries and heads of state or government
 * stay as they are. The officials and every sentence are invented.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../read';
import type { ArticleDoc } from '../../types';
import { buildLexicon, extractPeople } from '../people';

const lexicon = buildLexicon({
  officials: [
    { id: 'anna-strela', nameRu: 'Анна Стрела', nameEn: 'Anna Strela', country: 'FR', roles: [{ role: 'foreign_minister', titleRu: 'министр иностранных дел Франции', from: '2031', to: '2033' }] },
    { id: 'pavel-borov', nameRu: 'Павел Боров', nameEn: 'Pavel Borov', country: 'RU', roles: [{ role: 'foreign_minister', titleRu: 'министр иностранных дел России', from: '2031', to: '2033' }] },
    { id: 'jan-kowal', nameRu: 'Ян Коваль', nameEn: 'Jan Kowal', country: 'PL', roles: [{ role: 'president', titleRu: 'президент Польши', from: '2031', to: '2033' }] },
  ],
  givenNames: [],
});

const doc = (text: string): ArticleDoc => ({ id: 't', file: 't.txt', header: {}, text, sentences: splitSentences(text), language: 'ru' });
const names = (text: string) => extractPeople(doc(text), lexicon).map((p) => p.nameRu);

describe('a bare surname with no year told', () => {
  it.each([
    ['a capitalised common noun, no year', 'Стрела на указателе смотрела в сторону вокзала, куда шли делегаты.', []],
    ['the same with a year told', 'В 2032 году Стрела провела переговоры в Бишкеке.', ['Анна Стрела']],
    ['titled, no year', 'Министр Стрела провела переговоры в Бишкеке.', ['Анна Стрела']],
    ['named in full, no year', 'Анна Стрела провела переговоры в Бишкеке. Позже Стрела уехала в Ош.', ['Анна Стрела']],
    ['an official of the two countries, no year', 'Боров провёл переговоры в Бишкеке.', ['Павел Боров']],
    ['a head of state, no year', 'Коваль провёл переговоры в Бишкеке.', ['Ян Коваль']],
  ] as const)('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want);
  });
});
