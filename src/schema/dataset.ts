/**
 * The dataset contract between the build-time pipeline and the browser app.
 * Imported by both sides; imports nothing but zod.
 */
import { z } from 'zod';

import { SCHEMA_VERSION } from './version';

export { SCHEMA_VERSION };

/** A date as precise as the source allows: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDate>;

/** Character offsets `[start, end)` into an article's text. */
export const Offsets = z.object({
  /** First character of the quote in the article text. */
  start: z.number().int().nonnegative(),
  /** One past the last character. */
  end: z.number().int().nonnegative(),
});
export type Offsets = z.infer<typeof Offsets>;

/** Where an extracted item came from: the article, the verbatim quote and its offsets. */
const Evidence = {
  /** Article the item was read from. */
  articleId: z.string(),
  /** Verbatim text from the article. */
  quote: z.string(),
  /** Offsets of `quote` in the article text. */
  offsets: Offsets,
};

export const Language = z.enum(['ru', 'en']);
export type Language = z.infer<typeof Language>;

/** One article of the input folder. */
export const Article = z.object({
  /** Stable id derived from the file name. */
  id: z.string(),
  /** Path relative to the input folder. */
  file: z.string(),
  title: z.string(),
  date: PartialDate.nullable(),
  /** A sentence a person can check: where the date came from. */
  dateEvidence: z.string(),
  language: Language,
  /** Outlet name (e.g. "РИА Новости"), or null. */
  source: z.string().nullable(),
  url: z.string().nullable(),
  /** Dateline city, or null. */
  place: z.string().nullable(),
  /**
   * Path of the file holding the article's text and evidence, relative to the dataset file: a pack
   * of consecutive articles (`ArticlePack`, see `articleFiles.ts`), where it is the entry with its `id`.
   */
  textPath: z.string(),
  /** Number of characters of the text. */
  chars: z.number().int().nonnegative(),
  /** Number of sentences. */
  sentenceCount: z.number().int().nonnegative(),
  /** SHA-256 of the decoded text, used to find duplicates. */
  hash: z.string(),
});
export type Article = z.infer<typeof Article>;

/** The text of one article, stored in its own file and loaded on demand. */
export const ArticleText = z.object({
  id: z.string(),
  text: z.string(),
  /** Sentence boundaries as `[start, end)` pairs into `text`. */
  sentences: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type ArticleText = z.infer<typeof ArticleText>;

export const RoleKey = z.enum([
  'president',
  'head_of_government',
  'first_deputy_head_of_government',
  'deputy_head_of_government',
  'foreign_minister',
  'economy_minister',
  'finance_minister',
  'igc_cochair',
  'ambassador',
  'presidential_aide',
  'head_of_presidential_administration',
  'speaker',
  'minister',
  'governor',
  'official',
  'other',
]);
export type RoleKey = z.infer<typeof RoleKey>;

/** An office a person held, with its term where known. */
export const Role = z.object({
  role: RoleKey,
  titleRu: z.string(),
  titleEn: z.string(),
  /** ISO code of the state the office belongs to, or null. */
  country: z.string().nullable(),
  from: PartialDate.nullable(),
  to: PartialDate.nullable(),
  /** `knowledge` when from the reference list, `text` when read from an article. */
  basis: z.enum(['knowledge', 'text']),
});
export type Role = z.infer<typeof Role>;

/** A mention of a person in an article: where the name stands (the text at the offsets is the name as written). */
export const Mention = z.object({ articleId: Evidence.articleId, offsets: Evidence.offsets });
export type Mention = z.infer<typeof Mention>;

export const Person = z.object({
  id: z.string(),
  /** Russian nominative «Имя Фамилия». */
  nameRu: z.string(),
  /** Official English spelling where one exists, else a transliteration. */
  nameEn: z.string(),
  /** ISO 3166 alpha-2, or null when unknown. */
  country: z.string().nullable(),
  roles: z.array(Role),
  articleIds: z.array(z.string()),
  mentions: z.array(Mention),
  /** True when the person is in the curated reference list. */
  known: z.boolean(),
});
export type Person = z.infer<typeof Person>;

export const MilestoneType = z.enum([
  'visit',
  'meeting',
  'igc_session',
  'agreement',
  'anniversary',
  'summit',
  'forum',
  'statement',
  'other',
]);
export type MilestoneType = z.infer<typeof MilestoneType>;

export const Status = z.enum(['past', 'planned', 'ongoing']);
export type Status = z.infer<typeof Status>;

export const Milestone = z.object({
  id: z.string(),
  date: PartialDate.nullable(),
  /** How the date was obtained. */
  dateEvidence: z.string(),
  type: MilestoneType,
  status: Status,
  titleEn: z.string(),
  titleRu: z.string(),
  peopleIds: z.array(z.string()),
  place: z.string().nullable(),
  /** False for multilateral context (a CSTO summit) rather than a bilateral step. */
  bilateral: z.boolean(),
  /** Set when the milestone is implied rather than stated (a founding date behind an anniversary). */
  derived: z.string().nullable(),
  ...Evidence,
});
export type Milestone = z.infer<typeof Milestone>;

export const FigureKind = z.enum(['actual', 'target', 'forecast', 'derived']);
export type FigureKind = z.infer<typeof FigureKind>;

export const Qualifier = z.enum(['almost', 'about', 'more than', 'less than', 'approaching', 'record']);
export type Qualifier = z.infer<typeof Qualifier>;

/** `2021`, `2023-H1`, `2021-Q1`, `2024-7M` (January–July), `2025-03` (March alone), `2012-YTD`, `annual`. */
export const Period = z.string().regex(/^(\d{4}(-(H[12]|Q[1-4]|\d{1,2}M|0[1-9]|1[0-2]|YTD))?|annual)$/);

export const Figure = z.object({
  id: z.string(),
  /** `trade_turnover` (USD), `trade_turnover_growth_pct`, `trade_turnover_growth_multiple`, … */
  metric: z.string(),
  value: z.number(),
  /** `USD`, `%`, `x`. */
  unit: z.string(),
  period: Period.nullable(),
  kind: FigureKind,
  qualifier: Qualifier.nullable(),
  /** For derived figures: how the value was made. */
  note: z.string().nullable(),
  /** Figures a derived value was computed from. */
  derivedFrom: z.array(z.string()),
  ...Evidence,
});
export type Figure = z.infer<typeof Figure>;

/** One reconciled point: every source that gives this metric for this period. */
export const SeriesPoint = z.object({
  metric: z.string(),
  period: z.string(),
  kind: FigureKind,
  /** Representative value (median of the sources). */
  value: z.number(),
  min: z.number(),
  max: z.number(),
  /** True when sources give different values. */
  disagreement: z.boolean(),
  figureIds: z.array(z.string()),
});
export type SeriesPoint = z.infer<typeof SeriesPoint>;

export const Problem = z.object({
  file: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});
export type Problem = z.infer<typeof Problem>;

export const Dataset = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(Article),
  people: z.array(Person),
  milestones: z.array(Milestone),
  figures: z.array(Figure),
  series: z.array(SeriesPoint),
  problems: z.array(Problem),
});
export type Dataset = z.infer<typeof Dataset>;

/*
 * The files the bundler writes. `Dataset` above is the whole result of a run; on disk it is split
 * so that the first view loads only what it draws:
 *   timeline.json          `DatasetFile`: every record without its evidence (quotes, offsets,
 *                          date evidence, name mentions, how derived figures were made)
 *   articles/<n>.json      `ArticlePack`: the `ArticleFile`s of consecutive articles (each article's
 *                          `textPath` names its pack): the article's text, its sentences and the
 *                          evidence of every milestone, figure and name mention read from it,
 *                          loaded on demand
 * `splitDataset` and `joinDataset` (split.ts) take the two apart and put them back together.
 */

/** A milestone as stored in `timeline.json`: its quote, offsets and date evidence are in its article's file. */
export const MilestoneCore = Milestone.omit({ quote: true, offsets: true, dateEvidence: true });
export type MilestoneCore = z.infer<typeof MilestoneCore>;

/** A figure as stored in `timeline.json`: its quote, offsets and derivation are in its article's file. */
export const FigureCore = Figure.omit({ quote: true, offsets: true, note: true, derivedFrom: true });
export type FigureCore = z.infer<typeof FigureCore>;

/** A person as stored in `timeline.json`: the mentions of their name are in the articles' files. */
export const PersonCore = Person.omit({ mentions: true });
export type PersonCore = z.infer<typeof PersonCore>;

/** `timeline.json`: the dataset without its evidence. */
export const DatasetFile = Dataset.extend({
  people: z.array(PersonCore),
  milestones: z.array(MilestoneCore),
  figures: z.array(FigureCore),
});
export type DatasetFile = z.infer<typeof DatasetFile>;

/** Where a milestone of this article came from. */
export const MilestoneEvidence = Milestone.pick({ id: true, quote: true, offsets: true, dateEvidence: true });
export type MilestoneEvidence = z.infer<typeof MilestoneEvidence>;

/** Where a figure of this article came from (and, for a derived one, how it was made). */
export const FigureEvidence = Figure.pick({ id: true, quote: true, offsets: true, note: true, derivedFrom: true });
export type FigureEvidence = z.infer<typeof FigureEvidence>;

/** Where a person's name stands in this article. */
export const NameMention = z.object({ personId: z.string(), offsets: Offsets });
export type NameMention = z.infer<typeof NameMention>;

/** One article's entry of its pack: the article's text and the evidence of everything read from it. */
export const ArticleFile = ArticleText.extend({
  milestones: z.array(MilestoneEvidence),
  figures: z.array(FigureEvidence),
  mentions: z.array(NameMention),
});
export type ArticleFile = z.infer<typeof ArticleFile>;

/** `articles/<n>.json`: the files of consecutive articles, in the dataset's order (see `articleFiles.ts`). */
export const ArticlePack = z.array(ArticleFile);
export type ArticlePack = z.infer<typeof ArticlePack>;
