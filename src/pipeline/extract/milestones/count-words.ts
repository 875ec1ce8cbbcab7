/**
 * `{count}` in an event pattern of the knowledge base: the count words above one («шесть», "nine") of the
 * date lexicon, as an alternation per language, so the list is kept in one place.
 */
import type { Language } from '../../../schema/dataset';
import { COUNT_EN, COUNT_RU, countAlternation } from '../dates/lexicon';

const COUNTS: Record<Language, ReadonlyMap<string, number>> = { ru: COUNT_RU, en: COUNT_EN };

/** The count words above one of `lang`, as a regex alternation (longest first). */
export const countWords = (lang: Language): string => countAlternation([...COUNTS[lang]].filter(([, n]) => n > 1).map(([w]) => w));

/** The number a count word of `lang` stands for («девять» → 9, "Eleven" → 11), or null. */
export const countOf = (word: string, lang: Language): number | null => COUNTS[lang].get(word.toLowerCase()) ?? null;

const GROUPS: Record<Language, string> = { ru: `(?:${countWords('ru')})`, en: `(?:${countWords('en')})` };

/** `pattern` with each `{count}` written out as the count words of `lang`. */
export function withCounts(pattern: string, lang: Language): string {
  return pattern.includes('{count}') ? pattern.replaceAll('{count}', GROUPS[lang]) : pattern;
}
