/**
 * Unlisted officials after a title with a portfolio and a country («министр образования и науки Киргизии …»), and a
 * source credit after the name («…, передает корреспондент ТАСС»), which is no apposition of it. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../read';
import type { ArticleDoc } from '../../types';
import { buildLexicon, extractPeople } from '../people';

const lexicon = buildLexicon({
  officials: [{ id: 'sergey-lavrov', nameRu: 'Сергей Лавров', nameEn: 'Sergey Lavrov', country: 'RU', roles: [{ role: 'foreign_minister' }] }],
  givenNames: [
    ['Канат', 'Kanat', 'm'], ['Бакыт', 'Bakyt', 'm'], ['Айжан', 'Aizhan', 'f'], ['Догдуркул', 'Dogdurkul', 'f'], ['Иван', 'Ivan', 'm'],
  ].map(([ru, en, gender]) => ({ ru: ru!, en: [en!], gender })),
});

const doc = (text: string, language: 'ru' | 'en' = 'ru'): ArticleDoc => ({ id: 't', file: 't.txt', header: {}, text, sentences: splitSentences(text), language });
const names = (text: string, language: 'ru' | 'en' = 'ru') => extractPeople(doc(text, language), lexicon).map((p) => p.nameEn);

describe('a title with a portfolio joined by «и» and a country before an unlisted name', () => {
  it.each([
    ['nominative', 'С приветствием обратился министр образования и науки Кыргызстана Канат Беков.', ['Kanat Bekov']],
    ['genitive of a woman with an indeclinable given name', 'Линейка прошла с участием министра образования и науки Киргизии Догдуркул Асановой.', ['Dogdurkul Asanova']],
    ['after a listed official', 'В церемонии участвовали Сергей Лавров и министр труда и социального развития Киргизии Бакыт Исаев.', ['Sergey Lavrov', 'Bakyt Isayev']],
    ['a portfolio of lower-case words still reads', 'Выступил министр экономики и коммерции Бакыт Исаев.', ['Bakyt Isayev']],
  ])('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want);
  });
});

describe('a posting in a country named in the prepositional case belongs to the title', () => {
  it.each([
    ['«посол … в Кыргызстане»', 'На приеме выступили министр Канат Беков и посол Российской Федерации в Кыргызстане Иван Петров.', ['Kanat Bekov', 'Ivan Petrov']],
    ['«посол … в Казахстане»', 'Речь произнес Чрезвычайный и Полномочный Посол Киргизии в Казахстане Бакыт Исаев.', ['Bakyt Isayev']],
  ])('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want);
  });
});

describe('a source credit after a name is no apposition of it', () => {
  it.each([
    ['«, передает корреспондент»', 'Школу открыла министр образования Айжан Токтосунова, передает корреспондент агентства.', ['Aizhan Toktosunova']],
    ['«, сообщил корреспондент»', 'Школу открыл министр образования Канат Беков, сообщил корреспондент агентства.', ['Kanat Bekov']],
    // The apposition itself still marks a journalist.
    ['«, корреспондент агентства»', 'Вопрос задал Канат Беков, корреспондент агентства.', []],
  ])('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want);
  });
});

describe('an English portfolio joined by "for" or "on" belongs to the title', () => {
  it.each([
    ['"Chairman of the State Committee for Defense Affairs"', 'The ceremony was attended by Chairman of the State Committee for Defense Affairs Bakyt Isaev.', ['Bakyt Isaev']],
    ['"Chairman of the Committee on Foreign Affairs"', 'The delegation was led by Chairman of the Committee on Foreign Affairs Ivan Petrov.', ['Ivan Petrov']],
  ])('%s', (_name, text, want) => {
    expect(names(text, 'en')).toEqual(want);
  });
});
