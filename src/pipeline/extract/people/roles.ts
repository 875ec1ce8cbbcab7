/**
 * Role titles and country markers from `knowledge/roles.json`, compiled once into regexes, and the
 * rules that tie a title to a name: same sentence, adjacent, with only organisation words between.
 */
import type { RoleKey } from '../../../schema/dataset';
import lexicon from '../../knowledge/roles.json';

/** A role read from the text next to a name. */
export interface TextRole {
  role: RoleKey;
  titleRu: string;
  titleEn: string;
  country: string | null;
}

interface TitleEntry {
  role: string;
  titleRu: string;
  titleEn: string;
  country: string | null;
  ru: string[];
  en: string[];
}

/** A title found in a sentence. */
export interface TitleHit {
  start: number;
  end: number;
  entry: number;
}

const ENTRIES = lexicon.titles as TitleEntry[];

/** Adjective and vowel endings stripped from a Russian title word before an ending wildcard is added. */
const RU_ENDING = /(?:ого|его|ому|ему|ыми|ими|ый|ий|ой|ая|яя|ое|ее|ых|их|ым|им|а|я|о|е|ь|й|ы|и)$/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Pattern for one Russian title word: acronyms as written, other words as stem + case ending. */
function ruWord(w: string): string {
  if (w.endsWith('=')) return escape(w.slice(0, -1));
  if (w.endsWith('*')) return `${escape(w.slice(0, -1))}\\p{L}{0,4}`;
  if (!/\p{Ll}/u.test(w)) return `${escape(w)}(?:а|у|ом|е)?`;
  const parts = w.split('-');
  const last = parts.pop()!;
  const stem = last.length > 3 ? last.replace(RU_ENDING, '') : last;
  // Short stems take short endings only, so «глава» does not reach «главный».
  const ending = stem.length <= 5 ? '\\p{L}{0,2}' : '\\p{L}{0,4}';
  return [...parts.map(escape), `${escape(stem)}${ending}`].join('-');
}

function ruPhrase(p: string): string {
  return p.split(/\s+/).map(ruWord).join('\\s+');
}

function enPhrase(p: string): string {
  return p.split(/\s+/).map(escape).join('\\s+') + '(?:s|es)?';
}

function alternation(items: { pat: string; id: number; len: number }[]): { re: RegExp; ids: number[] } {
  const sorted = [...items].sort((a, b) => b.len - a.len);
  const re = new RegExp(`(?<![\\p{L}\\d])(?:${sorted.map((x) => `(${x.pat})`).join('|')})(?![\\p{L}])`, 'giu');
  return { re, ids: sorted.map((x) => x.id) };
}

const ruTitles = alternation(ENTRIES.flatMap((e, id) => e.ru.map((p) => ({ pat: ruPhrase(p), id, len: p.length }))));
const enTitles = alternation(ENTRIES.flatMap((e, id) => e.en.map((p) => ({ pat: enPhrase(p), id, len: p.length }))));

/** Country markers: stems (`российск*`) match any ending and either initial case; fixed forms as written. */
function markerPattern(m: string): string {
  if (m.endsWith('*')) {
    const s = m.slice(0, -1);
    return `[${s[0]!.toUpperCase()}${s[0]!.toLowerCase()}]${escape(s.slice(1))}\\p{L}{0,4}`;
  }
  return escape(m);
}
const COUNTRIES = lexicon.countries;
const countryRe = new RegExp(
  `(?<![\\p{L}])(?:${COUNTRIES.map((c) => `(${[...c.ru, ...c.en].sort((a, b) => b.length - a.length).map(markerPattern).join('|')})`).join('|')})(?![\\p{L}])`,
  'gu',
);

/** Every title in a stretch of text, offsets relative to `base`. */
export function findTitles(text: string, base: number, lang: 'ru' | 'en'): TitleHit[] {
  const { re, ids } = lang === 'ru' ? ruTitles : enTitles;
  const out: TitleHit[] = [];
  for (const m of text.matchAll(re)) {
    const g = m.findIndex((x, i) => i > 0 && x !== undefined);
    out.push({ start: base + m.index, end: base + m.index + m[0].length, entry: ids[g - 1]! });
  }
  return out;
}

/** Country codes named in a stretch of text, in order. */
export function findCountries(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(countryRe)) {
    const g = m.findIndex((x, i) => i > 0 && x !== undefined);
    out.push(COUNTRIES[g - 1]!.code);
  }
  return out;
}

const GAP_STOP = new Set(
  ['и', 'или', 'на', 'в', 'во', 'к', 'ко', 'о', 'об', 'от', 'у', 'за', 'что', 'как', 'а', 'но', 'также', 'уже', 'его', 'ее', 'её', 'их', 'он', 'она', 'они', 'не', 'был', 'была', 'были', 'будет', 'это', 'этом',
    'and', 'with', 'met', 'at', 'in', 'on', 'to', 'for', 'by', 'said', 'that', 'who', 'which', 'while', 'as', 'was', 'is', 'will', 'has', 'had', 'his', 'her'],
);
const GAP_BAD = /[.,;:!?()«»"“”„\n—–]|\s-\s/;
const AFTER_GAP = /^\s*(?:,|—|–|-)\s*(?:(?:the|a|an)\s+)?$/i;

/** True when the words between a title and a name can belong to the title («Киргизии», "of the Ulyanovsk Region"). */
function gapFits(gap: string): boolean {
  if (gap.length > 80 || GAP_BAD.test(gap)) return false;
  const words = gap.trim().split(/\s+/).filter(Boolean);
  if (words.length > 7) return false;
  return words.every((w) => !GAP_STOP.has(w.toLowerCase()));
}

function roleOf(hit: TitleHit, country: string | null): TextRole {
  const e = ENTRIES[hit.entry]!;
  return { role: e.role as RoleKey, titleRu: e.titleRu, titleEn: e.titleEn, country: country ?? e.country };
}

/**
 * The role written next to a name [start, end) in its sentence: the closest title before it with only
 * organisation words between, else a title right after a comma or dash. Null when there is none.
 */
export function roleNextTo(text: string, hits: TitleHit[], start: number, end: number, sentEnd: number): TextRole | null {
  let before: TitleHit | null = null;
  for (const h of hits) if (h.end <= start && (!before || h.end > before.end)) before = h;
  if (before && gapFits(text.slice(before.end, start))) {
    const lead = text.slice(Math.max(0, before.start - 30), before.start).match(/(\S+)\s+$/)?.[1] ?? '';
    const countries = findCountries(`${lead} ${text.slice(before.start, start)}`);
    return roleOf(before, countries[0] ?? null);
  }
  const after = hits.find((h) => h.start >= end && AFTER_GAP.test(text.slice(end, h.start)));
  if (after) {
    const tail = text.slice(after.start, sentEnd).split(/[,;.()]/)[0] ?? '';
    const lead = text.slice(end, after.start);
    return roleOf(after, findCountries(`${lead} ${tail}`)[0] ?? null);
  }
  return null;
}

const wordSet = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase().split(/\s+/).pop()!));
/** Last words of titles that mark a non-official (journalist, expert, street, ship). */
export const NON_OFFICIAL = { ru: wordSet(lexicon.nonOfficial.ru), en: wordSet(lexicon.nonOfficial.en) };

const bylineRe = new RegExp(
  `^\\s*(?:${[...lexicon.byline.ru, ...lexicon.byline.en].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}])[\\s:.,—–-]*`,
  'iu',
);
/** True when a line opens with a credit marker («Фото:», «Автор:», "By") before the name. */
export function isByline(lineBefore: string): boolean {
  return lineBefore.length <= 80 && bylineRe.test(lineBefore);
}

const ACTION_RU = lexicon.action.ru.map((s) => s.toLowerCase());
const ACTION_EN = new Set(lexicon.action.en.map((s) => s.toLowerCase()));
/** True when a word is a verb or noun of an official act («заявил», «переговоры», "met"). */
export function isAction(key: string, lang: 'ru' | 'en'): boolean {
  return lang === 'en' ? ACTION_EN.has(key) : ACTION_RU.some((s) => key.startsWith(s));
}
