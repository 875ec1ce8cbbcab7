/**
 * Heads of regions and cities (governors, republic heads, mayors) of the officials knowledge, found by surname in a
 * sentence: "our trade" in the mouth of a governor is the region's trade, not the two countries'.
 */
import { officials, rolesAt, type Official } from '../../knowledge';
import { escapeRegExp, rx } from '../regex';

/** A role title of a region's or a city's head («губернатор Алтайского края», «мэр Новосибирска», "Rais of Tatarstan"). */
const REGIONAL_TITLE = rx(
  /^(?:губернатор|мэр|глава\s+(?:администрации|города|республики|региона)|президент\s+республики\s+(?!кыргыз|киргиз)|раис|полномочн\p{L}*\s+представител\p{L}*\s+правительства\s+в\s+\p{L}+\s+области)/iu,
);

/** Whether an official headed a region or city on `date` (at any time when the article's date is not known). */
function headOn(o: Official, date: string | null): boolean {
  return (date === null ? o.roles : rolesAt(o, date)).some((r) => REGIONAL_TITLE.test(r.titleRu.trim()));
}

/** The surname stems of an official: Russian ones without a final vowel or soft sign (they decline), English ones whole. */
function surnameStems(o: Official): string[] {
  const last = (name: string) => name.trim().split(/\s+/u).pop() ?? '';
  const ru = [o.nameRu, ...o.altRu].map(last).map((s) => s.replace(/[аяьй]$/u, ''));
  const en = [o.nameEn, ...o.altEn].map(last);
  return [...ru, ...en].filter((s) => s.length > 3);
}

const byDate = new Map<string | null, RegExp | null>();

/** The surnames of the heads in office on `date`, as one pattern (null when there are none). */
function headsOf(date: string | null): RegExp | null {
  if (byDate.has(date)) return byDate.get(date)!;
  const stems = officials.filter((o) => headOn(o, date)).flatMap(surnameStems);
  const pattern = stems.length ? rx(`(?<![\\p{L}])(?:${[...new Set(stems)].map(escapeRegExp).join('|')})\\p{L}{0,3}(?![\\p{L}])`, 'u') : null;
  byDate.set(date, pattern);
  return pattern;
}

/** Whether `text` names by surname a head of a region or city in office on the article's `date` (ISO, any precision). */
export function namesRegionalHead(text: string, date: string | null): boolean {
  return headsOf(date)?.test(text) ?? false;
}
