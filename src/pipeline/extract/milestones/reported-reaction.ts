/**
 * A diplomatic reaction — a note sent, explanations asked for, regret expressed — told without a day inside what
 * someone said or reported («По словам представителя, посольство направило ноту», «министр отметил, что Москва с
 * сожалением восприняла решение», "noted that the cabinet would request explanations"): it follows the occasion the
 * narrative tells, and the words give no day of their own, so it is undated rather than of that occasion's day.
 */
import type { Language } from '../../../schema/dataset';
import { rx } from '../regex';

/** The triggers of a reaction to the other side's step. */
export const REACTION_KEYS: ReadonlySet<string> = new Set(['diplomaticNote', 'explanationRequested', 'regretExpressed']);

/** A verb of saying or reporting with what was said after it, or «по словам», "according to", before the reaction. */
const REPORTED = {
  ru: rx(/(?:(?:заяви|сказа|сообщи|отмети|подчеркну|рассказа|уточни|напомни)(?:л|ла|ли|ло)\p{L}*,?\s+(?:что|о том)|по\s+(?:его|её|ее|их)?\s*словам)(?![\p{L}])/iu),
  en: rx(/(?<![\p{L}])(?:(?:said|told\s+[\p{L}\s'’-]{1,40}?|reported|added|noted|stated)(?:\s+that)?\s|according\s+to\s)/iu),
};

/** The cue each language's words hold, asked before the regex: «по словам» and the past verbs end in these letters. */
const CUES = { ru: ['что', 'о том', 'словам'], en: ['said', 'told', 'reported', 'added', 'noted', 'stated', 'according to'] };

/**
 * True when the trigger `key` is a reaction and the words of its sentence before it (`before`) tell it as what someone
 * said or reported.
 */
export function reactionInReportedWords(key: string, before: string, lang: Language): boolean {
  if (!REACTION_KEYS.has(key)) return false;
  const lower = before.toLowerCase();
  return CUES[lang].some((c) => lower.includes(c)) && REPORTED[lang].test(before);
}
