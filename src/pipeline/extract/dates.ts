/** Article dates and date mentions: the entry points; the passes live in `./dates/`. */
import type { PartialDate } from '../../schema/dataset';
import type { ArticleDate, ArticleDoc, DateMention, PersonDraft } from '../types';
import { articleDate, datedArticle } from './dates/article-date';
import type { DateLine } from './dates/dateline';
import type { DocumentDateLine } from './dates/document-date';
import type { DateKnowledge } from './dates/context';
import { dateKnowledge } from './dates/kb';
import { dateMentions } from './dates/mentions';

/** Finds the article's own date: header, dateline, byline, URL, or a year inferred from evidence. */
export function extractArticleDate(doc: ArticleDoc, people: PersonDraft[] = [], kb: DateKnowledge = dateKnowledge): ArticleDate {
  return articleDate(doc, people, kb);
}

/**
 * The article's own date (see `extractArticleDate`) and the agency dateline of wire copy it may print (see `wireDay`).
 * `documentLine`: the page's own document date line (`PageStructure.documentDateLine`), found here when not given.
 */
export function extractDatedArticle(
  doc: ArticleDoc,
  people: PersonDraft[] = [],
  kb: DateKnowledge = dateKnowledge,
  documentLine?: DocumentDateLine | null,
): { date: ArticleDate; wireDateline: DateLine | null } {
  return datedArticle(doc, people, kb, documentLine);
}

/** Finds dates mentioned in the text, resolved against the article's date (never today). */
export function findDateMentions(doc: ArticleDoc, articleDate: PartialDate | null): DateMention[] {
  return dateMentions(doc, articleDate);
}
