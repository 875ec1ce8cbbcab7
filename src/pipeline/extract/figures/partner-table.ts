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

/** A caption or header naming turnover. */
const TURNOVER_WORD = rx(wordsSource(lexicon.tables.turnoverColumn), 'iu');
/** A bare year as a column header: «2011», «2011 г.», "2011". */
const YEAR_CELL = /^((?:19|20)\d\d)\s*(?:г\.|года?|year)?$/u;
/** A cheap test for a word of Russia anywhere in the text. */
const RUSSIA_GATE = /Росси|Russia|РФ/u;
/** A row label of turnover, the whole label («Товарооборот», "Trade turnover"). */
const TURNOVER_LABEL = rx(`^${wordsSource(lexicon.tables.turnoverColumn)}$`, 'iu');
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
      const ofRussia = turnoverAbove && RUSSIA.test(label);
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
          if (growth !== null) out.push({ metric: growthName(name), value: growth, unit: '%', period: latest, kind: 'actual', qualifier: null, quote });
          continue;
        }
        const value = period ? cellValue(row[i]!, doc.language) : null;
        if (!period || value === null) continue;
        out.push({
          metric: name,
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
