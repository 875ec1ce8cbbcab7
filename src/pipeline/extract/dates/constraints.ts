/**
 * Year ranges from what the text names: officials in a stated office (terms of office) and place
 * names used only in some years («Нур-Султан», 2019-03..2022-09). Combined with exact-year clues,
 * they choose the article's year or confirm it.
 */
import type { ArticleDoc, PersonDraft } from '../../types';
import type { DateKnowledge, Term } from './context';
import { inTerm, pad2, yearOverlaps } from './context';
import type { YearClue } from './year-clues';

/** The article's date must lie within one of `terms`. */
export interface RangeConstraint {
  terms: Term[];
  evidence: string;
}

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
      const held = official.roles.filter((r) => r.role === tr.role && (!tr.country || !r.country || r.country === tr.country));
      if (held.length === 0) continue;
      terms.push(...held.map((r) => ({ from: r.from, to: r.to })));
      titles.push(tr.titleRu || tr.titleEn || tr.role);
    }
    // A role the reference list does not know for this person says nothing about the year.
    if (terms.length === 0) continue;
    out.push({ terms, evidence: `${p.nameRu || p.nameEn} as ${titles[0]} (${terms.map(termText).join(', ')})` });
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const placeCache = new WeakMap<DateKnowledge, { alias: string; terms: Term[]; re: RegExp }[]>();
function datedAliases(kb: DateKnowledge) {
  let list = placeCache.get(kb);
  if (!list) {
    list = kb.places.flatMap((p) =>
      p.aliases
        .filter((a) => a.terms.length > 0 && a.terms.some((t) => t.from || t.to))
        // Case endings: «Нур-Султан» ~ «Нур-Султане», «Нур-Султана».
        .map((a) => ({ alias: a.text, terms: a.terms, re: new RegExp(`(?<![\\p{L}-])${escape(a.text)}\\p{Ll}{0,2}(?![\\p{L}-])`, 'u') })),
    );
    placeCache.set(kb, list);
  }
  return list;
}

/** Place names valid only in some years: the article falls within one of the alias's terms. */
export function placeConstraints(doc: ArticleDoc, kb: DateKnowledge): RangeConstraint[] {
  const out: RangeConstraint[] = [];
  for (const a of datedAliases(kb)) {
    if (a.re.test(doc.text)) out.push({ terms: a.terms, evidence: `«${a.alias}» (name in use ${a.terms.map(termText).join(', ')})` });
  }
  return out;
}

/** The chosen year and the sentences that support it. */
export interface YearChoice {
  year: number;
  evidence: string;
}

function fits(year: number, monthDay: { month: number; day: number } | null, c: RangeConstraint): boolean {
  if (monthDay) return c.terms.some((t) => inTerm(`${year}-${pad2(monthDay.month)}-${pad2(monthDay.day)}`, t));
  return c.terms.some((t) => yearOverlaps(year, t));
}

/** Years (1991–2049) consistent with every range constraint. */
export function consistentYears(ranges: RangeConstraint[], monthDay: { month: number; day: number } | null): number[] {
  const years: number[] = [];
  for (let y = 1991; y <= 2049; y++) if (ranges.every((c) => fits(y, monthDay, c))) years.push(y);
  return years;
}

/**
 * Combines exact clues and range constraints. Clues consistent with the ranges win, strongest
 * first; if clues disagree at the same strength the year is left open. With no clue, ranges that
 * leave a single year decide it. No evidence, no year.
 */
export function chooseYear(clues: YearClue[], ranges: RangeConstraint[], monthDay: { month: number; day: number } | null): YearChoice | null {
  const allowed = new Set(consistentYears(ranges, monthDay));
  const rangeNote = ranges.length ? `; consistent with ${ranges.map((r) => r.evidence).join('; ')}` : '';
  const usable = ranges.length && clues.some((c) => allowed.has(c.year)) ? clues.filter((c) => allowed.has(c.year)) : clues;
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
  if (ranges.length && allowed.size === 1) {
    const [year] = [...allowed];
    return { year: year!, evidence: `year ${year} is the only one consistent with ${ranges.map((r) => r.evidence).join('; ')}` };
  }
  return null;
}
