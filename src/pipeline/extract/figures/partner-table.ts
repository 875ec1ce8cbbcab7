/**
 * Turnover tables by partner country: a caption naming turnover and its unit («Товарооборот с
 * основными странами-партнерами, млн. долларов США», "Trade by partner, $ million"), a header row
 * of periods («январь–сентябрь 2011 | январь–сентябрь 2012 | в % к 2011», "2019  2020") and rows
 * labelled by country. The row of Russia gives one figure per period column; other columns
 * (a share) are skipped; an index («в % к 2011», «темп роста, %») or change column gives the growth of the
 * latest period. A table of indicators by period («Показатель | январь–июнь 2018 г., тыс. долл. США |
 * январь–июнь 2017 г. | темп роста, %») under lines that name Russia gives its row of turnover the same way.
 */
import type { ArticleDoc, FigureDraft } from '../../types';
import lexicon from '../../knowledge/figures-lexicon.json';
import { RUSSIA, wordsSource } from './lexicon';
import { tableName, cells, cellValue, changeColumn, growthName, growthOf, isValueCell, linesOf, mayHoldTable, rowPeriod, TABLE_GATE, unitOf, CELL_NUMBER, CAPTION_LINES } from './table';
import { rx } from '../regex';
import { KYRGYZ_STEMS, RUSSIA_NAMES, RUSSIA_STEM, oneOf } from './pair-names';
import { turnoverName } from './metric';
import { findPeriods } from './periods';
import { shiftYear } from './choose-period';

/** A caption or header naming turnover. */
const TURNOVER_WORD = rx(wordsSource(lexicon.tables.turnoverColumn), 'iu');
/** A bare year as a column header: «2011», «2011 г.», "2011". */
const YEAR_CELL = /^((?:19|20)\d\d)\s*(?:г\.|года?|year)?$/u;
/** A cheap test for a word of Russia anywhere in the text. */
const RUSSIA_GATE = new RegExp(RUSSIA_NAMES.join('|'), 'u');
/** A row label of turnover, the whole label («Товарооборот», "Trade turnover"). */
const TURNOVER_LABEL = rx(`^${wordsSource(lexicon.tables.turnoverColumn)}$`, 'iu');
/** A row of one flow («Экспорт в Россию», "Imports from Russia"): Russia is its partner, not its label. */
const FLOW_LABEL = /экспорт|импорт|ввоз|вывоз|export|import/iu;
/** The longest label of a country row. */
const LABEL_LENGTH = 40;

/** The period a column header names (`2011-9M`, `2012-Q3`, `2019`), or null for any other column. */
export function columnPeriod(header: string): string | null {
  // «январь–июнь 2018 г., тыс. долл. США»: the unit after a comma is no part of the period.
  const h = header.trim().replace(/\s*,\s*[^,]*$/u, (tail) => (unitOf(tail) ? '' : tail));
  const y = YEAR_CELL.exec(h);
  if (y) return y[1]!;
  const p = rowPeriod(h);
  return p?.year ? `${p.year}-${p.suffix}` : null;
}

/** Owners of a table's trade that its row of Russia keeps: a region's, a sector's or another country's trade with Russia. */
const OWNERS_KEPT = new Set(['regional_trade_turnover', 'sector_trade_turnover', 'third_country_trade_turnover']);

/**
 * The metric of the row of Russia in a table named `name` by its caption: the country's foreign trade by partner
 * («Внешнеторговый оборот по основным странам-партнерам», "Foreign trade by main partner") or its trade with a bloc
 * («Торговля со странами ЕАЭС») is split by partner, and Russia's row is the pair's own turnover.
 */
function rowOfRussia(name: string): string {
  return OWNERS_KEPT.has(name) ? name : 'trade_turnover';
}

/** Turnover figures from the row of Russia in tables whose columns are periods. */
export function partnerTableFigures(doc: ArticleDoc): FigureDraft[] {
  if (!mayHoldTable(doc.text) || !RUSSIA_GATE.test(doc.text)) return [];
  const lines = linesOf(doc.text);
  const out: FigureDraft[] = [];
  for (let h = 1; h < lines.length; h++) {
    if (!TABLE_GATE.test(lines[h]!.text)) continue;
    const header = cells(lines[h]!.text);
    const periods = header.map(columnPeriod);
    if (!periods.some((p) => p)) continue;
    const above = lines.slice(Math.max(0, h - CAPTION_LINES), h).map((l) => l.text);
    const turnoverAbove = above.some((l) => TURNOVER_WORD.test(l));
    RUSSIA.lastIndex = 0;
    const russiaAbove = RUSSIA.test(above.join('\n'));
    if (!turnoverAbove && !russiaAbove) continue;
    const unit = unitOf(lines[h]!.text) ?? [...above].reverse().map(unitOf).find((u) => u) ?? null;
    if (!unit?.usd) continue;
    // The latest period of the header: an index or change column is its growth.
    const latest = periods.filter((p): p is string => Boolean(p)).sort().pop()!;
    const changes = header.map((c) => (columnPeriod(c) ? null : changeColumn(c)));
    const name = tableName(above);
    for (let r = h + 1; r < lines.length; r++) {
      const line = lines[r]!;
      const row = cells(line.text);
      if (row.length < 2 || CELL_NUMBER.test(row[0]!.trim()) || !row.slice(1).every(isValueCell)) break;
      const label = row[0]!.trim();
      RUSSIA.lastIndex = 0;
      // A row of Russia in a table of turnover, or a row of turnover in a table about Russia.
      const ofRussia = turnoverAbove && RUSSIA.test(label) && !FLOW_LABEL.test(label);
      const ofTurnover = russiaAbove && TURNOVER_LABEL.test(label);
      if (label.length > LABEL_LENGTH || !(ofRussia || ofTurnover)) continue;
      const quote = { start: line.start + (line.text.length - line.text.trimStart().length), end: line.start + line.text.trimEnd().length, text: line.text.trim() };
      // The values line up with the header from the right: the header may have no cell over the labels.
      for (let i = 1; i < row.length; i++) {
        const at = periods.length - (row.length - i);
        const period = periods[at];
        const how = changes[at];
        if (!period && how) {
          const growth = growthOf(row[i]!, how, doc.language);
          if (growth !== null) out.push({ metric: growthName(ofRussia ? rowOfRussia(name) : name), value: growth, unit: '%', period: latest, kind: 'actual', qualifier: null, quote });
          continue;
        }
        const value = period ? cellValue(row[i]!, doc.language) : null;
        if (!period || value === null) continue;
        out.push({
          metric: ofRussia ? rowOfRussia(name) : name,
          value: value * unit.factor,
          unit: 'USD',
          period,
          kind: 'actual',
          qualifier: null,
          quote,
        });
      }
    }
  }
  return out;
}

/** A line of a list of partners: «Россия — 2 476 312,4 (21,5%)», "Russia: 1,234.5 (18.2%)", a bullet allowed. */
const LIST_LINE = rx(/^\s*(?:[•*·]\s*|[-–—]\s+)?(?<label>[\p{L}][\p{L} .-]{0,38}?)\s*(?:[—–:]|\s-)\s*(?<value>[-−]?\d[\d \u202F.,]*?)(?:\s*\(\s*[\d.,]+\s*%\s*\))?\s*[;.,]?\s*$/u);
/** A cheap test that a text may hold such a line of Russia. */
const LIST_GATE = /(?:^|\n)\s*(?:[•*·]\s*|[-–—]\s+)?(?:Росси|Russia|РФ)[^\n]{0,30}?(?:[—–:]|\s-)\s*\d/u;
/** A heading of such a list names trade or partners. */
const LIST_HEADING = /товарооборот|торгов|оборот|партн[её]р|trade|turnover|partner/iu;
/** How many lines of the list may stand between the heading and the line of Russia. */
const LIST_REACH = 12;

/**
 * Turnover from a list of partners under a heading with the unit and the period: «Основные торговые партнеры,
 * тыс. долларов США (январь–сентябрь 2024 г.):» followed by lines «Китай — 5 604 118,9 (48,7%)», «Россия — …».
 * The line of Russia gives one figure of the heading's period; the share in brackets is not read.
 */
export function partnerListFigures(doc: ArticleDoc, year: number | null, month: number | null): FigureDraft[] {
  if (!LIST_GATE.test(doc.text)) return [];
  const lines = linesOf(doc.text);
  const out: FigureDraft[] = [];
  for (let i = 1; i < lines.length; i++) {
    const m = LIST_LINE.exec(lines[i]!.text);
    if (!m) continue;
    const label = m.groups!.label!.trim();
    RUSSIA.lastIndex = 0;
    if (!RUSSIA.test(label)) continue;
    // Up through the other lines of the list to the heading.
    let h = i - 1;
    while (h > 0 && i - h <= LIST_REACH && LIST_LINE.test(lines[h]!.text)) h--;
    const heading = lines[h]!.text;
    if (!heading.trim() || LIST_LINE.test(heading) || !LIST_HEADING.test(heading)) continue;
    const unit = unitOf(heading);
    if (!unit?.usd) continue;
    const period = findPeriods(heading, year, month).find((p) => p.kind === 'period' && p.period && !p.base && !p.deadline)?.period;
    const value = cellValue(m.groups!.value!, doc.language);
    if (!period || value === null) continue;
    const line = lines[i]!;
    out.push({
      metric: turnoverName(heading),
      value: value * unit.factor,
      unit: 'USD',
      period,
      kind: 'actual',
      qualifier: null,
      quote: { start: line.start + (line.text.length - line.text.trimStart().length), end: line.start + line.text.trimEnd().length, text: line.text.trim() },
    });
  }
  return out;
}

/** A row labelled by a pair of countries: «Кыргызстан – Россия», "Kyrgyzstan – Russia" (either order). */
const PAIR_LABEL = rx(/^(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s*[–—-]\s*(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)$/u);
/** A Kyrgyz side of a pair label. */
const KYRGYZ_SIDE = new RegExp(`^${oneOf(KYRGYZ_STEMS)}`, 'u');
/** A Russian side of a pair label. */
const RUSSIAN_SIDE = new RegExp(`^${oneOf(RUSSIA_NAMES)}`, 'u');
/** A word of trade in a caption. */
const TRADE_CAPTION = /торгов|оборот|trade|turnover/iu;
/** «в % к девяти месяцам 2041 г.», "as % of 2041": the caption gives the last column as an index on that base. */
const INDEX_WORDS = rx(wordsSource(lexicon.tables.indexColumn), 'iu');
/**
 * A cheap test for a label of the pair anywhere in the text. Russia by its stems only, as the gate has always asked: a
 * label «Кыргызстан – РФ», which `RUSSIAN_SIDE` accepts, does not open it.
 */
const PAIR_GATE = new RegExp(`${oneOf(KYRGYZ_STEMS)}\\p{L}*\\s*[–—-]\\s*${RUSSIA_STEM}|${RUSSIA_STEM}\\p{L}*\\s*[–—-]\\s*${oneOf(KYRGYZ_STEMS)}`, 'u');
/** How many rows of pairs may stand between the caption and the row of the pair. */
const PAIR_ROWS = 12;

/**
 * Turnover and its growth from a table of trade by pairs of countries with no header row: a caption with the unit and
 * the base of an index («Обмен товарами между парами стран, млн долл. США; в % к первому полугодию 2043 г.») over rows
 * «Россия – Таджикистан | 83,5 | 96,1», «Кыргызстан – Россия | 47,2 | 112,7». The row of Kyrgyzstan and Russia gives the
 * sum and, from the index, the growth, of the caption's period or else of the year after the index's base.
 */
export function pairTableFigures(doc: ArticleDoc, year: number | null, month: number | null): FigureDraft[] {
  if (!(doc.text.includes('|') || doc.text.includes('\t')) || !PAIR_GATE.test(doc.text)) return [];
  const lines = linesOf(doc.text);
  const out: FigureDraft[] = [];
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!text.includes('|') && !text.includes('\t')) continue;
    const row = cells(text);
    const pair = row.length >= 2 && row.length <= 3 ? PAIR_LABEL.exec(row[0]!.trim()) : null;
    if (!pair || !row.slice(1).every(isValueCell)) continue;
    const [a, b] = [pair[1]!, pair[2]!];
    if (!((KYRGYZ_SIDE.test(a) && RUSSIAN_SIDE.test(b)) || (KYRGYZ_SIDE.test(b) && RUSSIAN_SIDE.test(a)))) continue;
    // Up through the other rows of pairs to the caption.
    let h = i - 1;
    while (h > 0 && i - h <= PAIR_ROWS && PAIR_LABEL.test(cells(lines[h]!.text)[0]!.trim())) h--;
    const caption = lines[h]!.text;
    if (!TRADE_CAPTION.test(caption) || !unitOf(caption)?.usd) continue;
    const periods = findPeriods(caption, year, month).filter((p) => p.kind === 'period' && p.period && !p.deadline);
    const own = periods.find((p) => !p.base)?.period ?? null;
    const base = periods.find((p) => p.base)?.period ?? null;
    const index = base !== null && INDEX_WORDS.test(caption);
    const period = own ?? (index ? shiftYear(base, 1) : null);
    if (!period) continue;
    const line = lines[i]!;
    const quote = { start: line.start + (line.text.length - line.text.trimStart().length), end: line.start + line.text.trimEnd().length, text: line.text.trim() };
    const value = cellValue(row[1]!, doc.language);
    if (value !== null) out.push({ metric: 'trade_turnover', value: value * unitOf(caption)!.factor, unit: 'USD', period, kind: 'actual', qualifier: null, quote });
    const growth = index && row.length === 3 ? growthOf(row[2]!, 'index', doc.language) : null;
    if (growth !== null) out.push({ metric: 'trade_turnover_growth_pct', value: growth, unit: '%', period, kind: 'actual', qualifier: null, quote });
  }
  return out;
}

/** One item of a list of partners told in one line: «China 1,734.5», «Россия – 748,9», «Казахстан: 311,8 (8,0%)». */
const INLINE_ITEM = rx(/^\s*(?<label>\p{L}[\p{L} .-]{0,38}?)\s*(?:[—–:]\s*|\s-\s*)?(?<value>\d[\d \u202F.,]*?)\s*(?:\(\s*[\d.,]+\s*%\s*\))?\s*\.?\s*$/u);
/** Russia named with a number soon after it, within one item of a list: what `mayListRussia` looks for after a colon. */
const RUSSIA_WITH_NUMBER = /(?:Росси|Russia|РФ)[^\n;]{0,30}?\d/u;

/**
 * A cheap test that a line of `text` may hold such a list naming Russia after a colon: the rest of each line after its
 * first colon is searched once (one regex from every colon, `/:[^\n]*…/`, ran to the line's end and back from each).
 */
function mayListRussia(text: string): boolean {
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let end = text.indexOf('\n', colon);
    if (end < 0) end = text.length;
    if (RUSSIA_WITH_NUMBER.test(text.slice(colon + 1, end))) return true;
    colon = end;
  }
  return false;
}

/**
 * Turnover from a list of partners told in one line after a heading with the unit and the period: «Main trading partners,
 * first half of 2038, in millions of US dollars: Turkey 96.3; Russian Federation 205.1; Germany 44.7». The item of Russia gives
 * one figure of the heading's period.
 */
export function inlinePartnerFigures(doc: ArticleDoc, year: number | null, month: number | null): FigureDraft[] {
  const t = doc.text;
  if (!(t.includes('artner') || t.includes('артн')) || !mayListRussia(t)) return [];
  const out: FigureDraft[] = [];
  for (const line of linesOf(doc.text)) {
    const colon = line.text.indexOf(':');
    if (colon < 0 || !mayListRussia(line.text)) continue;
    const heading = line.text.slice(0, colon);
    if (!LIST_HEADING.test(heading)) continue;
    const unit = unitOf(heading);
    if (!unit?.usd) continue;
    const period = findPeriods(heading, year, month).find((p) => p.kind === 'period' && p.period && !p.base && !p.deadline)?.period;
    if (!period) continue;
    let at = colon + 1;
    for (const item of line.text.slice(colon + 1).split(';')) {
      const from = at;
      at += item.length + 1;
      const m = INLINE_ITEM.exec(item);
      if (!m) continue;
      RUSSIA.lastIndex = 0;
      if (!RUSSIA.test(m.groups!.label!)) continue;
      const value = cellValue(m.groups!.value!, doc.language);
      if (value === null) continue;
      const lead = item.length - item.trimStart().length;
      const text = item.trim().replace(/\.$/u, '');
      const start = line.start + from + lead;
      out.push({ metric: 'trade_turnover', value: value * unit.factor, unit: 'USD', period, kind: 'actual', qualifier: null, quote: { start, end: start + text.length, text } });
    }
  }
  return out;
}
