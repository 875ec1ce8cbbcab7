/** The per-article pass list: each extractor gets the document and what earlier passes found. */
import type { ArticleDoc, ArticleExtraction } from '../types';
import { extractArticleDate, findDateMentions } from './dates';
import { extractFigures } from './figures';
import { extractMilestones } from './milestones';
import { extractPeople } from './people';
import { extractTitle } from './title';

/**
 * Extracts everything from one article. People come first because their terms of office are
 * evidence for the year; figures and milestones resolve relative periods against the article date.
 */
export function extractArticle(doc: ArticleDoc): ArticleExtraction {
  const title = extractTitle(doc);
  const people = extractPeople(doc);
  const date = extractArticleDate(doc, people);
  const mentions = findDateMentions(doc, date.date);
  const figures = extractFigures(doc, date);
  const milestones = extractMilestones(doc, date, people, mentions);
  return { doc, title, date, people, figures, milestones };
}
