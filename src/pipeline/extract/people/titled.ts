/**
 * Names whose given name is not in the lexicon: a capitalised word followed by a word shaped like a
 * surname in the nominative («Канатбек Туманов», "Kanybek Tumanov"), or both words in the same oblique
 * case where the endings tell it («Алымкадыром Бейшеналиевым»). Such a name counts only when a role
 * title stands right next to it (checked when people are assembled).
 */
import { type Case, type Gender, nominativeSurname } from './forms';
import type { NameHit } from './hit';
import { latinKey, type PeopleLexicon } from './lexicon';
import { organisations } from '../../knowledge/index';
import { isKnownPlace } from './place-country';
import { findCountries, findTitles, isInstitution } from './roles';
import { adjacent, type Token } from './tokens';
import { wordToCyrillic } from './translit';
import { rx } from '../regex';

/** Nominative endings of Slavic-style surnames (Russian, Kyrgyz, Kazakh …) and Kyrgyz «уулу»/«кызы». */
export const SURNAME_RU = /(?:ов|ев|ёв|ин|ын|ский|цкий|ова|ева|ёва|ина|ына|ская|цкая|уулу|кызы)$/;
const SURNAME_EN = /(?:ov|ev|yev|iev|in|yn|sky|skiy|ski|ova|eva|ina|yna|skaya|uulu|kyzy)$/;
/** Endings of adjectives and common nouns, which a given name in the nominative does not have. */
const NOT_GIVEN_RU = /(?:ий|ый|ой|ая|ое|ые|ого|ому|ым|ом|ую|их|ых|ия|ие|ость|ство|ция)$/;
const FEMALE_RU = /(?:ова|ева|ёва|ина|ына|ская|цкая|кызы)$/;

/** A name made of an unlisted given name and a nominative surname, or null. */
export function titledName(text: string, toks: Token[], i: number, lex: PeopleLexicon, lang: 'ru' | 'en'): NameHit | null {
  const a = toks[i]!;
  const b = toks[i + 1];
  if (!b || !b.cap || !adjacent(text, a, b) || a.text.length < 3 || b.text.length < 4) return null;
  if (toks[i + 2]?.cap && adjacent(text, b, toks[i + 2])) return null;
  // «Пресс-служба Кабинета Министров», "the Council Ministers": institution nouns are never names.
  if (isInstitution(a.key, lang) || isInstitution(b.key, lang)) return null;
  if (lang === 'ru') {
    if (lex.ruSurname.has(a.key) || lex.ruSurname.has(b.key)) return null;
    // «Председателя Кабмина»: a title word is no given name (asked last: a search of the titles lexicon).
    if (!SURNAME_RU.test(b.key)) {
      const oblique = obliqueName(a, b, i);
      if (oblique) return isTitleWord(a.key) ? null : oblique;
      return foreignAfterTitleRu(text, a, b, i);
    }
    if (NOT_GIVEN_RU.test(a.key) || isTitleWord(a.key)) return null;
    const female = FEMALE_RU.test(b.key);
    return {
      start: a.start, end: b.end, sent: a.sent, firstTok: i, lastTok: i + 1, full: true, official: null, choices: null,
      unknown: { givenRu: a.text, surnameRu: b.text, givenEn: null, surnameEn: null, gender: female ? 'female' : 'male', titledOnly: true },
    };
  }
  if (lex.enSurname.has(latinKey(b.text)) || lex.enSurname.has(latinKey(a.text))) return null;
  // "Foreign Minister Masahiko Koumura", "Trade Commissioner Cecilia Malmstrom": a name of any country's shape right
  // after a title of office; without the title only a surname of Slavic or Central Asian shape is read.
  if (!SURNAME_EN.test(b.key) && !(titleRightBefore(text, a.start) && !NOT_NAME_EN.test(a.key) && !NOT_NAME_EN.test(b.key) && !HEADLINE_VERB_EN.test(a.key) && !isTitleEn(`${a.key} ${b.key}`))) return null;
  return {
    start: a.start, end: b.end, sent: a.sent, firstTok: i, lastTok: i + 1, full: true, official: null, choices: null,
    // A listed given name keeps the lexicon's Russian spelling ("Gulnara" → «Гульнара», not «Гулнара»).
    unknown: { givenRu: lex.enGiven.get(latinKey(a.text))?.[0]?.nom ?? wordToCyrillic(a.text), surnameRu: wordToCyrillic(b.text), givenEn: a.text, surnameEn: b.text, gender: /(?:ova|eva|ina|yna|skaya|kyzy)$/.test(b.key) ? 'female' : 'male', titledOnly: true },
  };
}

/**
 * Capitalised words after a title that are no given name or surname: the calendar ("Minister Tuesday said") and
 * honorifics and ranks that precede a name ("President Sheikh Mohamed bin …", "Defence Minister General …").
 */
const NOT_NAME_EN =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|sheikh|sheik|shaikh|emir|amir|king|queen|prince|princess|crown|sultan|sir|dame|lord|lady|mr|mrs|ms|dr|general|colonel|lieutenant|major|admiral|marshal|captain|his|her|the)$/;

/**
 * Verbs of a title-case headline after a title ("Foreign Minister Seeks Cash", "Envoy Urges Talks"): the third person
 * of the verbs headlines are made of, which no given name is.
 */
const HEADLINE_VERB_EN =
  /^(?:says|seeks|meets|visits|urges|signs|calls|holds|opens|hosts|backs|warns|plans|wants|eyes|vows|pledges|discusses|agrees|asks|offers|heads|arrives|leaves|rejects|denies|slams|praises|hails|welcomes|proposes|promises|confirms|announces|tells|rules|sees|expects|talks|wins|loses|flies|lands|starts|ends|returns|resigns|steps|faces|gets|takes|makes|gives|sets|brings|sends|receives|greets|tours|launches|unveils|inaugurates|attends|addresses|thanks|invites|congratulates|stresses|reaffirms|supports|boosts|joins|leads|chairs|pushes|presses|outlines|names|appoints|dismisses|sacks|replaces|approves|ratifies|delivers|donates|pays|buys|sells|ships|lifts|bans|cuts|raises|doubles)$/;

/** True when the words are themselves a title ("Prime Minister" after "Deputy"). */
const isTitleEn = (words: string) => findTitles(words, 0, 'en').length > 0;
/** How far back a title before a name is looked for ("Chief Cabinet Secretary", "External Relations Commissioner"). */
const TITLE_REACH = 60;

/** True when an English title of office ends right before `at`, only spaces between ("Foreign Minister ⟨name⟩"). */
function titleRightBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - TITLE_REACH), at).toLowerCase();
  const end = before.trimEnd().length;
  return end < before.length && findTitles(before, 0, 'en').some((h) => h.end === end);
}

/**
 * «министр иностранных дел Турции Мевлют Чавушоглу», «еврокомиссар по торговле Сесилия Мальмстрём»: an unlisted
 * official of a third country whose name has no Slavic shape, read only in the nominative right after a Russian
 * title of office (and an optional country or body genitive), and only when the clause goes on with a comma, a
 * bracket, a lower-case word (the verb) or ends there. Places, bodies, months and honorifics are no name.
 */
function foreignAfterTitleRu(text: string, a: Token, b: Token, i: number): NameHit | null {
  if (!FOLLOWS_NAME_RU.test(text.slice(b.end, b.end + 3))) return null;
  if (!CYRILLIC_WORD.test(a.text) || !CYRILLIC_WORD.test(b.text)) return null;
  // «Центральной Азии»: an adjective or a noun in an oblique case is no name in the nominative.
  if (NOT_GIVEN_RU.test(a.key) || NOT_SURNAME_RU.test(b.key)) return null;
  if ([a.key, b.key].some((k) => NOT_NAME_RU.test(k) || isTitleWord(k) || isKnownPlace(k) || isBody(k) || findCountries(k).length > 0)) return null;
  if (!titleRightBeforeRu(text, a.start)) return null;
  return {
    start: a.start, end: b.end, sent: a.sent, firstTok: i, lastTok: i + 1, full: true, official: null, choices: null,
    unknown: { givenRu: a.text, surnameRu: b.text, givenEn: null, surnameEn: null, gender: /[ая]$/.test(a.key) ? 'female' : 'male', titledOnly: true },
  };
}

/** Endings of adjectives, oblique cases of place nouns and abstract nouns, which no foreign surname has. */
const NOT_SURNAME_RU = /(?:ый|ой|ая|ое|ые|ого|ому|ым|ых|ии|ость|ство|ция)$/;
/** A capitalised Cyrillic word, hyphenated parts allowed («Мевлют», «Ким-Ли»). */
const CYRILLIC_WORD = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?$/;
/** What may follow a name in the nominative: a comma, bracket or dash, the end of the clause, a lower-case word. */
const FOLLOWS_NAME_RU = /^(?:\s*(?:[,;:.!?()«»—–]|$)|\s+[а-яё])/;
/**
 * Capitalised words after a title that are no name: months and weekdays in any case, honorifics and ranks that
 * precede a name («шейх», «генерал»).
 */
const NOT_NAME_RU =
  rx(/^(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ем)|(?:март|август)(?:а|е|у|ом)?|ма(?:й|я|е|ю|ем)|понедельник\p{Ll}*|вторник\p{Ll}*|сред\p{Ll}|четверг\p{Ll}*|пятниц\p{Ll}*|суббот\p{Ll}*|воскресень\p{Ll}*|господин\p{Ll}*|госпож\p{Ll}*|шейх\p{Ll}*|эмир\p{Ll}*|корол\p{Ll}*|королев\p{Ll}*|принц\p{Ll}*|султан\p{Ll}*|сэр|доктор\p{Ll}*|генерал\p{Ll}*|полковник\p{Ll}*|маршал\p{Ll}*|адмирал\p{Ll}*)$/u);

/** Lower-case words of every Russian organisation name and abbreviation in the knowledge («госдума», «одкб»). */
let bodyWords: Set<string> | null = null;
function isBody(key: string): boolean {
  if (!bodyWords) {
    bodyWords = new Set();
    for (const o of organisations) {
      for (const n of [o.nameRu, ...o.abbrRu, ...(o.altRu ?? [])]) for (const w of n.toLowerCase().split(/[^\p{L}-]+/u)) if (w.length > 2) bodyWords.add(w);
    }
  }
  return bodyWords.has(key);
}

/** One capitalised genitive (a country or body: «Турции», «Японии», «ЕС») or a «по …» subject between a title and a name. */
const GENITIVE_GAP_RU = rx(/(?:\s+(?:[А-ЯЁ][\p{L}-]*|по(?:\s+[а-яё-]+){1,2}))?\s+$/u);

/** True when a Russian title of office ends before `at`, an optional genitive and spaces between. */
function titleRightBeforeRu(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - TITLE_REACH), at);
  const gap = GENITIVE_GAP_RU.exec(before);
  if (!gap) return false;
  const gapWord = gap[0].trim();
  // A country the knowledge lacks still reads as a genitive («Японии», «Китая») or an abbreviation («ЕС»).
  const genitive = !gapWord || !/^[А-ЯЁ]/.test(gapWord) || /^[А-ЯЁ]{2,5}$/.test(gapWord) || /(?:ии|ы|и|а|я)$/.test(gapWord);
  if (!genitive && findCountries(gapWord).length === 0 && !isBody(gapWord.toLowerCase()) && !isKnownPlace(gapWord)) return false;
  const head = before.slice(0, gap.index).toLowerCase();
  return findTitles(head, 0, 'ru').some((h) => h.end === head.length);
}

/** True when the whole word is a role title («председателя», «министром»). */
function isTitleWord(key: string): boolean {
  return findTitles(key, 0, 'ru').some((h) => h.start === 0 && h.end === key.length);
}

/**
 * Oblique cases whose endings a given name and a surname share and no nominative has: a man's
 * instrumental («Алымкадыром Бейшеналиевым», «Сооронбаем Жээнбековым») and dative («Алымкадыру
 * Бейшеналиеву»), a woman's instrumental («Айжаной Токтосуновой»). Genitive and accusative are left
 * out: «Айгуль Токтосунова» reads the same as a man's genitive.
 */
const OBLIQUE_PAIRS: { given: RegExp; surname: RegExp; kase: Case; gender: Gender; nominative: (given: string) => string }[] = [
  { given: /[бвгджзклмнпрстфхцчшщ]ом$/, surname: /(?:ов|ев|ёв|ин|ын)ым$/, kase: 'instrumental', gender: 'male', nominative: (g) => g.slice(0, -2) },
  { given: /[аеёиоуыэюя]ем$/, surname: /(?:ов|ев|ёв|ин|ын)ым$/, kase: 'instrumental', gender: 'male', nominative: (g) => `${g.slice(0, -2)}й` },
  { given: /[бвгджзклмнпрстфхцчшщ]у$/, surname: /(?:ов|ев|ёв|ин|ын)у$/, kase: 'dative', gender: 'male', nominative: (g) => g.slice(0, -1) },
  { given: /[бвгджзклмнпрстфхцчшщ]ой$/, surname: /(?:ов|ев|ёв|ин|ын)ой$/, kase: 'instrumental', gender: 'female', nominative: (g) => `${g.slice(0, -2)}а` },
];

/** An unlisted given name and a surname in the same oblique case, read back to the nominative, or null. */
export function obliqueName(a: Token, b: Token, i: number): NameHit | null {
  const pair = OBLIQUE_PAIRS.find((p) => p.given.test(a.key) && p.surname.test(b.key));
  if (!pair) return null;
  const surname = nominativeSurname(b.text, [pair.kase], pair.gender);
  const given = pair.nominative(a.text);
  if (!surname || !SURNAME_RU.test(surname.toLowerCase()) || NOT_GIVEN_RU.test(given.toLowerCase())) return null;
  return {
    start: a.start, end: b.end, sent: a.sent, firstTok: i, lastTok: i + 1, full: true, official: null, choices: null,
    unknown: { givenRu: given, surnameRu: surname, givenEn: null, surnameEn: null, gender: pair.gender, titledOnly: true },
  };
}
