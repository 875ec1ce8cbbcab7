/** Language and formatting helpers shared by every feature; each feature keeps its own strings. */
import { useStore } from '../state/store';
import type { Lang } from '../state/url';

/** A string table per language. */
export type Strings<K extends string> = Record<Lang, Record<K, string>>;

/** The language in force: the chosen one, else the browser's (Russian when it prefers Russian). */
export function resolveLang(chosen: Lang | null, navigatorLang = typeof navigator !== 'undefined' ? navigator.language : 'en'): Lang {
  return chosen ?? (/^ru\b/i.test(navigatorLang) ? 'ru' : 'en');
}

/** Current language from the store. */
export function useLang(): Lang {
  return resolveLang(useStore((s) => s.lang));
}

/** Picks the table for the language. */
export function useStrings<K extends string>(table: Strings<K>): Record<K, string> {
  return table[useLang()];
}

const MONTHS: Record<Lang, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: ['янв.', 'февр.', 'марта', 'апр.', 'мая', 'июня', 'июля', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
};
const MONTHS_NOM: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ru: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
};

/** Formats a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) at its own precision. */
export function formatPartialDate(date: string | null, lang: Lang, unknown = lang === 'ru' ? 'дата неизвестна' : 'date unknown'): string {
  if (!date) return unknown;
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const mi = Number(m) - 1;
  if (!d) return lang === 'ru' ? `${MONTHS_NOM.ru[mi]} ${y}` : `${MONTHS_NOM.en[mi]} ${y}`;
  return lang === 'ru' ? `${Number(d)} ${MONTHS.ru[mi]} ${y}` : `${Number(d)} ${MONTHS.en[mi]} ${y}`;
}
