/**
 * A meeting planned on the sidelines of a gathering named by its place or its occasion ("a bilateral meeting on the
 * sidelines of the Dushanbe summit", "on the sidelines of the Victory Day events", «на полях саммита ОДКБ»), after the
 * article told that gathering as planned with its day: the meeting is of that gathering's day.
 */
import type { Language } from '../../../schema/dataset';
import type { MilestoneDraft } from '../../types';
import { rx } from '../regex';

/** How many sentences back the planned gathering may have been told: a readout tells the programme, then other topics. */
export const SIDELINES_PLAN_REACH = 8;

/** The sidelines phrase, then up to three lower-case words («саммита», "the"), then the gathering's name in capitals. */
const NAMED_SIDELINES: Record<Language, RegExp> = {
  ru: rx(/на полях\s+(?:\p{Ll}+\s+){0,3}(?<name>\p{Lu}[\p{L}-]{2,})/u),
  en: rx(/on the (?:sidelines|margins) of\s+(?:\p{Ll}+\s+){0,3}(?<name>\p{Lu}[\p{L}-]{2,})/u),
};

/**
 * The planned gathering of `recent` (newest last) whose quote names what `clause` says its meeting is on the sidelines of,
 * told within `SIDELINES_PLAN_REACH` sentences before sentence `at`, with a date; undefined when there is none. The name is
 * compared by its stem (its last two letters dropped when it is longer than five), so that «Петербургского» finds
 * «Петербургском».
 */
export function plannedHostNamed(
  clause: string,
  lang: Language,
  recent: readonly { draft: MilestoneDraft; sentence: number }[],
  at: number,
): MilestoneDraft | undefined {
  const name = NAMED_SIDELINES[lang].exec(clause)?.groups?.name;
  if (!name) return undefined;
  const stem = name.length > 5 ? name.slice(0, -2) : name;
  for (let i = recent.length - 1; i >= 0; i--) {
    const r = recent[i]!;
    if (at - r.sentence > SIDELINES_PLAN_REACH) break;
    const d = r.draft;
    if (r.sentence === at || d.status !== 'planned' || d.date === null || d.type === 'meeting') continue;
    if (d.quote.text.includes(stem)) return d;
  }
  return undefined;
}
