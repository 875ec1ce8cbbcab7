/**
 * The frame around the chart for the embed, exports and presentation: title, subtitle (the active
 * filters), legend, the plot, and a source line with the date. Pure: sizes in, positions out.
 */
import { textWidth, wrapText } from './tradeText';

/** A legend entry; the swatch is drawn by the renderer from `key`. */
export interface LegendItem {
  key: string;
  label: string;
}

export interface FigureFrameInput {
  width: number;
  height: number;
  fontSize: number;
  title: string | null;
  subtitle: string | null;
  legend: LegendItem[];
  source: string;
}

export interface FigureFrame {
  pad: number;
  title: { lines: string[]; y: number; size: number } | null;
  subtitle: { lines: string[]; y: number; size: number } | null;
  legend: { items: (LegendItem & { x: number; y: number })[]; size: number; swatch: number };
  chart: { x: number; y: number; width: number; height: number };
  source: { lines: string[]; y: number; size: number };
}

const SWATCH_GAP = 6;
const ITEM_GAP = 16;

/** Places legend items in rows that fit `maxWidth`. */
export function layoutLegend(items: readonly LegendItem[], maxWidth: number, size: number, swatch: number): (LegendItem & { x: number; row: number })[] {
  let x = 0;
  let row = 0;
  return items.map((it) => {
    const w = swatch + SWATCH_GAP + textWidth(it.label, size);
    if (x > 0 && x + w > maxWidth) {
      x = 0;
      row++;
    }
    const placed = { ...it, x, row };
    x += w + ITEM_GAP;
    return placed;
  });
}

/** Lays out the frame; the chart gets what is left, at least a third of the height. */
export function layoutFigureFrame(f: FigureFrameInput): FigureFrame {
  const pad = Math.round(Math.min(32, Math.max(8, f.width * 0.03)));
  const inner = f.width - 2 * pad;
  const fs = f.fontSize;
  let y = pad;
  let title: FigureFrame['title'] = null;
  if (f.title) {
    const size = Math.round(fs * 1.4);
    const lines = wrapText(f.title, inner, size, true).slice(0, 3);
    title = { lines, y: y + size, size };
    y += lines.length * size * 1.2;
  }
  let subtitle: FigureFrame['subtitle'] = null;
  if (f.subtitle) {
    const size = Math.round(fs * 0.95);
    const lines = wrapText(f.subtitle, inner, size).slice(0, 3);
    subtitle = { lines, y: y + size + 2, size };
    y += lines.length * size * 1.3 + 4;
  }
  const lsize = Math.round(fs * 0.85);
  const swatch = Math.round(lsize * 1.1);
  const rows = layoutLegend(f.legend, inner, lsize, swatch);
  const rowH = lsize * 1.6;
  const legendTop = y + (f.title || f.subtitle ? 8 : 0);
  const legend = { items: rows.map((r) => ({ key: r.key, label: r.label, x: pad + r.x, y: legendTop + r.row * rowH + lsize })), size: lsize, swatch };
  const nRows = rows.length ? Math.max(...rows.map((r) => r.row)) + 1 : 0;
  y = legendTop + nRows * rowH + 6;
  const ssize = Math.round(fs * 0.78);
  const sourceLines = wrapText(f.source, inner, ssize).slice(0, 4);
  const sourceH = sourceLines.length * ssize * 1.35 + 4;
  const chartH = Math.max(f.height * 0.34, f.height - y - sourceH - Math.round(pad / 2));
  const chart = { x: pad, y, width: inner, height: chartH };
  return { pad, title, subtitle, legend, chart, source: { lines: sourceLines, y: y + chartH + ssize + 4, size: ssize } };
}
