/**
 * Words and numbers of the trade chart in English and Russian: "$2.5 bn" / «2,5 млрд $»,
 * period names, qualifiers and kinds. Pure, so the chart, its tooltip and the export agree.
 */
import type { FigureKind, Qualifier } from '../../schema/dataset';
import type { PeriodSpan } from './tradePeriods';

export type Lang = 'en' | 'ru';

/** Non-breaking space: a value and its unit never part at a line end. */
const NB = '\u00a0';

function decimal(n: number, digits: number, lang: Lang): string {
  const s = n.toFixed(digits).replace(/\.0+$/, '').replace(/(\.\d*?)0+$/, '$1');
  return lang === 'ru' ? s.replace('.', ',') : s;
}

/** US dollars, shortened: `$2.5 bn`, `$850 m` / `2,5 млрд $`, `850 млн $`. */
export function formatUsd(value: number, lang: Lang, digits = 1): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  let n: string;
  let unit: string;
  if (abs >= 1e9) [n, unit] = [decimal(abs / 1e9, abs >= 1e11 ? 0 : digits, lang), lang === 'ru' ? 'млрд' : 'bn'];
  else if (abs >= 1e6) [n, unit] = [decimal(abs / 1e6, abs >= 1e8 ? 0 : digits, lang), lang === 'ru' ? 'млн' : 'm'];
  else if (abs >= 1e3) [n, unit] = [decimal(abs / 1e3, 0, lang), lang === 'ru' ? 'тыс.' : 'k'];
  else [n, unit] = [decimal(abs, 0, lang), ''];
  if (lang === 'ru') return `${sign}${n}${unit ? NB + unit : ''}${NB}$`;
  return `${sign}$${n}${unit ? NB + unit : ''}`;
}

/**
 * A range of dollar values where sources disagree, the unit written once when both ends share it:
 * `$2.8–3.1 bn` / `2,8–3,1 млрд $`.
 */
export function formatUsdRange(min: number, max: number, lang: Lang, numbersOnly = false): string {
  // Both ends in the unit of the greater, so `0.5–3.1` never reads as `495–3.1`.
  if (numbersOnly) return max >= 1e9 ? `${decimal(min / 1e9, 1, lang)}–${decimal(max / 1e9, 1, lang)}` : `${formatUsdNumber(min, lang)}–${formatUsdNumber(max, lang)}`;
  const lo = formatUsd(min, lang);
  const hi = formatUsd(max, lang);
  const unitOf = (s: string) => s.replace(/[−\d.,$]/g, '').trim();
  if (min >= 1e6 && unitOf(lo) === unitOf(hi)) {
    const num = (s: string) => s.replace(/[^−\d.,]/g, '');
    return lang === 'ru' ? `${num(lo)}–${hi}` : `$${num(lo)}–${hi.slice(1)}`;
  }
  return `${lo} – ${hi}`;
}

/** The number of billions (or millions below a billion) alone, for tight labels: `2.5` / `2,5`. */
export function formatUsdNumber(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  return decimal(abs >= 1e9 ? value / 1e9 : value / 1e6, 1, lang);
}

/** A growth annotation: `+12%` / `+12 %`; multiples as `×2.5`. */
export function formatGrowth(value: number, unit: string, lang: Lang): string {
  if (unit === 'x') return `×${decimal(value, 1, lang)}`;
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${decimal(Math.abs(value), 1, lang)}${lang === 'ru' ? NB : ''}%`;
}

const QUALIFIERS: Record<Lang, Record<Qualifier, string>> = {
  en: { almost: 'almost', about: 'about', 'more than': 'more than', 'less than': 'less than', approaching: 'approaching', record: 'a record' },
  ru: { almost: 'почти', about: 'около', 'more than': 'более', 'less than': 'менее', approaching: 'приближаясь к', record: 'рекордные' },
};

/** The qualifier as the sources put it, in the UI language. */
export const formatQualifier = (q: Qualifier, lang: Lang): string => QUALIFIERS[lang][q];

/** A value with its qualifier: "approaching $3.3 bn" / «приближаясь к 3,3 млрд $». */
export function formatQualifiedUsd(value: number, q: Qualifier | null, lang: Lang): string {
  const v = formatUsd(value, lang);
  return q ? `${formatQualifier(q, lang)} ${v}` : v;
}

const KINDS: Record<Lang, Record<FigureKind, string>> = {
  en: { actual: 'reported figure', derived: 'derived estimate', forecast: 'forecast', target: 'target' },
  ru: { actual: 'фактическое значение', derived: 'расчётная оценка', forecast: 'прогноз', target: 'цель' },
};

/** What kind of number it is. */
export const formatKind = (k: FigureKind, lang: Lang): string => KINDS[lang][k];

const MONTHS: Record<Lang, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
};
const ROMAN = ['I', 'II', 'III', 'IV'];

/** The full name of a period: "H1 2022 (Jan–Jun)" / «1-е полугодие 2022 (январь–июнь)»; "Mar 2025" / «март 2025». */
export function formatPeriod(p: PeriodSpan, lang: Lang): string {
  const months = `${MONTHS[lang][p.fromMonth - 1]}–${MONTHS[lang][p.toMonth - 1]}`;
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'half':
      return lang === 'ru' ? `${p.fromMonth === 1 ? 1 : 2}-е полугодие ${p.year} (${months})` : `H${p.fromMonth === 1 ? 1 : 2} ${p.year} (${months})`;
    case 'quarter':
      return lang === 'ru' ? `${ROMAN[(p.fromMonth - 1) / 3]} квартал ${p.year}` : `Q${(p.fromMonth - 1) / 3 + 1} ${p.year} (${months})`;
    case 'months':
      return lang === 'ru' ? `${months} ${p.year} (${p.toMonth} мес.)` : `${months} ${p.year} (${p.toMonth} months)`;
    case 'month':
      return `${MONTHS[lang][p.fromMonth - 1]} ${p.year}`;
    case 'ytd':
      return lang === 'ru'
        ? `${p.year}, с начала года${p.openEnd ? '' : ` (${months})`}`
        : `${p.year} year to date${p.openEnd ? '' : ` (${months})`}`;
  }
}

/** The short tag drawn on a partial bar: `H1`, `Q3`, `7M`, `Mar`, `YTD` / `I пол.`, `III кв.`, `7 мес.`, `март`, `с нач. г.`. */
export function formatPeriodTag(p: PeriodSpan, lang: Lang): string {
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'half':
      return lang === 'ru' ? `${p.fromMonth === 1 ? 'I' : 'II'} пол.` : `H${p.fromMonth === 1 ? 1 : 2}`;
    case 'quarter':
      return lang === 'ru' ? `${ROMAN[(p.fromMonth - 1) / 3]} кв.` : `Q${(p.fromMonth - 1) / 3 + 1}`;
    case 'months':
      return lang === 'ru' ? `${p.toMonth} мес.` : `${p.toMonth}M`;
    case 'month':
      return MONTHS[lang][p.fromMonth - 1]!;
    case 'ytd':
      return lang === 'ru' ? 'с нач. г.' : 'YTD';
  }
}

/** Axis tick labels for dollar values: `$2 bn` / `2 млрд`. */
export function formatUsdTick(value: number, lang: Lang): string {
  if (value === 0) return lang === 'ru' ? '0' : '$0';
  return formatUsd(value, lang);
}
