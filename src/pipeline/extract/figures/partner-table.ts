/**
 * Turnover tables by partner country: a caption naming turnover and its unit («Товарооборот с
 * основными странами-партнерами, млн. долларов США», "Trade by partner, $ million"), a header row
 * of periods («январь–сентябрь 2011 | январь–сентябрь 2012 | в % к 2011», "2019  2020") and rows
 * labelled by country. The row of Russia gives one figure per period column; other columns
 * (an index «в % к 2011», a share) are skipped.
 */
import type { ArticleDoc, FigureDraft } from '../../types';
import lexicon from '../../knowledge/figures-lexicon.json';
import { RUSSIA, wordsSource } from './lexicon';
import { turnoverName } from './metric';
import { parseNumber } from './numbers';
import { cells, linesOf, mayHoldTable, rowPeriod, TABLE_GATE, unitOf, CELL_NUMBER, CAPTION_LINES } from './table';
import { rx } from '../regex';

/** A caption or header naming turnover. */
const TURNOVER_WORD = rx(wordsSource(lexicon.tables.turnoverColumn), 'iu');
/** A bare year as a column header: «2011», «2011 г.», "2011". */
const YEAR_CELL = /^((?:19|20)\d\d)\s*(?:г\.|года?|year)?$/u;
/** A cheap test for a word of Russia anywhere in the text. */
const RUSSIA_GATE = /Росси|Russia|РФ/u;
/** The longest label of a country row. */
const LABEL_LENGTH = 40;

/** The period a column header names (`2011-9M`, `2012-Q3`, `2019`), or null for any other column. */
export function columnPeriod(header: string): string | null {
  const h = header.trim();
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
    if (!above.some((l) => TURNOVER_WORD.test(l))) continue;
    const unit = [...above].reverse().map(unitOf).find((u) => u) ?? null;
    if (!unit?.usd) continue;
    const name = turnoverName(above.join('\n'));
    for (let r = h + 1; r < lines.length; r++) {
      const line = lines[r]!;
      const row = cells(line.text);
      if (row.length < 2 || CELL_NUMBER.test(row[0]!.trim()) || !row.slice(1).every((c) => CELL_NUMBER.test(c.trim()))) break;
      const label = row[0]!.trim();
      RUSSIA.lastIndex = 0;
      if (label.length > LABEL_LENGTH || !RUSSIA.test(label)) continue;
      // The values line up with the header from the right: the header may have no cell over the labels.
      for (let i = 1; i < row.length; i++) {
        const period = periods[periods.length - (row.length - i)];
        const value = period ? parseNumber(row[i]!.trim(), doc.language) : null;
        if (!period || value === null) continue;
        const start = line.start + (line.text.length - line.text.trimStart().length);
        out.push({
          metric: name,
          value: value * unit.factor,
          unit: 'USD',
          period,
          kind: 'actual',
          qualifier: null,
          quote: { start, end: line.start + line.text.trimEnd().length, text: line.text.trim() },
        });
      }
    }
  }
  return out;
}
