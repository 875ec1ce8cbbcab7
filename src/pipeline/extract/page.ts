/**
 * Page structure shared by the extractors, read once per article in `extractArticle` and handed to
 * each: the headline block atop the article, which the body tells again, the lines of links to
 * related articles («Читайте также:», "Related:"), whose headlines tell other articles' events and
 * figures, and the own date line of an official document printed as the page, which both the date
 * stage and the milestones read.
 */
import type { Language } from '../../schema/dataset';
import type { ArticleDoc } from '../types';
import { findDocumentDateLine, type DocumentDateLine } from './dates/document-date';
import { headlineSpans } from './headline';
import { MARKERS } from './milestones/lexicon';
import { LowerDoc } from './lower';

/** Spans `[start, end)` of article lines, as offsets into the article's text. */
export type LineSpans = [number, number][];

/** The parts of an article's page that more than one extractor reads. */
export interface PageStructure {
  /** The headline block atop the article (`headlineSpans`): lines that restate the body's main event and figures. */
  readonly headlines: readonly { start: number; end: number }[];
  /** The lines of links to related articles (`relatedLinks`): other articles' headlines, skipped by both extractors. */
  readonly related: Readonly<LineSpans>;
  /**
   * The own date line of an official document printed as the page (`findDocumentDateLine`), or null: the article's
   * date by the date stage, the act's own milestone by `readDocumentPage`.
   */
  readonly documentDateLine: DocumentDateLine | null;
}

/** Reads the page structure of an article once, for every extractor that asks (a pure function of its text and language). */
export function pageStructure(doc: ArticleDoc): PageStructure {
  return { headlines: headlineSpans(doc.text), related: relatedLinks(doc.text, doc.language), documentDateLine: findDocumentDateLine(doc) };
}

/**
 * The lines of related-article links: a line opened by «Читайте также:» / "Related:" (with a
 * headline of its own or none), and the lines right after such a label (no blank line between).
 * An official portal's list of other acts published the same day («Другие документы,
 * опубликованные 02.04.2013:») is such a list: its acts are other pages' news.
 */
export function relatedLinks(text: string, lang: Language, lower = new LowerDoc(text)): LineSpans {
  const out: LineSpans = [];
  const label = MARKERS.relatedLink[lang];
  // Most articles have no such label: one cue test on the whole text spares lower-casing each line.
  if (lower.lower !== null && !label.mayMatch(lower.lower)) return out;
  let inList = false;
  let pos = 0;
  for (const line of text.split('\n')) {
    const start = pos;
    pos += line.length + 1;
    if (!line.trim()) {
      inList = false;
      continue;
    }
    const found = label.all(line, lower.of(start, start + line.length))[0];
    if (found && found.start === line.length - line.trimStart().length) {
      inList = true;
      // The label's own line is skipped too: a label may hold a date of its own («Другие документы, опубликованные
      // 02.04.2013:»), which would date a list heading as an event.
      out.push([start, start + line.length]);
    } else if (inList) out.push([start, start + line.length]);
  }
  return out;
}

/** True when offset `at` lies in one of the `[start, end)` spans (a loop: no closure per sentence). */
export function inSpans(spans: Readonly<LineSpans>, at: number): boolean {
  for (let i = 0, n = spans.length; i < n; i++) {
    const span = spans[i]!;
    if (span[0] <= at && at < span[1]) return true;
  }
  return false;
}

