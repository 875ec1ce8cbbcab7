/**
 * A plural title before a list of names is each one's («премьеры двух стран – A и B», "the foreign ministers of the
 * two countries, A and B"); a singular title stays the first name's. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../read';
import type { ArticleDoc } from '../../types';
import { buildLexicon, extractPeople } from '../people';

const lexicon = buildLexicon({
  officials: [
    { id: 'ivan-petrov', nameRu: 'Иван Петров', nameEn: 'Ivan Petrov', country: 'RU', roles: [{ role: 'head_of_government' }, { role: 'foreign_minister' }, { role: 'president' }] },
    { id: 'kanat-bekov', nameRu: 'Канат Беков', nameEn: 'Kanat Bekov', country: 'KG', roles: [{ role: 'head_of_government' }, { role: 'foreign_minister' }, { role: 'president' }] },
  ],
  givenNames: [],
});

const doc = (text: string, language: 'ru' | 'en'): ArticleDoc => ({ id: 't', file: 't.txt', header: {}, text, sentences: splitSentences(text), language });
const roles = (text: string, language: 'ru' | 'en' = 'ru') =>
  extractPeople(doc(text, language), lexicon).map((p) => `${p.nameEn}: ${p.textRoles.map((r) => r.role).join(',')}`);

describe('a plural title before a list of names', () => {
  it.each([
    ['«премьер-министров двух стран – A и B»', 'ru', 'Протокол подписан в присутствии премьер-министров двух стран – Ивана Петрова и Каната Бекова.', ['Ivan Petrov: head_of_government', 'Kanat Bekov: head_of_government']],
    ['«президенты A и B»', 'ru', 'На встрече президенты Иван Петров и Канат Беков обсудили энергетику.', ['Ivan Petrov: president', 'Kanat Bekov: president']],
    ['«глав МИД России и Киргизии A и B»', 'ru', 'Переговоры глав МИД России и Киргизии Ивана Петрова и Каната Бекова продлились два часа.', ['Ivan Petrov: foreign_minister', 'Kanat Bekov: foreign_minister']],
    ['en: "the foreign ministers of the two countries, A and B"', 'en', 'The memorandum was initialled by the foreign ministers of the two countries, Ivan Petrov and Kanat Bekov.', ['Ivan Petrov: foreign_minister', 'Kanat Bekov: foreign_minister']],
    // A singular title is the first name's only.
    ['«президент A и B»: the second name untitled', 'ru', 'На встрече президент Иван Петров и Канат Беков обсудили энергетику.', ['Ivan Petrov: president', 'Kanat Bekov: ']],
    ['«главы МИД A и B»: «главы» may be a singular', 'ru', 'Заявление главы МИД Ивана Петрова и Каната Бекова опубликовано.', ['Ivan Petrov: foreign_minister', 'Kanat Bekov: ']],
  ] as const)('%s', (_name, lang, text, want) => {
    expect(roles(text, lang)).toEqual(want);
  });
});
