/** Milestones. (Stub; replaced by the full extractor.) */
import type { ArticleDate, ArticleDoc, DateMention, MilestoneDraft, PersonDraft } from '../types';

/** Finds the article's main event and the events it refers to. */
export function extractMilestones(
  _doc: ArticleDoc,
  _date: ArticleDate,
  _people: PersonDraft[],
  _mentions: DateMention[],
): MilestoneDraft[] {
  return [];
}
