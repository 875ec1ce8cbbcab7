/**
 * Russian name patterns over the token list, one left-to-right pass: given name (+ patronymic) +
 * surname, surname + given name (+ patronymic), and a known official's surname alone.
 */
import { type Case, type Gender, isPatronymic, nominativeSurname, patronymicStem } from './forms';
import { middleInitial } from './initials';
import type { NameHit, UnknownName } from './hit';
import { doubleGivenRu } from './double-given';
import type { GivenHit, PeopleLexicon, SurnameHit } from './lexicon';
import { isKnownPlace } from './place-country';
import { findTitles, isAddress, isInstitution } from './roles';
import { obliqueName, SURNAME_RU, titledName } from './titled';
import { adjacent, type Token, wordKey } from './tokens';
import { rx } from '../regex';

const cache = new Map<string, string | null>();
function surnameNominative(surface: string, cases: Set<Case>, gender: Gender): string | null {
  const k = `${surface}|${[...cases].join(',')}|${gender}`;
  let v = cache.get(k);
  if (v === undefined) {
    v = nominativeSurname(surface, cases, gender);
    if (cache.size > 50_000) cache.clear();
    cache.set(k, v);
  }
  return v;
}

/** Edit distance ≤ 2 with the same first three letters: «Мухамметкалый» ~ «Мухаммедкалый». */
export function similarName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.slice(0, 3) !== b.slice(0, 3) || Math.abs(a.length - b.length) > 2) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]! <= 2;
}

function givenMatches(lex: PeopleLexicon, official: number, nom: string): boolean {
  const set = lex.officialGivenRu[official]!;
  const k = wordKey(nom);
  if (set.has(k)) return true;
  for (const g of set) if (similarName(g, k)) return true;
  return false;
}

function overlap(a: Set<Case>, b: Set<Case>): boolean {
  for (const c of a) if (b.has(c)) return true;
  return false;
}

type Resolved = { official: number | null; choices: number[] | null; unknown: UnknownName | null };

/** A given name and a surname token: a known official when both match, else an unknown person whose surname inclines back. */
function resolveFull(lex: PeopleLexicon, gs: GivenHit[], s: Token, skey = s.key): Resolved | null {
  const matches = new Set<number>();
  const surnames = lex.ruSurname.get(skey) ?? [];
  for (let i = 0; i < surnames.length; i++) {
    const h = surnames[i]!;
    for (let k = 0; k < gs.length; k++) if (overlap(gs[k]!.cases, h.cases) && givenMatches(lex, h.official, gs[k]!.nom)) matches.add(h.official);
  }
  // Full namesakes (father and son, two Primakovs) stay open until the article's context picks one.
  if (matches.size) return matches.size === 1 ? { official: [...matches][0]!, choices: null, unknown: null } : { official: null, choices: [...matches], unknown: null };
  if (skey !== s.key) return null;
  // «Раис Татарстана», «Руслан Казани»: a place after a given name is no surname.
  if (s.text.length < 3 || lex.ruGiven.has(s.key) || isKnownPlace(s.text)) return null;
  for (const g of gs) {
    const nom = surnameNominative(s.text, g.cases, g.gender);
    if (nom) return { official: null, choices: null, unknown: { givenRu: g.nom, surnameRu: nom, givenEn: g.en, surnameEn: null, gender: g.gender } };
  }
  return null;
}

function hitOf(r: Resolved, toks: Token[], i: number, j: number): NameHit {
  const a = toks[i]!;
  const b = toks[j]!;
  return { start: a.start, end: b.end, sent: a.sent, firstTok: i, lastTok: j, full: true, official: r.official, choices: r.choices, unknown: r.unknown };
}

const PATRONYMIC_SURNAME = new Set(['уулу', 'кызы', 'улы', 'кызы']);

const capNext = (text: string, toks: Token[], i: number): Token | null => {
  const n = toks[i + 1];
  return n && n.cap && adjacent(text, toks[i], n) ? n : null;
};

/** «Владимира Путина», «Садыр Нургожоевич Жапаров», «Александр Вучич». */
function givenFirst(text: string, toks: Token[], i: number, lex: PeopleLexicon): NameHit | null {
  const key = toks[i]!.key;
  const gs = lex.ruGiven.get(key) ?? (key.length > 6 ? doubleGivenRu(key, lex.ruGiven) : null);
  if (!gs) return null;
  let j = i + 1;
  // «Игорь С. Иванов»: the father's initial between the given name and the surname says nothing of the given name.
  const initial = middleInitial(text, toks, i);
  const p = initial ? null : capNext(text, toks, i);
  const hasPat = p !== null && isPatronymic(p.text);
  if (hasPat || initial) j++;
  const s = initial ? toks[j]! : capNext(text, toks, j - 1);
  if (s) {
    // Kyrgyz «Тургунбек уулу» / «… кызы»: the surname is two words.
    const u = toks[j + 1];
    if (u && PATRONYMIC_SURNAME.has(u.key) && adjacent(text, s, u)) {
      const r = resolveFull(lex, gs, s, `${s.key} ${u.key}`);
      if (r) return hitOf(r, toks, i, j + 1);
      const g = gs[0]!;
      const unknown = { givenRu: g.nom, surnameRu: `${s.text} ${u.text}`, givenEn: g.en, surnameEn: null, gender: u.key === 'кызы' ? ('female' as const) : ('male' as const) };
      return hitOf({ official: null, choices: null, unknown }, toks, i, j + 1);
    }
    const middle = !hasPat && !initial ? middleName(text, toks, j, gs, lex) : null;
    if (middle) return middle;
    const r = resolveFull(lex, womanElsewhere(text, gs, s, toks[i]!.start) ? femaleFirst(gs) : gs, s);
    if (r) return hitOf(r, toks, i, j);
  }
  // A surname shaped like a patronymic («Александр Вучич»), unless the name was written surname first.
  // A patronymic of a known given name («Ольга Николаевна», «Борис Николаевич») is the polite address of
  // someone named in full elsewhere or of an official of the lexicon, never a new person.
  if (hasPat && !surnameBefore(text, toks, i, lex)) {
    if (fromGivenName(p.key, lex)) return politeAddress(gs, p, toks, i);
    const r = resolveFull(lex, gs, p);
    if (r) return hitOf(r, toks, i, i + 1);
  }
  return null;
}

/** A surname in «-ова», «-ева», «-ина», «-ына»: a woman's nominative or a man's genitive. */
const FEMININE_OR_GENITIVE = /(?:ов|ев|ёв|ин|ын)а$/u;

/**
 * «Валентина Казакова … По словам Казаковой»: a given name and surname read both as a woman's
 * nominative and as a man's genitive («Валентин Казаков») are the woman's when the article writes
 * the surname elsewhere in a case only a woman's takes («Казаковой»), or when a verb of saying in the
 * feminine past has her as its subject: right before her title («Как сообщила начальник управления
 * Валентина Казакова») or right after her name («Валентина Казакова заявила»).
 */
function womanElsewhere(text: string, gs: GivenHit[], s: Token, nameStart: number): boolean {
  if (!FEMININE_OR_GENITIVE.test(s.text) || !gs.some((g) => g.gender === 'female') || !gs.some((g) => g.gender === 'male')) return false;
  if (SHE_SAID_BEFORE.test(text.slice(Math.max(0, nameStart - SHE_SAID_REACH), nameStart)) || SHE_SAID_AFTER.test(text.slice(s.end, s.end + SHE_SAID_REACH))) return true;
  const oblique = `${s.text.slice(0, -1)}ой`;
  for (let at = text.indexOf(oblique); at >= 0; at = text.indexOf(oblique, at + 1)) {
    if (!WORD_CHAR.test(text[at + oblique.length] ?? '') && !(at > 0 && WORD_CHAR.test(text[at - 1]!))) return true;
  }
  return false;
}

/** How far before a name (across her title) or after it a verb of saying agreeing with her is looked for. */
const SHE_SAID_REACH = 90;
/** A verb of saying in the feminine past («сообщила», «заявляла», «отметила»), as a word. */
const SHE_SAID = String.raw`(?<![\p{L}])(?:сообщ|заяв|отмет|сказ|подчеркн|рассказ|поясн|добав|напомн|уточн|призна|подтверд|констатирова)\p{Ll}*ла(?![\p{L}])`;
/** That verb, then only her title's words (no stop, no comma, no verb of another subject) up to the name. */
const SHE_SAID_BEFORE = rx(`${SHE_SAID}[^.!?,;:«»"]*$`, 'u');
/** That verb right after the name (a comma may follow the name: «Казакова, в свою очередь, заявила» is not read). */
const SHE_SAID_AFTER = rx(`^\\s+${SHE_SAID}`, 'u');

/** A word character: a letter or a digit. */
const WORD_CHAR = rx(/[\p{L}\d]/u);

/** The given-name readings with a woman's first. */
function femaleFirst(gs: GivenHit[]): GivenHit[] {
  return [...gs.filter((g) => g.gender === 'female'), ...gs.filter((g) => g.gender !== 'female')];
}

/**
 * «Аталом Бихари Ваджпаи», «Реджеп Тайип Эрдоган»: a middle name between the given name and a known
 * official's surname (no patronymic). Asked only when the word after the middle one is a known surname.
 */
function middleName(text: string, toks: Token[], j: number, gs: GivenHit[], lex: PeopleLexicon): NameHit | null {
  const s = capNext(text, toks, j);
  if (!s || !lex.ruSurname.has(s.key)) return null;
  const r = resolveFull(lex, gs, s);
  return r && (r.official !== null || r.choices) ? hitOf(r, toks, j - 1, j + 1) : null;
}

/**
 * True when token `i` opens its sentence (a headline line or a sentence of the body). The first token is asked by its
 * index, not read at −1: that is no array index but a property name, and V8 makes such a read site megamorphic (p57).
 */
const opensSentence = (toks: Token[], i: number) => i === 0 || toks[i - 1]!.sent !== toks[i]!.sent;

/**
 * True when the capitalised word right before token `i` may be a surname written first («Ельцин Борис
 * Николаевич»): a known official's surname, a word inside a sentence, or a sentence's opening word shaped
 * like a surname. «Вчера Геннадий Николаевич …»: an adverb opening the sentence is no surname.
 */
function surnameBefore(text: string, toks: Token[], i: number, lex: PeopleLexicon): boolean {
  const prev = i > 0 ? toks[i - 1] : undefined;
  if (!prev || !prev.cap || !adjacent(text, prev, toks[i]) || isAddress(prev.key, 'ru')) return false;
  return lex.ruSurname.has(prev.key) || !opensSentence(toks, i - 1) || SURNAME_RU.test(prev.key);
}

/** A patronymic's case ending cut back to the nominative («Николаевича» → «Николаевич», «Сергеевной» → «Сергеевна»). */
function nominativePatronymic(word: string): string {
  return word.replace(/(ич)(?:а|у|ем|ом|е)$/u, '$1').replace(/(вн|чн)(?:ы|е|у|ой)$/u, '$1а');
}

/** «Борис Николаевич»: a given name and a patronymic built on another given name, kept only as a polite address. */
function politeAddress(gs: GivenHit[], p: Token, toks: Token[], i: number): NameHit {
  const female = /(?:вн|чн)\p{Ll}*$/u.test(p.key);
  const g = gs.find((x) => (x.gender === 'female') === female) ?? gs[0]!;
  const unknown: UnknownName = { givenRu: g.nom, surnameRu: nominativePatronymic(p.text), givenEn: g.en, surnameEn: null, gender: g.gender, politeOnly: true };
  return hitOf({ official: null, choices: null, unknown }, toks, i, i + 1);
}

const GIVEN_ENDINGS = ['', 'й', 'ь', 'а', 'я'];

/** True when a patronymic-shaped word is built on a given name of the lexicon («николаевна» ← Николай). */
export function fromGivenName(key: string, lex: PeopleLexicon): boolean {
  const stem = patronymicStem(key);
  if (stem === null) return false;
  // «Юрьевич» ← Юрий, «Евгеньевна» ← Евгений
  if (stem.endsWith('ь') && lex.ruGiven.has(`${stem.slice(0, -1)}ий`)) return true;
  return GIVEN_ENDINGS.some((e) => lex.ruGiven.has(stem + e));
}

const MALE_CASE = /(?<=[бвгджзклмнпрстфхцчшщ])(?:ом|а|у|е)$/;
const FEMALE_CASE = /(?:ой|ы|е|у)$/;

/**
 * «Нурбеком Асан уулу», «Айжаной Токтосун кызы»: a given name outside the lexicon before a Kyrgyz
 * two-word surname. The given name's case ending is cut back to the nominative; such a name counts
 * only next to a role title.
 */
function kyrgyzUnlisted(text: string, toks: Token[], i: number): NameHit | null {
  const a = toks[i]!;
  const f = capNext(text, toks, i);
  const u = toks[i + 2];
  if (!f || !u || !PATRONYMIC_SURNAME.has(u.key) || !adjacent(text, f, u) || a.text.length < 3) return null;
  if (isInstitution(a.key, 'ru') || isInstitution(f.key, 'ru')) return null;
  const female = u.key === 'кызы';
  const given = female ? a.text.replace(FEMALE_CASE, 'а') : a.text.replace(MALE_CASE, '');
  const unknown = { givenRu: given, surnameRu: `${f.text} ${u.text}`, givenEn: null, surnameEn: null, gender: female ? ('female' as const) : ('male' as const), titledOnly: true };
  return hitOf({ official: null, choices: null, unknown }, toks, i, i + 2);
}

/** «Абылгазиев Мухамметкалый Дуйшекеевич»: surname first, then the given name and a patronymic. */
function surnameFirst(text: string, toks: Token[], i: number, lex: PeopleLexicon): NameHit | null {
  const t = toks[i]!;
  const n = capNext(text, toks, i);
  if (!n || lex.ruGiven.has(t.key)) return null;
  const p = capNext(text, toks, i + 1);
  const hasPat = p !== null && isPatronymic(p.text);
  const last = hasPat ? i + 2 : i + 1;
  const gs = lex.ruGiven.get(n.key);
  if (gs && givenFirst(text, toks, i + 1, lex)) return null;
  for (const h of lex.ruSurname.get(t.key) ?? []) {
    if (!h.cases.has('nominative') && !hasPat && !gs) continue;
    if (givenMatches(lex, h.official, gs?.[0]?.nom ?? n.text)) {
      return { start: t.start, end: toks[last]!.end, sent: t.sent, firstTok: i, lastTok: last, full: true, official: h.official, choices: null, unknown: null };
    }
  }
  if (!gs || !hasPat || lex.ruSurname.has(t.key)) return null;
  // «Вчера Геннадий Николаевич провел …»: a sentence's opening word is a surname only when shaped like one.
  if (opensSentence(toks, i) && !SURNAME_RU.test(t.key)) return null;
  const r = resolveFull(lex, gs, t);
  return r && r.unknown ? hitOf(r, toks, i, last) : null;
}

/** Endings of a man's given name in each oblique case («Уткура», «Уткуру», «Уткуром»). */
const GIVEN_ENDING: Partial<Record<Case, RegExp>> = {
  genitive: /[^аеёиоуыэюя][ая]$/,
  accusative: /[^аеёиоуыэюя][ая]$/,
  dative: /[^аеёиоуыэюя][ую]$/,
  instrumental: /[^аеёиоуыэюя](?:ом|ем|ём)$/,
};

/**
 * «с премьером Уткуром Султановым»: a known surname in an oblique case right after a capitalised
 * word in the same case that the lexicon does not know (not a given name of anyone listed, not a
 * title or an institution, not the sentence's first word) is a namesake with that given name, not
 * the official. Only oblique cases: in the nominative a place or a heading word may stand before a
 * surname («в Москве Путин …» is not in the same case either).
 */
function namesakeBefore(text: string, toks: Token[], i: number, hs: readonly SurnameHit[], lex: PeopleLexicon): boolean {
  const prev = i > 0 ? toks[i - 1] : undefined;
  const t = toks[i]!;
  if (!prev || !prev.cap || prev.sent !== t.sent || !adjacent(text, prev, t)) return false;
  if (i < 2 || toks[i - 2]!.sent !== t.sent) return false;
  if (lex.ruGiven.has(prev.key) || lex.ruSurname.has(prev.key) || isInstitution(prev.key, 'ru') || findTitles(prev.key, 0, 'ru').length) return false;
  // The official's own given name, inclined in a way the lexicon lacks («Таджиканом»), is no namesake.
  const own = (h: SurnameHit) => prev.key.startsWith(wordKey(lex.officials[h.official]!.nameRu.split(' ')[0]!));
  return hs.every((h) => !h.cases.has('nominative') && !own(h) && [...h.cases].some((c) => GIVEN_ENDING[c]?.test(prev.key)));
}

/** A known official's surname alone («Путин», «Касымалиева»): every official it could be. */
function bareSurname(text: string, toks: Token[], i: number, lex: PeopleLexicon): NameHit | null {
  const hs = lex.ruSurname.get(toks[i]!.key);
  if (!hs || namesakeBefore(text, toks, i, hs, lex)) return null;
  const t = toks[i]!;
  const choices = [...new Set(hs.map((h) => h.official))];
  return { start: t.start, end: t.end, sent: t.sent, firstTok: i, lastTok: i, full: false, official: choices.length === 1 ? choices[0]! : null, choices, unknown: null };
}

/**
 * «с мэром Тараза Ерботом Сариевым … Ербот Сариев сказал»: a known official's surname after a given name the lexicon
 * lacks is a namesake, not the official. In an oblique case both words tell it by their endings (see `namesakeBefore`);
 * in the nominative the given name counts when the article also writes it inflected before the same surname. The
 * namesake is an unknown person, counted only next to a role title as other unlisted names are.
 */
function namesakeName(text: string, toks: Token[], i: number, lex: PeopleLexicon): NameHit | null {
  const a = toks[i]!;
  const b = toks[i + 1];
  if (!b || !b.cap || !adjacent(text, a, b)) return null;
  const hs = lex.ruSurname.get(b.key);
  if (!hs) return null;
  // The endings first (two short regexes): most capitalised words before a surname are places or titles in other cases.
  const oblique = obliqueName(a, b, i);
  if (oblique) return namesakeBefore(text, toks, i + 1, hs, lex) ? oblique : null;
  // A man's given name in the nominative ends in a consonant or «й» («Албек», «Нурлан»), never in a case ending («России»).
  if (!NOMINATIVE_GIVEN.test(a.key) || a.text.length < 4 || !hs.some((h) => h.cases.has('nominative')) || lex.ruGiven.has(a.key) || lex.ruSurname.has(a.key)) return null;
  if (!inflectedBefore(text, a, hs, lex)) return null;
  return {
    start: a.start, end: b.end, sent: a.sent, firstTok: i, lastTok: i + 1, full: true, official: null, choices: null,
    unknown: { givenRu: a.text, surnameRu: b.text, givenEn: null, surnameEn: null, gender: 'male', titledOnly: true },
  };
}

/** A man's given name in the nominative: its last letter a consonant or «й». */
const NOMINATIVE_GIVEN = /[бвгджзйклмнпрстфхцчшщ]$/;

/** A given name's oblique ending, then the surname: «Ерботом Сариевым», «Ербота Сариева». */
const INFLECTED_THEN_SURNAME = rx(/(?:ом|ем|а|я|у|ю)\s+([А-ЯЁ][а-яё]+)/uy);

/** True when the word `a` stands elsewhere with an oblique ending right before a surname of the same officials in an oblique case. */
function inflectedBefore(text: string, a: Token, hs: readonly SurnameHit[], lex: PeopleLexicon): boolean {
  for (let at = text.indexOf(a.text); at >= 0; at = text.indexOf(a.text, at + 1)) {
    if (at === a.start || (at > 0 && WORD_CHAR.test(text[at - 1]!))) continue;
    INFLECTED_THEN_SURNAME.lastIndex = at + a.text.length;
    const m = INFLECTED_THEN_SURNAME.exec(text);
    if (!m) continue;
    const other = lex.ruSurname.get(wordKey(m[1]!));
    if (other && other.every((h) => !h.cases.has('nominative')) && other.some((h) => hs.some((k) => k.official === h.official))) return true;
  }
  return false;
}

/** Finds every name in a Russian text in one pass over its tokens. */
export function scanRu(text: string, toks: Token[], lex: PeopleLexicon): NameHit[] {
  const hits: NameHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i]!.cap) continue;
    const h =
      givenFirst(text, toks, i, lex) ?? surnameFirst(text, toks, i, lex) ?? bareSurname(text, toks, i, lex) ?? kyrgyzUnlisted(text, toks, i) ?? namesakeName(text, toks, i, lex) ?? titledName(text, toks, i, lex, 'ru');
    if (h) {
      hits.push(h);
      i = h.lastTok;
    }
  }
  return hits;
}
