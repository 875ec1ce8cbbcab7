/**
 * A stance told in passing, in a sentence that tells no event of the lexicon: someone named characterises a situation,
 * a conflict or a decision in quoted words («назвал решение «поспешным»», 'described the situation as "grave"') or
 * declares a readiness to help («выразил готовность содействовать», 'expressed readiness to assist'). It is a
 * statement of its own; it is of the day or month told next to its verb, else of a day the article does not tell —
 * not the article's own day, which is the news the article reports. Phrasing is data (`knowledge/event-phrasing.json`:
 * `stanceStatement`).
 */
import type { Language } from '../../../schema/dataset';
import type { DateMention, MilestoneDraft, PersonDraft, Sentence } from '../../types';
import raw from '../../knowledge/event-phrasing.json';
import { rx } from '../regex';
import { MARKERS } from './lexicon';
import { inSpeech, type Ranges } from './speech';
import { isThirdCountry, statement } from './statement';

const PHRASING = raw.stanceStatement;
const STANCE: Record<Language, RegExp> = { ru: rx(PHRASING.ru, 'iu'), en: rx(PHRASING.en, 'iu') };
/** The words one of which a stance's verb holds, asked of the sentence's lower case before the regex. */
const CUES: Record<Language, readonly string[]> = PHRASING.cues;

/** How far a day or month may stand from the stance's verb and still date it («8 мая министр … назвал», "On May 8, X described"). */
const DATE_REACH = 60;

/**
 * True when `text` holds one of the language's cue words as written (verbs in lower case: a stance's verb stands after
 * its speaker). Asked of the whole article once, then of each sentence without an event, on the text itself: a lower-cased
 * copy of every such sentence cost more than the rule (cachegrind, 1,000 bench articles).
 */
export function hasStanceCue(text: string, lang: Language): boolean {
  const cues = CUES[lang];
  for (let i = 0; i < cues.length; i++) if (text.includes(cues[i]!)) return true;
  return false;
}

/**
 * The stance of sentence `s` (with its date mentions `inSentence`), or null: its verb told outside quoted words, someone
 * named in the sentence (a third country's official only where the sentence names a side or a bloc of both).
 */
export function stanceStatement(
  s: Sentence,
  lang: Language,
  speech: Ranges,
  inSentence: readonly DateMention[],
  people: readonly PersonDraft[],
): MilestoneDraft | null {
  if (!hasStanceCue(s.text, lang)) return null;
  const m = STANCE[lang].exec(s.text);
  if (!m || inSpeech(speech, s.start + m.index)) return null;
  const who = people.filter((p) => p.mentions.some((x) => x.start >= s.start && x.end <= s.end));
  if (!who.length) return null;
  if (who.every(isThirdCountry) && !MARKERS.russianSide[lang].test(s.text) && !MARKERS.kyrgyzSide[lang].test(s.text) && !MARKERS.multilateral[lang].test(s.text)) return null;
  // The day or month told outside the quoted words near the verb, the nearest; a year alone is what was judged, and a
  // date of another clause far from the verb is another event's («напомнил, что идея была высказана в марте 1994 года»).
  const at = s.start + m.index;
  const gap = (x: DateMention) => Math.max(0, x.start - at, at - x.end);
  let own: DateMention | null = null;
  for (const x of inSentence) {
    if (x.date.length < 7 || inSpeech(speech, x.start) || gap(x) > DATE_REACH) continue;
    if (!own || gap(x) < gap(own)) own = x;
  }
  const ids = who.map((p) => p.id);
  const quote = { start: s.start, end: s.end, text: s.text };
  if (own) return statement(own.date, `A stance dated «${own.text}» (${own.date})`, who, ids, quote);
  return statement(null, 'A stance told without a date of its own', who, ids, quote);
}
