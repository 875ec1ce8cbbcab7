import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../read';
import type { ArticleDoc } from '../../types';
import { extractPeople, knowledgeLexicon } from '../people';

const doc = (text: string): ArticleDoc => ({ id: 't', file: 't.txt', header: { date: '2013-06-26' }, text, sentences: splitSentences(text), language: 'ru' });

/** A company's name in guillemets between a title and a name belongs to the title. */
describe('a title with a company in guillemets', () => {
  it.each([
    ['«глава «…»» before a name', 'Глава «Северэнерго» Иван Петров заявил, что станция будет готова к 2015 году.', ['Иван Петров']],
    ['two words in the guillemets', 'Как сообщил руководитель «Нарын Гидро» Тимур Соколов, работы начнутся летом.', ['Тимур Соколов']],
    ['a legal form before the guillemets', 'Председатель правления ОАО «Восток Энерго» Игорь Белкин прибыл в Бишкек.', ['Игорь Белкин']],
    // A body that is not of a state stays so with its name in guillemets.
    ['the head of a charity is no official', 'Председатель благотворительного фонда «Наследие» Иван Петров передал помощь.', []],
  ])('%s', (_name, text, want) => {
    expect(extractPeople(doc(text), knowledgeLexicon()).map((p) => p.nameRu)).toEqual(want);
  });
});
