/**
 * The tense that governs a date inside a sentence. A sentence may tell the past and the future at
 * once ("Officials say the base will host the force the treaty states agreed to create when their
 * leaders met in Moscow on May 14"): the reporter's verb nearest before the date («met») is the
 * one that dates it, not a "will" of another clause. Quoted words («…», "…") are someone else's.
 */
import type { Language } from '../../../schema/dataset';
import { FUTURE, PAST_EVENT } from './lexicon';
import { PLANNED, QUOTED } from './loose-relative';
import { rx } from '../regex';

export type Tense = 'past' | 'future';

const global = (re: RegExp) => rx(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
const MARKERS: Record<Language, { re: RegExp; tense: Tense }[]> = {
  ru: [
    { re: global(FUTURE.ru), tense: 'future' },
    { re: global(PLANNED.ru), tense: 'future' },
    { re: global(PAST_EVENT.ru), tense: 'past' },
  ],
  en: [
    { re: global(FUTURE.en), tense: 'future' },
    { re: global(PLANNED.en), tense: 'future' },
    { re: global(PAST_EVENT.en), tense: 'past' },
  ],
};
/** English markers are whole words ("met", not "methods"; "was", not "Washington"). */
const LETTER = /\p{L}/u;
/**
 * Verbs of telling date the telling, not what is told («сообщил, что в октябре пройдёт…», "said
 * that in October …"): they do not decide the tense of a date after them.
 */
const TELLING = /(?:^|[^\p{L}])(?:said|told|stated|заявил|сообщил|отметил|говорил|сказал)/iu;
/** "will be held", "to be signed": a participle after "be" is no past. */
const AFTER_BE = /(?:^|\s)(?:be|been|being)\s+$/iu;
/** How far before a date its verb may stand. */
const REACH = 120;

/**
 * The tense of the marker that ends nearest before `at` within `REACH` characters, or null when
 * there is none. A longer marker wins over a shorter one ending earlier at the same start
 * ("agreed to meet" over "agreed").
 */
export function tenseBefore(sentence: string, at: number, lang: Language): Tense | null {
  const from = Math.max(0, at - REACH);
  const told = sentence.slice(from, at).replace(QUOTED, (q) => ' '.repeat(q.length));
  let best: { end: number; tense: Tense } | null = null;
  for (const { re, tense } of MARKERS[lang]) {
    re.lastIndex = 0;
    for (let m = re.exec(told); m; m = re.exec(told)) {
      const end = m.index + m[0].length;
      if (!m[0].length) re.lastIndex++;
      if (lang === 'en' && end < told.length && LETTER.test(told[end]!)) continue;
      if (tense === 'past' && (TELLING.test(m[0]) || (lang === 'en' && AFTER_BE.test(told.slice(Math.max(0, m.index - 8), m.index + 1))))) continue;
      if (!best || end > best.end) best = { end, tense };
    }
  }
  return best?.tense ?? null;
}
