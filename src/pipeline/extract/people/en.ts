/**
 * English name patterns over the token list: given name (+ patronymic) + surname, and a known
 * official's surname alone ("Putin", "Mr Mishustin"). Spellings are compared by loose Latin keys.
 */
import { doubleGivenEn } from './double-given';
import { isPatronymic } from './forms';
import type { NameHit, UnknownName } from './hit';
import { latinKey, type PeopleLexicon } from './lexicon';
import { middleInitial } from './initials';
import { titledName } from './titled';
import { adjacent, type Token } from './tokens';
import { wordToCyrillic } from './translit';

/** Capitalised words that end a name rather than continue it ("Vladimir Region", "Alexander Street"). */
const NOT_SURNAME = new Set(
  ['region', 'oblast', 'krai', 'kray', 'okrug', 'territory', 'republic', 'federation', 'street', 'avenue', 'square', 'university', 'hall', 'park', 'bridge', 'prize', 'palace', 'cathedral', 'district', 'city', 'province', 'state', 'order', 'medal', 'school', 'institute', 'foundation', 'fund', 'museum', 'airport', 'station', 'international', 'national', 'central', 'federal', 'regional', 'center', 'centre', 'hotel', 'airlines', 'the', 'and', 'of', 'in', 'on', 'at', 'mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
);

function nextCap(text: string, toks: Token[], i: number): Token | null {
  const n = toks[i + 1];
  return n && n.cap && adjacent(text, toks[i], n) ? n : null;
}

/** A name written in full over tokens `i`…`j`. */
function fullName(toks: Token[], i: number, j: number, official: number | null, choices: number[] | null, unknown: UnknownName | null): NameHit {
  const a = toks[i]!;
  return { start: a.start, end: toks[j]!.end, sent: a.sent, firstTok: i, lastTok: j, full: true, official, choices, unknown };
}

/** "Vladimir Putin", "Alexei Overchuk", "Vladimir Vladimirovich Putin", "Igor S. Ivanov". */
function givenFirst(text: string, toks: Token[], i: number, lex: PeopleLexicon): NameHit | null {
  const t = toks[i]!;
  const gk = latinKey(t.text);
  const single = lex.enGiven.get(gk);
  const gs = single ?? (t.text.length > 6 ? doubleGivenEn(t.text, lex.enGiven) : null);
  if (!gs) return null;
  let j = i + 1;
  const initial = middleInitial(text, toks, i);
  const p = initial ? null : nextCap(text, toks, i);
  if (initial || (p && isPatronymic(p.text))) j++;
  const s = initial ? toks[j] : nextCap(text, toks, j - 1);
  if (!initial && j === i + 1 && ARABIC_PARTICLE.test(toks[j]?.text ?? '')) {
    const arabic = arabicName(text, toks, i, gk, lex);
    if (arabic) return arabic;
  }
  if (!s) return null;
  const sk = latinKey(s.text);
  const matches = (lex.enSurname.get(sk) ?? []).filter((o) => lex.officialGivenEn[o]!.has(gk));
  if (matches.length === 1) return fullName(toks, i, j, matches[0]!, null, null);
  if (matches.length > 1) return fullName(toks, i, j, null, matches, null);
  // "Atal Bihari Vajpayee", "Recep Tayyip Erdogan": a middle name before a known official's surname.
  const m = !initial && j === i + 1 ? nextCap(text, toks, j) : null;
  const mk = m && lex.enSurname.get(latinKey(m.text));
  const middle = mk ? mk.filter((o) => lex.officialGivenEn[o]!.has(gk)) : [];
  if (middle.length) return fullName(toks, i, j + 1, middle.length === 1 ? middle[0]! : null, middle.length > 1 ? middle : null, null);
  const long = !initial && j === i + 1 ? longName(text, toks, i, gk, lex) : null;
  if (long) return long;
  // Two given names in a row are no name ("Anna Maria"), but after a double given name ("Anna-Maria") the next word
  // is the surname even when it is a given name too, as Central Asian surnames often are.
  if (NOT_SURNAME.has(s.key) || s.text.length < 3 || (single && lex.enGiven.has(sk))) return null;
  const g = gs[0]!;
  const k = initial ? j : nameTail(text, toks, j);
  const rest = toks.slice(j, k + 1).map((x) => x.text);
  return fullName(toks, i, k, null, null, { givenRu: g.nom, surnameRu: rest.map(wordToCyrillic).join(' '), givenEn: t.text, surnameEn: rest.join(' '), gender: g.gender });
}

/** A comma, a bracket or a dash right after a word: a name written in full ends there. */
const NAME_CLOSE = /^(?:,|\s*\(|\s+[—–-]\s)/;

/**
 * "Shah Mehmood Qureshi, who …", "Daniel Tan Wei Ming, a lecturer …": an unknown name goes on over up to two
 * more capitalised words when a comma, a bracket or a dash closes it (so a title-case headline line, "Ivan Petrov
 * Visits Osh", is not read as a name). The index of the name's last token.
 */
function nameTail(text: string, toks: Token[], j: number): number {
  let k = j;
  for (let n = 0; n < 2; n++) {
    const t = nextCap(text, toks, k);
    if (!t || NOT_SURNAME.has(t.key) || t.text.length < 2) break;
    k++;
  }
  return k > j && NAME_CLOSE.test(text.slice(toks[k]!.end, toks[k]!.end + 3)) ? k : j;
}

/** Particles of Arabic names: «bin»/«ibn» before the father's name, «Al» before the family's. */
const ARABIC_PARTICLE = /^(?:al|el|bin|ibn|bint|ben|abu)$/i;

/**
 * "Mohamed bin Zayed Al Nahyan", "Thani Al Zeyoudi": a known official's given name, then particles and names, the
 * last of which that is the official's surname ends the name. Only known officials: an unknown Arabic name is not read.
 */
function arabicName(text: string, toks: Token[], i: number, gk: string, lex: PeopleLexicon): NameHit | null {
  let best: { k: number; ms: number[] } | null = null;
  let particles = 0;
  for (let k = i + 1; k < toks.length && k <= i + 5; k++) {
    const t = toks[k]!;
    if (!adjacent(text, toks[k - 1]!, t)) break;
    if (ARABIC_PARTICLE.test(t.text)) {
      particles++;
      continue;
    }
    if (!t.cap || particles === 0) break;
    const ms = (lex.enSurname.get(latinKey(t.text)) ?? []).filter((o) => lex.officialGivenEn[o]!.has(gk));
    if (ms.length) best = { k, ms };
  }
  if (!best) return null;
  return fullName(toks, i, best.k, best.ms.length === 1 ? best.ms[0]! : null, best.ms.length > 1 ? best.ms : null, null);
}

/** Lower-case particles inside Romance, Dutch and German names: "Lula da Silva", "van der Leyen", "de la Fuente". */
const NAME_PARTICLE = /^(?:da|de|do|dos|das|di|del|della|la|le|du|van|von|der|den|ter|y)$/;

/**
 * "Luiz Inacio Lula da Silva", "Ursula von der Leyen": a known official's given name, then names and lower-case
 * particles, the last of which that is the official's surname ends the name (up to five words on). Only known
 * officials: an unknown name is not read this far.
 */
function longName(text: string, toks: Token[], i: number, gk: string, lex: PeopleLexicon): NameHit | null {
  let best: { k: number; ms: number[] } | null = null;
  for (let k = i + 1; k < toks.length && k <= i + 5; k++) {
    const t = toks[k]!;
    if (!adjacent(text, toks[k - 1]!, t)) break;
    if (NAME_PARTICLE.test(t.text)) continue;
    if (!t.cap) break;
    const ms = (lex.enSurname.get(latinKey(t.text)) ?? []).filter((o) => lex.officialGivenEn[o]!.has(gk));
    if (ms.length) best = { k, ms };
  }
  if (!best || best.k < i + 2) return null;
  return fullName(toks, i, best.k, best.ms.length === 1 ? best.ms[0]! : null, best.ms.length > 1 ? best.ms : null, null);
}

const KYRGYZ_PATRONYMIC = new Map<string, { ru: string; gender: 'male' | 'female' }>([
  ['uulu', { ru: 'уулу', gender: 'male' }],
  ['kyzy', { ru: 'кызы', gender: 'female' }],
  ['qizi', { ru: 'кызы', gender: 'female' }],
]);

/** "Kanybek Asylbek uulu": a given name, the father's name and «уулу»/«кызы»; the last two are the surname. */
function kyrgyzPatronymic(text: string, toks: Token[], i: number, lex: PeopleLexicon): NameHit | null {
  const t = toks[i]!;
  const f = nextCap(text, toks, i);
  // The next word first: a lookup of the word after it hashed a fresh key for most capitalised words.
  if (!f) return null;
  const u = toks[i + 2];
  const kind = u && KYRGYZ_PATRONYMIC.get(u.key);
  if (!kind || !adjacent(text, f, u) || NOT_SURNAME.has(t.key) || t.text.length < 3) return null;
  const known = lex.enSurname.get(latinKey(`${f.text} ${u.text}`)) ?? [];
  const gk = latinKey(t.text);
  const matches = known.filter((o) => lex.officialGivenEn[o]!.has(gk));
  if (matches.length) return fullName(toks, i, i + 2, matches.length === 1 ? matches[0]! : null, matches.length > 1 ? matches : null, null);
  const g = lex.enGiven.get(gk)?.[0];
  const unknown = { givenRu: g?.nom ?? wordToCyrillic(t.text), surnameRu: `${wordToCyrillic(f.text)} ${kind.ru}`, givenEn: t.text, surnameEn: `${f.text} ${u.text}`, gender: g?.gender ?? kind.gender };
  return fullName(toks, i, i + 2, null, null, unknown);
}

/** A known official's surname alone: every official it could be (not a word of the calendar or a place word). */
function bareSurname(toks: Token[], i: number, lex: PeopleLexicon): NameHit | null {
  const t = toks[i]!;
  // A surname that is also a month or a weekday ("May") is read only after its given name.
  if (NOT_SURNAME.has(t.key)) return null;
  const os = lex.enSurname.get(latinKey(t.text));
  if (!os) return null;
  return { start: t.start, end: t.end, sent: t.sent, firstTok: i, lastTok: i, full: false, official: os.length === 1 ? os[0]! : null, choices: os, unknown: null };
}

/** Finds every name in an English text in one pass over its tokens. */
export function scanEn(text: string, toks: Token[], lex: PeopleLexicon): NameHit[] {
  const hits: NameHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i]!.cap) continue;
    const h = kyrgyzPatronymic(text, toks, i, lex) ?? givenFirst(text, toks, i, lex) ?? bareSurname(toks, i, lex) ?? titledName(text, toks, i, lex, 'en');
    if (h) {
      hits.push(h);
      i = h.lastTok;
    }
  }
  return hits;
}
