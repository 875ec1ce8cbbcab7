// Shared by the figure tables' tests: an article date from a header and the turnover figures as short strings.
import { toDoc } from '../../read';
import type { ArticleDate, FigureDraft } from '../../types';
import { extractFigures } from '../figures';

/** An article date as a header would give it (or none). */
export function articleDate(date: string | null): ArticleDate {
  return { date, evidence: 'test', basis: date ? 'header' : 'none', monthDay: null, place: null, outlet: null, span: null };
}

/** `metric value period kind` of every figure (or only the turnover ones), in text order. */
export function figureLines(text: string, date: string | null, turnoverOnly = true): string[] {
  const { doc } = toDoc('t.txt', text);
  return extractFigures(doc, articleDate(date))
    .filter((f: FigureDraft) => !turnoverOnly || f.metric.startsWith('trade_turnover'))
    .map((f) => [f.metric, f.value, f.period ?? 'null', f.kind].join(' '));
}
