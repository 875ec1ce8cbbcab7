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

const doc = (text: string): ArticleDoc => ({ id: 't', file: 't.txt', header: {}, text, sentences: splitSentences(text), language: 'ru' });
const names = (text: string) => extractPeople(doc(text), lexicon).map((p) => p.nameRu);

describe('a title with a portfolio joined by «и» and a country before an unlisted name', () => {
  it.each([
    ['nominative', 'С приветствием обратился министр образования и науки Кыргызстана Канат Беков.', ['Канат Беков']],
    ['genitive of a woman with an indeclinable given name', 'Линейка прошла с участием министра образования и науки Киргизии Догдуркул Асановой.', ['Догдуркул Асанова']],
    ['after a listed official', 'В церемонии участвовали Сергей Лавров и министр труда и социального развития Киргизии Бакыт Исаев.', ['Сергей Лавров', 'Бакыт Исаев']],
    ['a portfolio of lower-case words still reads', 'Выступил министр экономики и коммерции Бакыт Исаев.', ['Бакыт Исаев']],
  ])('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want);
  });
});

describe('a source credit after a name is no apposition of it', () => {
  it.each([
    ['«, передает корреспондент»', 'Школу открыла министр образования Айжан Токтосунова, передает корреспондент агентства.', ['Айжан Токтосунова']],
    ['«, сообщил корреспондент»', 'Школу открыл министр образования Канат Беков, сообщил корреспондент агентства.', ['Канат Беков']],
    // The apposition itself still marks a journalist.
    ['«, корреспондент агентства»', 'Вопрос задал Канат Беков, корреспондент агентства.', []],
  ])('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want);
  });
});
