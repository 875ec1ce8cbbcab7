import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../read';
import type { ArticleDoc } from '../../types';
import { extractPeople, knowledgeLexicon } from '../people';

const doc = (text: string): ArticleDoc => ({ id: 't', file: 't.txt', header: { date: '2024-11-18' }, text, sentences: splitSentences(text), language: 'ru' });
const names = (text: string) => extractPeople(doc(text), knowledgeLexicon()).map((p) => p.nameRu);

/** The first words of a known official's long name are no person of their own. */
describe('an unknown name that opens a known official’s longer name', () => {
  it.each([
    ['a four-part name', 'В Рио-де-Жанейро гостей встречал Луис Инасиу Лула да Силва.', ['Луис Инасиу Лула да Силва']],
    // Another given name before the official's name stays a person of its own.
    ['two people joined by «и»', 'Министр Олег Смирнов и Луис Инасиу Лула да Силва обсудили поставки.', ['Олег Смирнов', 'Луис Инасиу Лула да Силва']],
  ])('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want);
  });
});
