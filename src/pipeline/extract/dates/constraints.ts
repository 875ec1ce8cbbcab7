/**
 * Year ranges from what the text names: officials in a stated office (terms of office) and place
 * names used only in some years («Нур-Султан», 2019-03..2022-09). Combined with exact-year clues,
 * they choose the article's year or confirm it.
 */
import type { ArticleDoc, PersonDraft } from '../../types';
import type { DateKnowledge, Term } from './context';
import { pad2, termEnd, termStart } from './context';
import type { YearClue } from './year-clues';
import { lowerOfText } from '../lower';
import { placeForms } from '../place-forms';
import { execAll, rx } from '../regex';

const WORD_BREAK = rx(/[^\p{L}\d-]+/u);

/** The article's date must lie within one of `terms`. */
export interface RangeConstraint {
  kind: 'office' | 'place';
  terms: Term[];
  evidence: string;
}

const lowerStart = (whole: string | undefined, head: string) => Boolean(whole && head && whole.toLowerCase().startsWith(head.toLowerCase()));
/** The official's role entry is worded like the title read from the text. */
const sameTitle = (r: { titleRu?: string; titleEn?: string }, tr: { titleRu: string; titleEn: string }) =>
  lowerStart(r.titleRu, tr.titleRu) || lowerStart(r.titleEn, tr.titleEn);

const termText = (t: Term) => `${t.from ?? '…'}..${t.to ?? 'now'}`;

/** Officials the text names with a role: the article falls within a term of that role. */
export function officeConstraints(people: PersonDraft[], kb: DateKnowledge): RangeConstraint[] {
  const out: RangeConstraint[] = [];
  for (const p of people) {
    if (p.textRoles.length === 0) continue;
    const official = kb.officials.find((o) => o.id === p.id);
    if (!official) continue;
    const terms: Term[] = [];
    const titles: string[] = [];
    for (const tr of p.textRoles) {
      const all = official.roles.filter((r) => r.role === tr.role && (!tr.country || !r.country || r.country === tr.country));
      // A specific wording («глава Временного правительства») picks the terms held under that title.
      const worded = tr.titleRu.includes(' ') ? all.filter((r) => sameTitle(r, tr)) : [];
      const held = worded.length ? worded : all;
      if (held.length === 0) continue;
      for (const r of held) if (!terms.some((t) => t.from === r.from && t.to === r.to)) terms.push({ from: r.from, to: r.to });
      titles.push(tr.titleRu || tr.titleEn || tr.role);
    }
    // A role the reference list does not know for this person says nothing about the year.
    if (terms.length === 0) continue;
    out.push({ kind: 'office', terms, evidence: `${p.nameRu || p.nameEn} as ${titles[0]} (${terms.map(termText).join(', ')})` });
  }
  return out;
}


/** True when the terms rule out some year an article can have (1992–2049): otherwise they say nothing. */
function informative(terms: Term[]): boolean {
  return consistentYears([{ kind: 'place', terms, evidence: '' }], null).length < 2049 - 1991 + 1;
}

interface AliasIndex {
  /** Lower-case first word of each case form of each dated alias → the forms starting with it. */
  byFirstWord: Map<string, { alias: string; form: string; terms: Term[] }[]>;
}
const placeCache = new WeakMap<DateKnowledge, AliasIndex>();
function aliasIndex(kb: DateKnowledge): AliasIndex {
  let idx = placeCache.get(kb);
  if (!idx) {
    const byFirstWord: AliasIndex['byFirstWord'] = new Map();
    for (const p of kb.places) {
      for (const a of p.aliases) {
        if (a.terms.length === 0 || !informative(a.terms)) continue;
        // Russian names in every case («Акмоле», «Нур-Султане»); Latin names as written.
        const forms = /[a-z]/i.test(a.text) ? [a.text.toLowerCase()] : placeForms(a.text);
        for (const form of forms) {
          const first = form.split(WORD_BREAK)[0]!;
          byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { alias: a.text, form, terms: a.terms }]);
        }
      }
    }
    idx = { byFirstWord };
    placeCache.set(kb, idx);
  }
  return idx;
}

// Explicit letter ranges: `\p{L}` scans are several times slower here.
const WORD_CHARS = 'a-zA-Zа-яА-ЯёЁ0-9\\u00c0-\\u024f\\u04a0-\\u04ff-';
/**
 * A word (a run of `WORD_CHARS`) that may start with a capital: its first character is one that
 * `capitalised` does not rule out by its code. Most words of a text start in lower case; they are
 * never read, where splitting the text made a string of each. The capital comes first and the
 * lookbehind (no word character before it) after it: V8 then tries the lookbehind only where a
 * capital stands, not at every position of the text.
 */
const MAYBE_CAPITALISED = new RegExp(`[A-ZА-ЯЁ\\u00c0-\\u024f\\u04a0-\\u04ff](?<![${WORD_CHARS}].)[${WORD_CHARS}]*`, 'g');

/** True when a word starts with a capital; a Latin or Cyrillic letter of either case, a digit or a hyphen is told apart by its code. */
export function capitalised(w: string): boolean {
  const code = w.charCodeAt(0);
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x410 && code <= 0x42f) || code === 0x401) return true;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x430 && code <= 0x44f) || code === 0x451 || (code >= 0x30 && code <= 0x39) || code === 0x2d) return false;
  const c = w.charAt(0);
  return c !== '' && c !== c.toLowerCase();
}

/**
 * Place names valid only in some years: the article falls within one of the alias's terms. A name
 * counts written with a capital, in one of its case forms («Акмоле»), never by trimming a longer
 * word («Свердловской» is not «Свердловск») nor as a common word («многодетных семей»).
 */
export function placeConstraints(doc: ArticleDoc, kb: DateKnowledge): RangeConstraint[] {
  const idx = aliasIndex(kb);
  if (idx.byFirstWord.size === 0) return [];
  const seen = new Map<string, Term[]>();
  // Each capitalised word once: written again, it finds no alias it did not find before.
  const read = new Set<string>();
  const lower = lowerOfText(doc.text);
  // A word's lower case is the same stretch of the article's (none of `WORD_CHARS` lowers by context) unless
  // some letter's lower case is longer («İ»): then each word is lowered on its own.
  const sameOffsets = lower.length === doc.text.length;
  for (const m of execAll(MAYBE_CAPITALISED, doc.text)) {
    const w = m[0];
    if (!capitalised(w)) continue;
    const key = sameOffsets ? lower.slice(m.index, m.index + w.length) : w.toLowerCase();
    const list = idx.byFirstWord.get(key);
    if (!list || read.has(key)) continue;
    read.add(key);
    for (const a of list) {
      // An alias already found needs none of its other forms looked up.
      if (seen.has(a.alias)) continue;
      // Multi-word aliases: the whole form must be in the text.
      if (a.form === key || lower.includes(a.form)) seen.set(a.alias, a.terms);
    }
  }
  return [...seen].map(([alias, terms]) => ({ kind: 'place' as const, terms, evidence: `«${alias}» (name in use ${terms.map(termText).join(', ')})` }));
}

/** The chosen year and the sentences that support it. */
export interface YearChoice {
  year: number;
  evidence: string;
}

/** A day of the year, with the weekday written beside it if any (0 = Monday). */
export interface MonthDay {
  month: number;
  day: number;
  weekday?: number;
}

/** False when the weekday written with the day-month does not fall on it in `year`. */
function weekdayFits(year: number, monthDay: MonthDay | null): boolean {
  if (monthDay?.weekday === undefined) return true;
  return (new Date(Date.UTC(year, monthDay.month - 1, monthDay.day)).getUTCDay() + 6) % 7 === monthDay.weekday;
}

/** The years an article can have, and their first and last days as ISO strings, spelled once (not 118 strings per call). */
const YEARS = Array.from({ length: 2049 - 1991 + 1 }, (_, i) => 1991 + i);
const FIRST_DAYS = YEARS.map((y) => `${y}-01-01`);
const LAST_DAYS = YEARS.map((y) => `${y}-12-31`);
const dayCache = new Map<string, string[]>();
/** The day-month in each of `YEARS` as ISO strings, cached by day-month (at most 366 lists). */
function dayOfYears(monthDay: MonthDay): string[] {
  const md = `-${pad2(monthDay.month)}-${pad2(monthDay.day)}`;
  let days = dayCache.get(md);
  if (!days) dayCache.set(md, (days = YEARS.map((y) => `${y}${md}`)));
  return days;
}

/** The first and last days of a constraint's terms as ISO strings. */
type Bounds = { start: string; end: string }[];
const boundsOf = (c: RangeConstraint): Bounds => c.terms.map((t) => ({ start: termStart(t.from), end: termEnd(t.to) }));

/**
 * Years (1991–2049) consistent with every range constraint: with a day-month, that day of the year
 * lies within one of each constraint's terms; without, some day of the year does. The bounds of
 * the terms are spelled out once, not once per year.
 */
export function consistentYears(ranges: RangeConstraint[], monthDay: MonthDay | null): number[] {
  return yearsWithin(ranges.map(boundsOf), monthDay);
}

/** `consistentYears` over ranges whose bounds are already spelled out (chooseYear asks up to four questions per range). */
function yearsWithin(bounds: Bounds[], monthDay: MonthDay | null): number[] {
  // No range and no weekday rule nothing out (most articles: chooseYear asks this twice per article).
  if (bounds.length === 0 && monthDay?.weekday === undefined) return YEARS.slice();
  // With a day-month, that day is both the first and the last day to compare.
  const firsts = monthDay ? dayOfYears(monthDay) : FIRST_DAYS;
  const lasts = monthDay ? firsts : LAST_DAYS;
  const years: number[] = [];
  for (let i = 0; i < YEARS.length; i++) {
    const y = YEARS[i]!;
    // The year's last day must not be before a term's start and its first day not after its end.
    if (weekdayFits(y, monthDay) && withinAll(bounds, firsts[i]!, lasts[i]!)) years.push(y);
  }
  return years;
}

/** True when the days `first`..`last` meet one term of each constraint (plain loops: closures per year were a tenth of the article date). */
function withinAll(bounds: Bounds[], first: string, last: string): boolean {
  for (let b = 0; b < bounds.length; b++) {
    const terms = bounds[b]!;
    let meets = false;
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k]!;
      if (last >= t.start && first <= t.end) {
        meets = true;
        break;
      }
    }
    if (!meets) return false;
  }
  return true;
}

/** The most years a weekday written with a day-month may choose among (within about seven years each weekday falls once). */
const WEEKDAY_SPAN = 7;

/**
 * Combines exact clues and range constraints. Clues consistent with the ranges win, strongest
 * first; if clues disagree at the same strength the year is left open. With no clue, ranges that
 * leave a single year decide it. No evidence, no year. `writesYear` is false for a page that writes no
 * year anywhere: there a weekday never decides the year the offices leave open.
 */
export function chooseYear(clues: YearClue[], all: RangeConstraint[], monthDay: MonthDay | null, writesYear = true): YearChoice | null {
  // A place name used historically («бывший Фрунзе») can contradict the offices; then offices alone count.
  // Each range's years alone, counted once: without a day-month they are also what `telling` counts.
  // Each range's bounds are spelled out once for all the questions below.
  const bounds = new Map(all.map((r) => [r, boundsOf(r)]));
  const within = (rs: RangeConstraint[], md: MonthDay | null) => yearsWithin(rs.map((r) => bounds.get(r)!), md);
  const alone = new Map(all.map((r) => [r, within([r], null).length]));
  let ranges = all.filter((r) => alone.get(r)! > 0);
  let years = within(ranges, monthDay);
  if (years.length === 0) {
    ranges = ranges.filter((r) => r.kind === 'office');
    years = within(ranges, monthDay);
  }
  const allowed = new Set(years);
  // Only ranges that narrow the years noticeably are worth a reader's time.
  const telling = ranges.filter((r) => (monthDay ? within([r], monthDay).length : alone.get(r)!) <= 15);
  const rangeNote = telling.length ? `; consistent with ${telling.map((r) => r.evidence).join('; ')}` : '';
  // A weekday written with the day-month rules out the years it does not fall in, clues or not.
  const weekday = monthDay?.weekday !== undefined;
  const constrained = ranges.length > 0 || weekday;
  const usable = constrained && clues.some((c) => allowed.has(c.year)) ? clues.filter((c) => allowed.has(c.year)) : weekday && allowed.size ? [] : clues;
  if (usable.length > 0) {
    const top = Math.max(...usable.map((c) => c.weight));
    const best = usable.filter((c) => c.weight === top);
    const votes = new Map<number, YearClue[]>();
    for (const c of best) votes.set(c.year, [...(votes.get(c.year) ?? []), c]);
    const ranked = [...votes.entries()].sort((a, b) => b[1].length - a[1].length);
    if (ranked.length > 1 && ranked[0]![1].length === ranked[1]![1].length) return null;
    const [year, why] = ranked[0]!;
    const agree = usable.filter((c) => c.year === year && !why.includes(c)).map((c) => c.evidence);
    const note = ranges.length && allowed.has(year) ? rangeNote : '';
    return { year, evidence: [why[0]!.evidence, ...agree.slice(0, 2)].join('; also ') + note };
  }
  // A weekday only tells apart the few years the offices leave: over a longer span its one fit is chance (Akaev's
  // fifteen years hold two or three of each weekday's day-month, and a term's edge can leave one), so it decides nothing.
  // On a page that writes no year at all it decides nothing either: such a page's year is left untold, not worked out
  // from a calendar («в пятницу, 14 октября» and a president of five years).
  const span = weekday ? within(ranges, { month: monthDay!.month, day: monthDay!.day }).length : 1;
  if (constrained && allowed.size === 1 && !(span > WEEKDAY_SPAN || (!writesYear && span > 1))) {
    const [year] = [...allowed];
    const why = [...(weekday ? ['the weekday written with the date'] : []), ...ranges.map((r) => r.evidence)];
    return { year: year!, evidence: `year ${year} is the only one consistent with ${why.join('; ')}` };
  }
  return null;
}
