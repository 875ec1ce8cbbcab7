/**
 * Names whose given name is not in the lexicon: a capitalised word followed by a word shaped like a
 * surname in the nominative («Канатбек Туманов», "Kanybek Tumanov"). Such a name counts only when a
 * role title stands right next to it (checked when people are assembled).
 */
import type { NameHit } from './hit';
import { latinKey, type PeopleLexicon } from './lexicon';
import { isInstitution } from './roles';
import { adjacent, type Token } from './tokens';
import { wordToCyrillic } from './translit';

const SURNAME_RU = /(?:ов|ев|ёв|ин|ын|ский|цкий|ова|ева|ёва|ина|ына|ская|цкая|уулу|кызы)$/;
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
    if (!SURNAME_RU.test(b.key) || NOT_GIVEN_RU.test(a.key) || lex.ruSurname.has(a.key) || lex.ruSurname.has(b.key)) return null;
    const female = FEMALE_RU.test(b.key);
    return {
      start: a.start, end: b.end, sent: a.sent, firstTok: i, lastTok: i + 1, full: true, official: null, choices: null,
      unknown: { givenRu: a.text, surnameRu: b.text, givenEn: null, surnameEn: null, gender: female ? 'female' : 'male', titledOnly: true },
    };
  }
  if (!SURNAME_EN.test(b.key) || lex.enSurname.has(latinKey(b.text)) || lex.enSurname.has(latinKey(a.text))) return null;
  return {
    start: a.start, end: b.end, sent: a.sent, firstTok: i, lastTok: i + 1, full: true, official: null, choices: null,
    unknown: { givenRu: wordToCyrillic(a.text), surnameRu: wordToCyrillic(b.text), givenEn: a.text, surnameEn: b.text, gender: /(?:ova|eva|ina|yna|skaya|kyzy)$/.test(b.key) ? 'female' : 'male', titledOnly: true },
  };
}
