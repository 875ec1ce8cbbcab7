/** Trade figures. (Stub; replaced by the full extractor.) */
import type { ArticleDate, ArticleDoc, FigureDraft } from '../types';

/** Finds trade-turnover figures, growth rates and targets, with their periods resolved against the article date. */
export function extractFigures(_doc: ArticleDoc, _date: ArticleDate): FigureDraft[] {
  return [];
}
