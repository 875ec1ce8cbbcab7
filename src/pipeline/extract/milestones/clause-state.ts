/**
 * What the milestone pass keeps while it reads an article's clauses: the article's inputs, what was
 * found so far, the sentence being read, and what each step of reading a clause hands the next.
 */
import type { ArticleDate, ArticleDoc, DateMention, MilestoneDraft, PersonDraft, Sentence } from '../../types';
import type { Language } from '../../../schema/dataset';
import type { Anniversary } from './anniversary';
import type { Stretch } from './background';
import type { Dating } from './dating';
import type { OrganisationHit } from './knowledge';
import type { TriggerHit } from './lexicon';
import type { LowerDoc } from './lower';
import type { LeadDate } from './main-event';
import type { Ranges } from './speech';
import type { TimelineSection } from '../dates/timeline';
import type { LanguageLexicon } from './language';

/** The article a clause belongs to: what every clause of it reads. */
export interface ArticleView {
  doc: ArticleDoc;
  lang: Language;
  /** The lexicon of `lang` (`lexiconOf`), read as fixed properties. */
  lex: LanguageLexicon;
  date: ArticleDate;
  people: PersonDraft[];
  speech: Ranges;
  lowerDoc: LowerDoc;
  /** The stretches a timeline entry dates («2 июня. …», "9 May – …"), in order; usually none. */
  timeline: readonly TimelineSection[];
  /** The headline block atop the article (`PageStructure.headlines`), read once for every sentence that asks. */
  headlines: readonly { start: number; end: number }[];
}

/** An event that a later clause may continue, with the index of its sentence. */
export interface Recent {
  draft: MilestoneDraft;
  sentence: number;
}

/** What the clauses of an article found so far. */
export interface Found {
  out: MilestoneDraft[];
  /** Types of the events found. */
  seen: Set<string>;
  recent: Recent[];
  /**
   * Gatherings told only in a background stretch with a date of their own («визит премьера, который
   * прибыл в Ош 14 сентября»): no occasion for the narrative, but, beside the foreground ones and
   * in the order told, the talks an outcome may name («По итогам переговоров подписан …»).
   */
  toldGatherings: Recent[];
  main: { draft: MilestoneDraft; sentence: Sentence } | null;
  labels: Map<MilestoneDraft, { labelEn: string; labelRu: string; organisation: OrganisationHit | null }>;
  keys: Map<MilestoneDraft, string>;
  headlines: Set<MilestoneDraft>;
  sentenceOf: Map<MilestoneDraft, number>;
  lead: LeadDate | null;
  leadSeen: boolean;
  /** The recent day told by a body sentence before any event set the occasion (`leadDay`), and that sentence's index. */
  leadDay: (LeadDate & { sentence: number }) | null;
  /** Gatherings dated only by a relative day («на следующий день»), which a later clause may tell with its calendar day. */
  relativeDay: Set<MilestoneDraft>;
  /** Trips dated by the first day of a span of days («25–26 ноября», "on Nov. 25-26"): what was signed on them took one of the days. */
  spanDay: Set<MilestoneDraft>;
  /** Agreements told only as reached («стороны договорились о …»), which a document signed that day may tell again. */
  accords: Set<MilestoneDraft>;
  /** The index of the sentence that set the occasion (`lead`), -1 before one did. */
  leadSentence: number;
  /** The lines of correction notes («ИСПРАВЛЕНИЕ. …», "Correction: …"): what they tell with a day retells no relative-day gathering. */
  corrections: readonly [number, number][];
}

/** A sentence with triggers, as its clauses read it, in order. */
export interface SentenceView {
  s: Sentence;
  /** True when the sentence is the headline of another article («Читайте также: …»). */
  teaser: boolean;
  inSentence: DateMention[];
  hits: TriggerHit[];
  stretches: Stretch[];
  anniversaryHit: boolean;
  /** The hits of the last clause that had some: a piece cut off at a date inherits them. */
  carried: TriggerHit[];
  /** The last date of the clauses read so far. */
  before: DateMention | null;
  /** The last date told in the sentence before this one, if any («…, а летом 2000 года вылазка повторилась. Тогда …»). */
  priorLast: DateMention | null;
}

/** The triggers a clause tells its event with. */
export interface Picked {
  own: TriggerHit[];
  /** All its hits, background ones included. */
  told: TriggerHit[];
  background: boolean;
  inherited: boolean;
  anniversary: Anniversary | null;
  stretches: Stretch[];
  stayVisit: { start: number; end: number } | null;
  inClause: DateMention[];
}

/** The chosen trigger of a clause and its dating. */
export interface Dated {
  hit: TriggerHit;
  mention: DateMention | null;
  d: Dating;
  spoken: boolean;
  isAnniversary: boolean;
  /** The year of "the first since 2019", the last time before the event: a milestone of its own. */
  previous: DateMention | null;
}
