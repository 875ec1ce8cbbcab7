import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../read';
import type { ArticleDoc } from '../../types';
import { extractPeople, knowledgeLexicon } from '../people';

const doc = (text: string, language: 'ru' | 'en' = 'ru'): ArticleDoc => ({ id: 't', file: 't.txt', header: { date: '2018-04-11' }, text, sentences: splitSentences(text), language });
const names = (text: string, language: 'ru' | 'en' = 'ru') => extractPeople(doc(text, language), knowledgeLexicon()).map((p) => p.nameRu);

/**
 * A known official's surname after a given name the lexicon lacks is a namesake: the text's given name wins, in an oblique
 * case and in the nominative once the article has written it inflected before the same surname.
 */
describe('a namesake of a known official', () => {
  it.each([
    ['oblique, then nominative', 'Губернатор встретился с мэром Тараза Ерботом Ибраимовым. Ербот Ибраимов рассказал о планах города.', ['Ербот Ибраимов']],
    ['nominative first, oblique later', 'Ербот Ибраимов прибыл в Омск. Губернатор провел переговоры с мэром Тараза Ерботом Ибраимовым.', ['Ербот Ибраимов']],
    // Without the inflected form nothing tells the nominative word a given name; the official's own given name still resolves.
    ['the official named in full', 'Жумабек Ибраимов провел совещание.', ['Жумабек Ибраимов']],
    // A given name of the lexicon that is not the official's: the namesake in the nominative too, in either language.
    ['a listed given name, nominative', 'Мэр Бишкека Албек Ибраимов открыл новый сквер.', ['Албек Ибраимов']],
    ['a Kyrgyz given name in -кул, nominative', 'Председатель таможенной службы Асанкул Ибраимов сообщил о новых правилах.', ['Асанкул Ибраимов']],
  ])('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want);
  });
});

/** The head of a diaspora's body or of a union named before is no official. */
describe('heads of public associations', () => {
  it.each([
    ['the chairman of a union named before', 'Вещи принимают в офисе «Томского союза казахов». Как рассказал председатель союза Тимур Алиев, люди несут одежду.', []],
    ['the head of a community', 'Председатель узбекского землячества Тимур Алиев открыл праздник.', []],
    ['a union of states has another title', 'Председатель Комиссии Таможенного союза Иван Сидоров прибыл в Бишкек.', ['Иван Сидоров']],
  ])('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want);
  });
});

/** An English portfolio with the state or region after it belongs to the title before the name. */
describe('an English portfolio and its region', () => {
  it.each([
    ['portfolio with "and", then a region', 'Minister of Energy and Housing of Bashkortostan Ilnur Sadykov attended the talks.', ['Ильнур Садыков']],
    ['portfolio with "and", then "the" state', 'Minister of Culture and Tourism of the Kyrgyz Republic Azamat Bekov opened the exhibition.', ['Азамат Беков']],
  ])('%s', (_name, text, want) => {
    expect(names(text, 'en')).toEqual(want);
  });
});
