/** Article dates and date mentions. (Stub: header date only; replaced by the full extractor.) */
import type { PartialDate } from '../../schema/dataset';
import type { ArticleDate, ArticleDoc, DateMention, PersonDraft } from '../types';

/** Finds the article's own date: header, dateline, byline, URL, or a year inferred from evidence. */
export function extractArticleDate(doc: ArticleDoc, _people: PersonDraft[] = []): ArticleDate {
  const h = doc.header.date?.match(/^\d{4}(-\d{2}(-\d{2})?)?/)?.[0] ?? null;
  return {
    date: h,
    evidence: h ? `Header line "date: ${doc.header.date}".` : 'No date found in the header or text.',
    basis: h ? 'header' : 'none',
    monthDay: null,
    place: null,
    outlet: null,
    span: null,
  };
}

/** Finds dates mentioned in the text, resolved against the article's date (never today). */
export function findDateMentions(_doc: ArticleDoc, _articleDate: PartialDate | null): DateMention[] {
  return [];
}
