/** People named in an article. (Stub; replaced by the full extractor.) */
import type { ArticleDoc, PersonDraft } from '../types';

/** Finds the officials named in an article, in any grammatical case, with every mention. */
export function extractPeople(_doc: ArticleDoc): PersonDraft[] {
  return [];
}
