/**
 * A piece of a sentence cut off at a date that is a term: "… signed a decree | and patents are extended until June
 * 15", «… подписал указ, | и сроки продлены до 15 июня». The date after "until" / «до» ends a period; it dates no
 * event of the word the piece inherits.
 */
import type { Language } from '../../../schema/dataset';
import type { DateMention } from '../../types';
import { rx } from '../regex';

/** "until June 15", "till 2025", «до 15 июня», «по 31 декабря 2025 года»: a date that ends a period. */
const UNTIL: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])(?:до|по)\s+(?:\d{1,2}\s+\p{L}+|(?:конца\s+)?\p{L}+\s+\d{4}|\d{4})/iu),
  en: rx(/(?<![\p{L}])(?:until|till|through)\s+(?:\p{L}+\s+\d{1,2}|\d{1,2}\s+\p{L}+|(?:the\s+end\s+of\s+)?\p{L}*\s*\d{4})/iu),
};
/** A cheap test before `UNTIL`. */
const GATE: Record<Language, RegExp> = { ru: /(?:^|\s)(?:до|по)\s/iu, en: /until|till|through/iu };

/** True when the inherited piece `text` tells only a term ending at its date. */
export function termUntil(text: string, lang: Language): boolean {
  return GATE[lang].test(text) && UNTIL[lang].test(text);
}

/** "by 2025", "by the end of 2026", «к 2025 году», «до конца 2014 года» right before a year: the year a plan is due by. */
const DUE_BEFORE: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])(?:к|ко|до\s+конца)\s+$/iu),
  en: rx(/(?<![\p{L}])by\s+(?:the\s+end\s+of\s+)?$/iu),
};
/** How far before its year a deadline's words may start ("by the end of "). */
const DUE_REACH = 16;

/**
 * The year-only mention among `ms` that a plan is due by ("The schools are to be opened by 2025"): a limit
 * that dates no past event, but is the date a reader puts a planned completion at. Null when none.
 */
export function dueYear(text: string, ms: readonly DateMention[], lang: Language): DateMention | null {
  for (const m of ms) {
    if (m.date.length === 4 && /^\d/.test(m.text) && DUE_BEFORE[lang].test(text.slice(Math.max(0, m.start - DUE_REACH), m.start))) return m;
  }
  return null;
}
