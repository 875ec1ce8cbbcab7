/**
 * Initials before a known official's surname («В.В. Путин», "V. Putin"): the mention takes them in,
 * and an initial that agrees with an official's given name picks that official among namesakes and
 * counts as a full name («С. Жапаров» is Sadyr, not Akylbek).
 */
import type { NameHit } from './hit';
import type { PeopleLexicon } from './lexicon';
import { isSpaceCode } from '../../read';
import { rx } from '../regex';
import type { Token } from './tokens';

/** One or two initials right before a word: «В. », «В.В. », "V. ", "V.V. ". */
const INITIALS = rx(/(?<![\p{L}\d.])((\p{Lu})\.\s?(?:\p{Lu}\.\s?)?)\s*$/u);
/** How far before a surname initials are looked for. */
const LOOKBACK = 8;

/**
 * True when a period stands before `at`, past white space only: `INITIALS` ends so («В. », "V."). Most
 * surnames have none, and skip the regex, which tries each of the positions before the name.
 */
function dotBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  return i >= 0 && text.charCodeAt(i) === 0x2e;
}

/** Extends bare-surname hits of known officials over initials written before them (in place). */
export function takeInitials(text: string, hits: NameHit[], lex: PeopleLexicon, lang: 'ru' | 'en'): void {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.full || h.unknown || (h.official === null && !h.choices)) continue;
    if (!dotBefore(text, h.start)) continue;
    const m = INITIALS.exec(text.slice(Math.max(0, h.start - LOOKBACK), h.start));
    if (!m) continue;
    const initial = m[2]!.toLowerCase();
    const choices = h.choices ?? [h.official!];
    const given = (o: number) => (lang === 'en' ? lex.officialGivenEn[o]! : lex.officialGivenRu[o]!);
    const agree = choices.filter((o) => [...given(o)].some((g) => g.startsWith(initial)));
    if (!agree.length) continue;
    h.start -= m[0].length;
    h.full = true;
    h.official = agree.length === 1 ? agree[0]! : null;
    h.choices = agree.length > 1 ? agree : null;
  }
}

/**
 * "Igor S. Ivanov", «Игорь С. Иванов»: a capital and a period between the given name at `i` and a capitalised
 * word after it (the father's initial, which says nothing of the given name).
 */
export function middleInitial(text: string, toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const n = toks[i + 1];
  const s = toks[i + 2];
  if (!n || !s || !s.cap || n.text.length !== 1 || n.start !== t.end + 1 || text.charCodeAt(t.end) !== 32) return false;
  if (text.charCodeAt(n.end) !== 0x2e || n.text !== n.text.toUpperCase()) return false;
  return s.start === n.end + 2 && text.charCodeAt(n.end + 1) === 32;
}
