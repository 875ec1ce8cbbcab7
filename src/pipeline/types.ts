/**
 * Types shared by the pipeline's passes. Every extractor is a pure function of an
 * `ArticleDoc` (plus what earlier passes found) and returns drafts that keep their offsets.
 */
import type { FigureKind, Language, MilestoneType, PartialDate, Qualifier, RoleKey, Status } from '../schema/dataset';

/** A sentence of the article body with `[start, end)` offsets into `ArticleDoc.text`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** A decoded article: header fields, body text and its sentences. */
export interface ArticleDoc {
  /** Stable id from the file name. */
  id: string;
  /** Path relative to the input folder. */
  file: string;
  /** Header fields (`date`, `source`, `url`, `title`, `lang`), lower-case keys. */
  header: Record<string, string>;
  /** Body text after the header; every offset points into it. */
  text: string;
  sentences: Sentence[];
  language: Language;
}

/** A span of text found by an extractor. */
export interface Span {
  start: number;
  end: number;
  /** `doc.text.slice(start, end)`. */
  text: string;
}

/** The article's own date and how it was found. */
export interface ArticleDate {
  date: PartialDate | null;
  /** Human-readable evidence, e.g. "Dateline «Бишкек. 25 февраля» + year 2022 from «30 лет установлению дипломатических отношений» (relations established 1992)". */
  evidence: string;
  /** Where the date came from. */
  basis: 'header' | 'inline-header' | 'dateline' | 'byline' | 'body' | 'url' | 'inferred-year' | 'none';
  /** Month-day known without a year, e.g. `--10-12`, when the year could not be found. */
  monthDay: string | null;
  /** Dateline place (e.g. "Бишкек"), or null. */
  place: string | null;
  /** Outlet named in the dateline or header (e.g. "РИА Новости"), or null. */
  outlet: string | null;
  span: Span | null;
}

/** A date mentioned in the text, resolved against the article date. */
export interface DateMention extends Span {
  date: PartialDate;
  /** True when the mention is relative («в прошлом году», "last year"). */
  relative: boolean;
  /** The earlier date it counts from («2 декабря» for «днём ранее»), when not the article date. */
  anchor?: string;
}

/** A person found in one article, with every mention. */
export interface PersonDraft {
  /** Knowledge-base id when recognised, else a slug of the English name. */
  id: string;
  nameRu: string;
  nameEn: string;
  country: string | null;
  /** Roles read from the text around the mentions. */
  textRoles: { role: RoleKey; titleRu: string; titleEn: string; country: string | null }[];
  mentions: Span[];
  known: boolean;
}

/** A figure found in one article. */
export interface FigureDraft {
  metric: string;
  value: number;
  unit: string;
  period: string | null;
  kind: FigureKind;
  qualifier: Qualifier | null;
  quote: Span;
}

/** A milestone found in one article. */
export interface MilestoneDraft {
  date: PartialDate | null;
  dateEvidence: string;
  type: MilestoneType;
  status: Status;
  titleEn: string;
  titleRu: string;
  /** Ids of `PersonDraft`s of the same article. */
  peopleIds: string[];
  place: string | null;
  bilateral: boolean;
  derived: string | null;
  quote: Span;
  /**
   * True on the milestone of a document page's act itself (made by `readDocumentPage`): its date line may stand in
   * the headline block, which it does not repeat. False on every other milestone (always present, so that every
   * draft has the one hidden class: see `makeTitles`' callers).
   */
  documentAct: boolean;
}

/** Everything extracted from one article. */
export interface ArticleExtraction {
  doc: ArticleDoc;
  title: string;
  date: ArticleDate;
  people: PersonDraft[];
  figures: FigureDraft[];
  milestones: MilestoneDraft[];
}
