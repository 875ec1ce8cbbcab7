/** For tests: the Russian names of the officials found in one invented text, with an optional header date. */
import { splitSentences } from '../../read';
import type { ArticleDoc } from '../../types';
import { extractPeople, knowledgeLexicon } from '../people';

const doc = (text: string, language: 'ru' | 'en', date: string | null): ArticleDoc => ({
  id: 't',
  file: 't.txt',
  header: date ? { date } : {},
  text,
  sentences: splitSentences(text),
  language,
});

export const namesIn = (text: string, language: 'ru' | 'en', date: string | null): string[] =>
  extractPeople(doc(text, language, date), knowledgeLexicon()).map((p) => p.nameRu);
