/**
 * The event lexicon (knowledge/event-lexicon.json) compiled once at module load: one regex per
 * trigger and language, one per marker list. Patterns match whole words only.
 */
import type { Language, MilestoneType } from '../../../schema/dataset';
import raw from '../../knowledge/event-lexicon.json';

type ByLang<T> = Record<Language, T>;
interface RawList {
  ru: string[];
  en: string[];
}

/** A trigger phrase family: which milestone type it signals and how to label it. */
export interface Trigger {
  key: string;
  type: MilestoneType;
  labelEn: string;
  labelRu: string;
  /** False when the trigger is ignored inside direct speech («this meeting»). */
  speech: boolean;
  re: ByLang<RegExp>;
}

/** One trigger found in the text. */
export interface TriggerHit {
  trigger: Trigger;
  start: number;
  end: number;
}

/** Compiles a list of pattern sources into one global, case-insensitive, whole-word regex. */
export function wordRegex(patterns: string[], flags = 'giu'): RegExp {
  const body = patterns.length ? patterns.map((p) => `(?:${p})`).join('|') : '(?!)';
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
}

const both = (l: RawList, flags?: string): ByLang<RegExp> => ({ ru: wordRegex(l.ru, flags), en: wordRegex(l.en, flags) });

/** Triggers in priority order: earlier entries win when one clause holds several. */
export const TRIGGERS: Trigger[] = raw.triggers.map((t) => ({
  key: t.key,
  type: t.type as MilestoneType,
  labelEn: t.labelEn,
  labelRu: t.labelRu,
  speech: (t as { speech?: boolean }).speech !== false,
  re: both(t),
}));

const m = raw.markers;
/** Marker regexes, by language. */
export const MARKERS = {
  planned: both(m.planned),
  ongoing: both(m.ongoing),
  link: both(m.link),
  background: both(m.background),
  deictic: both(m.deictic),
  sidelines: both(m.sidelines),
  bilateralAdjective: both(m.bilateralAdjective),
  multilateral: both(m.multilateral),
  thirdCountry: both(m.thirdCountry),
  statement: both(raw.statement),
  exclude: both(raw.exclude),
};

/** Matches a demonstrative right before a trigger («этой встрече», "this meeting"). */
export const DEMONSTRATIVE: ByLang<RegExp> = {
  ru: new RegExp(`(?:${m.demonstrative.ru.join('|')})`, 'iu'),
  en: new RegExp(`(?:${m.demonstrative.en.join('|')})`, 'iu'),
};

/** Clause separators inside a sentence. */
export const CLAUSE_BREAKS: ByLang<RegExp> = {
  ru: new RegExp(raw.clauseBreaks.ru.join('|'), 'giu'),
  en: new RegExp(raw.clauseBreaks.en.join('|'), 'giu'),
};

/** An anniversary subject and the historical fact it counts from. */
export interface AnniversarySubject {
  fact: string;
  re: ByLang<RegExp>;
}

/** Subjects of anniversaries that knowledge facts can date. */
export const ANNIVERSARY_SUBJECTS: AnniversarySubject[] = raw.anniversarySubjects.map((s) => ({
  fact: s.fact,
  re: both({ ru: [s.ru], en: [s.en] }, 'iu'),
}));

/** Ordinal / genitive number words used for anniversaries («тридцатилетие», "thirtieth"). */
export const NUMBER_WORDS: ByLang<Record<string, number>> = raw.numberWords;

/** True when `re` (global) matches anywhere in `text`. */
export function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const r = re.test(text);
  re.lastIndex = 0;
  return r;
}

/** Every match of a global regex as `[start, end)` offsets relative to `text`. */
export function matchAll(re: RegExp, text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  re.lastIndex = 0;
  for (let x = re.exec(text); x; x = re.exec(text)) {
    if (x[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: x.index, end: x.index + x[0].length, text: x[0] });
  }
  return out;
}
