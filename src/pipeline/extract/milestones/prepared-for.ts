/**
 * «мэры говорили о подготовке к межрегиональному форуму», «о ходе подготовки области к ярмарке ремёсел»,
 * "discussed preparations for the upcoming summit": the event named right after a preparation is still to come, and
 * its time is not told — it is no event of the clause's day, nor of the day of the event told just before.
 */
import type { Language } from '../../../schema/dataset';
import { rx } from '../regex';

/** The stem a preparation needs (without its first letter, which may be a capital): the regex only runs where it stands. */
const CUES: Record<Language, string> = { ru: 'одготов', en: 'repar' };

/**
 * A preparation right before an event's trigger: «подготовку к», «подготовки республики к», "preparations for",
 * "preparing for the", with up to three words (adjectives, "the next") before the trigger.
 */
const PREPARED_BEFORE = {
  ru: rx(/(?:^|[^\p{L}])подготовк\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?к(?:о)?\s+(?:[\p{L}-]+\s+){0,3}$/iu),
  en: rx(/(?:^|[^\p{L}])prepar(?:ations?|ing)\s+for\s+(?:[\p{L}'’-]+\s+){0,3}$/iu),
};

/** How far before an event's trigger its preparation may start. */
const REACH = 90;

/** True when the event whose trigger starts at `at` of the clause `text` is named right after a preparation for it. */
export function preparedFor(text: string, at: number, lang: Language): boolean {
  // The cue looked for in place first: most hits have none before them, and need no slice.
  const cue = text.lastIndexOf(CUES[lang], at);
  return cue >= 0 && at - cue <= REACH && PREPARED_BEFORE[lang].test(text.slice(Math.max(0, at - REACH), at));
}
