import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../read';
import type { ArticleDoc } from '../../types';
import { extractPeople, knowledgeLexicon } from '../people';

const doc = (text: string, language: 'ru' | 'en'): ArticleDoc => ({ id: 't', file: 't.txt', header: { date: '2019-11-20' }, text, sentences: splitSentences(text), language });
const names = (text: string, language: 'ru' | 'en' = 'ru') => extractPeople(doc(text, language), knowledgeLexicon()).map((p) => p.nameRu);

/** Posts of the arts, of a university's chair and of a firm's founding are no office, whatever verb of an act follows. */
describe('non-official posts before a name', () => {
  it.each([
    ['a theatre’s artistic director', 'Художественный руководитель Камерного театра Олег Смирнов заявил, что премьера пройдёт в марте.', 'ru', []],
    ['the director of a theatre', 'Директор драматического театра Олег Смирнов встретил гостей из Омска.', 'ru', []],
    ['the head of a university chair', 'Заведующий кафедрой химии Павел Громов рассказал о новых приборах.', 'ru', []],
    ['a firm’s founder', 'Прибыль сервиса выросла вдвое, сообщил его основатель Павел Громов.', 'ru', []],
    ['an artistic director in English', 'Artistic Director Oleg Smirnov said the troupe would tour Osh.', 'en', []],
    ['a founder in English', 'The company’s founder Pavel Gromov said revenue had doubled.', 'en', []],
    // An office keeps its holder: a minister visiting a theatre is still the minister.
    ['a minister at the theatre', 'Министр культуры Олег Смирнов посетил театр оперы.', 'ru', ['Олег Смирнов']],
    // «отвечая на вопросы журналистов» after the comma is the minister's act, not an apposition naming him a journalist.
    ['a clause of answering reporters', 'Министр экономики Олег Смирнов, отвечая на вопросы журналистов, сообщил о росте экспорта.', 'ru', ['Олег Смирнов']],
  ] as const)('%s', (_name, text, language, want) => {
    expect(names(text, language)).toEqual(want);
  });
});
