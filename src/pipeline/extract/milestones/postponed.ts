/**
 * A date an event was put off to: "originally scheduled for November, had been postponed by mutual
 * agreement to December", «намечавшийся на ноябрь визит перенесли на декабрь». The new date is the
 * event's, though the first one may stand nearer its event word. Verbs are data in
 * knowledge/event-lexicon.json (`postponedTo`).
 */
import type { Language } from '../../../schema/dataset';
import type { DateMention } from '../../types';
import raw from '../../knowledge/event-lexicon.json';
import { escapeRegExp, rx } from '../regex';
import { cuesOf } from './cues';

const p = raw.postponedTo;
/** The verb, up to four words, and the preposition, right before a date. */
const BEFORE_NEW_DATE = {
  ru: rx(`(?<![\\p{L}])(?:${p.ru.join('|')})(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:${p.prepositionsRu.join('|')})\\s+$`, 'iu'),
  en: rx(`(?<![\\p{L}])(?:${p.en.join('|')})(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:${p.prepositionsEn.join('|')})\\s+(?:the\\s+)?$`, 'iu'),
};
/** How far before a date its verb may stand. */
const REACH = 60;

/**
 * The verbs' cue literals (`cuesOf`), under the flags of `BEFORE_NEW_DATE`: every match holds one,
 * so without one before the last mention no mention is a new date (one scan of the clause instead
 * of two tests a mention). Null when some verb has no cue.
 */
const VERB_CUE = { ru: cueRegex(p.ru), en: cueRegex(p.en) };

function cueRegex(verbs: string[]): RegExp | null {
  const cues = cuesOf(verbs);
  return cues ? rx(cues.map(escapeRegExp).join('|'), 'iu') : null;
}

/** The mention of `ms` an event was put off to, in `text` (the whole document's); null when none is. */
export function postponedTo(text: string, ms: DateMention[], clauseStart: number, lang: Language): DateMention | null {
  // The verb stands between the clause's start and a mention: the windows below all lie there.
  const cue = VERB_CUE[lang];
  if (!ms.length || (cue && !cue.test(text.slice(clauseStart, lastStart(ms))))) return null;
  return (
    ms.find((m) => {
      const before = text.slice(Math.max(clauseStart, m.start - REACH), m.start);
      // The preposition may open the mention itself («на декабрь», "to December").
      const opening = FIRST_WORD.exec(m.text);
      return BEFORE_NEW_DATE[lang].test(before) || (opening !== null && BEFORE_NEW_DATE[lang].test(before + opening[0]));
    }) ?? null
  );
}

/** The largest start of `ms` (not empty). */
function lastStart(ms: readonly DateMention[]): number {
  let at = 0;
  for (const m of ms) if (m.start > at) at = m.start;
  return at;
}

/** The first word of a mention and the space after it. */
const FIRST_WORD = rx(/^\p{L}+\s+/u);
