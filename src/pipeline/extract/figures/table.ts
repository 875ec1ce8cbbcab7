/**
 * Turnover tables: a header row naming a turnover column («Месяц | Экспорт | Импорт |
 * Товарооборот», "Month  Exports  Imports  Turnover") and rows labelled by a month, a month range
 * from January or a quarter («Январь», «январь–март», "Q1"). The unit («тыс. долларов США",
 * "$ million") comes from the header or the caption lines above it, the year from the nearest year
 * written above the table, else the article's (a month after the article's month is last year's:
 * a table reports months already over). The partner is read from the lines above, as for prose;
 * sums in other currencies are skipped, as in prose.
 */
import type { ArticleDoc, FigureDraft } from '../../types';
import lexicon from '../../knowledge/figures-lexicon.json';
import { OTHER_CURRENCY_SOURCE, RUSSIA, SCALES, USD_SOURCE, wordsSource } from './lexicon';
import { turnoverName } from './metric';
import { parseNumber } from './numbers';
import { rx } from '../regex';

/** How many lines above the header a caption, a unit or a year may be. */
export const CAPTION_LINES = 3;
const CELL_SPLIT = /\t+|\s*\|\s*|\s{2,}/;
/** A cheap test that a text may hold a table at all: a tab, a pipe or a run of spaces between words. */
export const TABLE_GATE = /\S(?:\t|\s\|\s| {2,})\S/;
/**
 * Whether a whole article may hold a table: `TABLE_GATE` needs a tab, a pipe or two spaces in a row, and three
 * substring searches find out far faster than the regex, which tries its `\S` at every character of the article.
 */
export function mayHoldTable(text: string): boolean {
  return (text.includes('\t') || text.includes('|') || text.includes('  ')) && TABLE_GATE.test(text);
}
export const CELL_NUMBER = /^[-−–+]?\s?\d{1,3}(?:[ \u202F]\d{3})*(?:[.,]\d+)?$|^[-−–+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[-−–+]?\d+(?:[.,]\d+)?$/u;
const T = lexicon.tables;
/** A cell left empty: a dash, 'n/a'. */
const EMPTY_CELLS = new Set(T.emptyCell.map((c) => c.toLowerCase()));
/** A cell of a row of figures: a number or an empty cell. */
export const isValueCell = (cell: string) => CELL_NUMBER.test(cell.trim()) || EMPTY_CELLS.has(cell.trim().toLowerCase());
/** A column of change in percent ('Change y-o-y, %', «прирост, %»). */
const CHANGE_COLUMN = rx(wordsSource(T.changeColumn), 'iu');
/** A column of an index, the base being 100 («темп роста, %», «в % к 2017»). */
const INDEX_COLUMN = rx(wordsSource(T.indexColumn), 'iu');

/** How a header cell gives turnover growth: as a change in percent, as an index (100 = no change), or not at all. */
export function changeColumn(header: string): 'change' | 'index' | null {
  if (INDEX_COLUMN.test(header)) return 'index';
  return CHANGE_COLUMN.test(header) ? 'change' : null;
}

/** The value of a cell: «913 452,7», "2,912.7" (a comma before three digits and a point is a thousands separator), "+4.9". */
export function cellValue(raw: string, language: 'ru' | 'en' | string): number | null {
  const t = raw.trim().replace(/^\+/, '').replace(/^[−–]/u, '-');
  if (EMPTY_CELLS.has(t.toLowerCase())) return null;
  if (/^-?\d{1,3}(?:,\d{3})+\.\d+$/.test(t)) return Number(t.replace(/,/g, ''));
  return parseNumber(t, language === 'en' ? 'en' : 'ru');
}

/** Growth in percent from a change or index cell, rounded to the cell's own decimals (115,6 → 15.6). */
export function growthOf(raw: string, how: 'change' | 'index', language: string): number | null {
  const v = cellValue(raw, language);
  if (v === null) return null;
  if (how === 'change') return v;
  // An index below 10 is no index of a year on a year (a share, a multiple): not read.
  if (v < 10) return null;
  const decimals = raw.match(/[.,](\d+)\s*$/)?.[1]?.length ?? 0;
  return Number((v - 100).toFixed(decimals));
}

/** A word of trade in a caption. */
const TRADE_WORD = /товарооборот|торгов|оборот|trade|turnover/giu;

/**
 * The metric of a table from the lines above it. The nearest line that is not blank is the caption: from its last
 * word of trade on, or else whole, where that names Russia («… взаимной торговли с государствами — членами ЕАЭС,
 * товарооборот России с Киргизией …», "Kyrgyzstan–Russia merchandise trade, US$ million"), it alone names the
 * table, so that a bloc told earlier in the caption or in the lines before it does not; else all the lines above.
 */
export function tableName(above: string[]): ReturnType<typeof turnoverName> {
  const caption = [...above].reverse().find((l) => l.trim()) ?? '';
  const words = [...caption.matchAll(TRADE_WORD)];
  const last = words.length > 0 ? words[words.length - 1] : undefined;
  for (const part of [last ? caption.slice(last.index) : null, caption]) {
    if (!part) continue;
    RUSSIA.lastIndex = 0;
    if (RUSSIA.test(part)) return turnoverName(part);
  }
  return turnoverName(above.join('\n'));
}

/** The name of the growth metric of a turnover metric. */
export const growthName = (name: string) => `${name}_growth_pct`;
const TURNOVER_COLUMN = rx(`^${wordsSource(T.turnoverColumn)}`, 'iu');
/** A cheap test of a header line: a turnover column word anywhere. */
const HEADER_GATE = rx(wordsSource(T.turnoverColumn), 'iu');
const TOTAL_ROW = rx(`^${wordsSource(T.totalRow)}`, 'iu');
const MONTHS = [...lexicon.months.ru.map((m) => rx(`^${wordsSource([m])}$`, 'iu')), ...lexicon.months.en.map((m) => rx(`^${m}$`, 'i'))];
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Russian month abbreviations as statistics tables print them («янв.», «сент.», «дек.»); May is written out. */
const MONTH_ABBR_RU = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const ORDINALS = Object.entries(lexicon.ordinals).map(([w, n]) => ({ n, re: rx(`^${wordsSource([w])}$`, 'iu') }));
const QUARTER = rx(`^(?:(?<ord>\\S+)\\s+(?:${wordsSource(T.quarterWords)})|Q(?<q>[1-4]))$`, 'iu');
const YEAR = /(?<![\d.,])(?:19[5-9]\d|20[0-4]\d)(?![\d%])/g;
const SCALE_UNITS = SCALES.map((s) => ({ factor: s.factor, re: rx(`${s.source}\\.?\\s*(?:(?<usd>${USD_SOURCE}(?:\\s+США)?)|(?<oth>${OTHER_CURRENCY_SOURCE}))`, 'iu') }));
const DOLLAR_SCALE = SCALES.map((s) => ({ factor: s.factor, re: rx(`(?:US\\s?\\$|\\$|USD)\\s*,?\\s*${s.source}`, 'iu') }));

interface Line {
  start: number;
  text: string;
}

/** The month (1–12) a word names, in full or as a three-letter abbreviation. */
function monthOf(word: string): number | null {
  const w = word.replace(/\.$/, '').trim();
  const i = MONTHS.findIndex((re) => re.test(w));
  if (i >= 0) return (i % 12) + 1;
  const a = MONTH_ABBR.indexOf(w.toLowerCase().slice(0, 3));
  if (a >= 0 && w.length <= 4) return a + 1;
  const r = MONTH_ABBR_RU.indexOf(w.toLowerCase().slice(0, 3));
  return r >= 0 && w.length <= 4 ? r + 1 : null;
}

/** The period suffix a row label names: `03` (March), `3M` (January–March), `Q1`; null for anything else. */
export function rowPeriod(label: string): { suffix: string; lastMonth: number; year: number | null } | null {
  const year = label.match(/(?:19|20)\d\d/)?.[0];
  const bare = label.replace(/(?:19|20)\d\d\s*(?:г\.|года?)?/u, '').trim();
  const range = bare.split(/\s*[-–—]\s*/u);
  const y = year ? Number(year) : null;
  if (range.length === 2) {
    const [a, b] = range.map(monthOf);
    // January–June is the first half, January–March the first quarter, as in prose.
    return a === 1 && b && b > 1 ? { suffix: b === 6 ? 'H1' : b === 3 ? 'Q1' : b === 12 ? '' : `${b}M`, lastMonth: b, year: y } : null;
  }
  // A bare year ("2024", «2024 г.»): the whole year.
  if (bare === '' && y) return { suffix: '', lastMonth: 12, year: y };
  const m = monthOf(bare);
  if (m) return { suffix: String(m).padStart(2, '0'), lastMonth: m, year: y };
  const q = QUARTER.exec(bare)?.groups;
  const n = q?.q ? Number(q.q) : q?.ord ? ORDINALS.find((o) => o.re.test(q.ord!))?.n : undefined;
  return n ? { suffix: `Q${n}`, lastMonth: n * 3, year: y } : null;
}

/** The unit of a header or caption: factor and currency, or null when none is written. */
export function unitOf(text: string): { factor: number; usd: boolean } | null {
  for (const s of SCALE_UNITS) {
    const m = s.re.exec(text);
    if (m) return { factor: s.factor, usd: Boolean(m.groups!.usd) };
  }
  for (const s of DOLLAR_SCALE) if (s.re.test(text)) return { factor: s.factor, usd: true };
  return null;
}

export function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const text_ of text.split('\n')) {
    out.push({ start, text: text_ });
    start += text_.length + 1;
  }
  return out;
}

/** The cells of a row; a pipe table's outer pipes are no cells. */
export const cells = (line: string) => line.trim().replace(/^\|\s*|\s*\|$/g, '').split(CELL_SPLIT);

/** Turnover figures read from the article's tables, one per row. */
export function tableFigures(doc: ArticleDoc, articleDate: string | null): FigureDraft[] {
  if (!mayHoldTable(doc.text)) return [];
  const lines = linesOf(doc.text);
  const out: FigureDraft[] = [];
  for (let h = 0; h < lines.length; h++) {
    if (!HEADER_GATE.test(lines[h]!.text) || !TABLE_GATE.test(lines[h]!.text)) continue;
    const header = cells(lines[h]!.text);
    if (header.length < 2) continue;
    const col = header.findIndex((c, i) => i > 0 && TURNOVER_COLUMN.test(c));
    if (col < 0) continue;
    // A column of change after the turnover column is the change of turnover ("Turnover | Change y-o-y, %").
    const changeCol = header.findIndex((c, i) => i > col && changeColumn(c));
    const how = changeCol > 0 ? changeColumn(header[changeCol]!) : null;
    const above = lines.slice(Math.max(0, h - CAPTION_LINES), h).map((l) => l.text);
    const unit = unitOf(lines[h]!.text) ?? [...above].reverse().map(unitOf).find((u) => u) ?? null;
    if (!unit) continue;
    // Sums in other currencies are not reported as turnover, in tables as in prose.
    if (!unit.usd) continue;
    const name = tableName(above);
    const yearAbove = [...above].reverse().map((l) => l.match(YEAR)?.pop()).find((y) => y);
    for (let r = h + 1; r < lines.length; r++) {
      const line = lines[r]!;
      const row = cells(line.text);
      if (row.length < 2 || !row.slice(1).every(isValueCell) || !row.slice(1).some((c) => CELL_NUMBER.test(c.trim()))) break;
      if (TOTAL_ROW.test(row[0]!)) continue;
      const period = rowPeriod(row[0]!);
      const raw = row[col];
      const value = raw === undefined ? null : cellValue(raw, doc.language);
      if (!period || value === null) continue;
      const year = period.year ?? tableYear(yearAbove, articleDate, period.lastMonth);
      if (year === null) continue;
      const start = line.start + (line.text.length - line.text.trimStart().length);
      const quote = { start, end: line.start + line.text.trimEnd().length, text: line.text.trim() };
      const when = period.suffix ? `${year}-${period.suffix}` : String(year);
      const growth = how && row[changeCol] !== undefined ? growthOf(row[changeCol]!, how, doc.language) : null;
      if (growth !== null) out.push({ metric: growthName(name), value: growth, unit: '%', period: when, kind: 'actual', qualifier: null, quote });
      out.push({
        metric: name,
        value: value * unit.factor,
        unit: 'USD',
        period: when,
        kind: 'actual',
        qualifier: null,
        quote,
      });
    }
  }
  return out;
}

/** The year of a table row: the year written above the table, else the article's (last year's for a month still to come). */
function tableYear(above: string | undefined, article: string | null, lastMonth: number): number | null {
  if (above) return Number(above);
  if (!article) return null;
  const y = Number(article.slice(0, 4));
  const m = article.length >= 7 ? Number(article.slice(5, 7)) : null;
  return m !== null && lastMonth >= m ? y - 1 : y;
}
