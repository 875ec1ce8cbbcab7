/**
 * A person of the knowledge base titled right before the name by a post the knowledge base gives them ("OSU
 * Rector Ivan Sidorov"), though the post is a non-official's title; one only cited by it ("according to its rector,
 * Ivan Sidorov") stays out, as does an unlisted person with that title. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../read';
import type { ArticleDoc } from '../../types';
import { buildLexicon, extractPeople } from '../people';

const lexicon = buildLexicon({
  officials: [
    {
      id: 'ivan-sidorov',
      nameRu: 'Иван Сидоров',
      nameEn: 'Ivan Sidorov',
      country: 'KG',
      roles: [{ role: 'other', titleEn: 'Rector of the Osh Slavic University', titleRu: 'ректор Ошского славянского университета', from: '2000', to: null }],
    },
  ],
  givenNames: [
    ['Иван', 'Ivan', 'm'], ['Пётр', 'Petr', 'm'],
  ].map(([ru, en, gender]) => ({ ru: ru!, en: [en!], gender })),
});

const doc = (text: string, language: 'ru' | 'en' = 'en'): ArticleDoc => ({ id: 't', file: 't.txt', header: {}, text, sentences: splitSentences(text), language });
const names = (text: string, language: 'ru' | 'en' = 'en') => extractPeople(doc(text, language), lexicon).map((p) => p.nameEn);

describe('a known person named by a post of their own in the knowledge base', () => {
  it.each([
    ['en: "OSU Rector Ivan Sidorov" right before the name', 'OSU Rector Ivan Sidorov recalled that the school was founded in 2000.', 'en', ['Ivan Sidorov']],
    ['ru: «ректор Иван Сидоров» right before the name', 'Ректор Иван Сидоров напомнил, что университет основан в 2000 году.', 'ru', ['Ivan Sidorov']],
    // Negative: a post only cited before a comma, and an unlisted person with the same title.
    ['en: "according to its rector, Ivan Sidorov" cites the post', 'Moscow pledged funds for the school, according to its rector, Ivan Sidorov.', 'en', []],
    ['en: an unlisted rector is no official', 'University Rector Petr Ivanov recalled that the school was founded in 2000.', 'en', []],
  ] as const)('%s', (_name, text, lang, want) => {
    expect(names(text, lang)).toEqual(want);
  });
});
