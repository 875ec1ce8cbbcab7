/**
 * Short titles for agreements from the subject the clause gives the document: «соглашение об
 * урегулировании задолженности» → «Соглашение об урегулировании задолженности», "protocol on
 * military cooperation" → "Protocol on military cooperation". A small noun-phrase rule: the
 * document noun, then «о/об/по» ("on/of") and up to four words, stopping at a preposition,
 * conjunction, number or punctuation. The lists are data in knowledge/event-lexicon.json.
 */
import type { Language } from '../../../schema/dataset';
import raw from '../../knowledge/event-lexicon.json';
import { rx } from '../regex';
import { charBeforeIs } from './word-start';

const { nouns, stopRu, stopEn, notSubjectRu } = raw.documentTitles;
const alt = (l: string[]) => l.join('|');
/** A word, with hyphenated parts that may be numbers («ГЭС-1», "Kambarata-1"), never ending in a hyphen. */
const W = "\\p{L}+(?:-[\\p{L}\\d]+)*";
/** Function words a subject cut at its fourth word may end with ("on developing the"). */
/** "an agreement on Monday": a day, not the document's subject. */
const WEEKDAY = rx(/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\p{L})/iu);
const TRAILING = rx(/(?:\s+(?:the|a|an|and|or|of|on|in|for|with|to|its|our|their|и|или|в|во|на|с|со|по|о|об|для|к))+$/iu);
/** The document noun and its subject; the noun's word start is checked by hand (`firstSubject`). */
const SUBJECT: Record<Language, RegExp> = {
  ru: rx(
    `(${alt(nouns.map((n) => n.ru))})\\p{L}*(?:\\s+(?!(?:о|об|по)\\s)${W}){0,6}?\\s+(об?|по)\\s+(?!(?:${alt(notSubjectRu)})(?![\\p{L}]))((?:(?!(?:${alt(stopRu)})(?![\\p{L}]))${W})(?:\\s+(?!(?:${alt(stopRu)})(?![\\p{L}]))${W}){0,3})`,
    'giu',
  ),
  en: rx(
    `(${alt(nouns.map((n) => n.en))})(?:\\s+(?!(?:on|of)\\s)${W}){0,3}?\\s+(on|of)\\s+(?:(?:the|our|its|their|his|her)\\s+)?((?:(?!(?:${alt(stopEn)})(?![\\p{L}]))${W})(?:\\s+(?!(?:${alt(stopEn)})(?![\\p{L}]))${W}){0,3})`,
    'giu',
  ),
};
const LETTER = rx(/\p{L}/u);

/** The first match of `SUBJECT` whose document noun starts a word. */
function firstSubject(clause: string, lang: Language): RegExpExecArray | null {
  const re = SUBJECT[lang];
  re.lastIndex = 0;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    if (!charBeforeIs(clause, m.index, LETTER)) {
      re.lastIndex = 0;
      return m;
    }
    re.lastIndex = m.index + 1;
  }
  return null;
}

const NOUN_RE = nouns.map((n) => ({ n, ru: rx(`^${n.ru}`, 'iu'), en: rx(`^(?:${n.en})$`, 'iu') }));
/** A cheap test before the pattern runs. */
const CUE: Record<Language, RegExp> = { ru: rx(/соглашени|договор|меморандум|протокол|документ|карт/i), en: rx(/agreement|treat|memorand|protocol|document|road ?map/i) };

/** English and Russian labels for an agreement clause naming its document; null when it names none. */
export function documentLabel(clause: string, lang: Language): { labelEn: string; labelRu: string } | null {
  if (!CUE[lang].test(clause)) return null;
  const m = firstSubject(clause, lang);
  const noun = m ? NOUN_RE.find((x) => (lang === 'ru' ? x.ru : x.en).test(m[1]!))?.n : null;
  if (!m || !noun) return null;
  if (lang === 'en' && WEEKDAY.test(m[3]!)) return { labelEn: noun.signedEn.charAt(0).toLowerCase() + noun.signedEn.slice(1), labelRu: noun.signedRu };
  const words = m[3]!.replace(TRAILING, '') || m[3]!;
  const subject = `${m[2]!.toLowerCase()} ${words}`;
  if (lang === 'ru') return { labelEn: noun.signedEn.charAt(0).toLowerCase() + noun.signedEn.slice(1), labelRu: `${noun.nomRu} ${subject}` };
  const en = noun.en.replace(/[?()]|s\?$/g, '').replace('road map', 'roadmap');
  return { labelEn: `${en} ${subject}`, labelRu: noun.signedRu };
}
