import { describe, expect, it } from 'vitest';
import { layoutFigureFrame, layoutLegend } from './tradeFigureLayout';
import { textWidth, wrapText } from './tradeText';

describe('text measurement', () => {
  it('grows with the text and the size', () => {
    expect(textWidth('$2.5 bn', 14)).toBeGreaterThan(textWidth('$2 bn', 14));
    expect(textWidth('2021', 20)).toBeCloseTo(textWidth('2021', 10) * 2);
  });
  it.each([
    ['fits on one line', 'Trade turnover', 400, 1],
    ['wraps', 'Kyrgyzstan–Russia trade turnover, 2015–2025', 180, 3],
  ])('%s', (_, text, width, lines) => expect(wrapText(text, width, 16).length).toBe(lines));
});

describe('legend and frame', () => {
  const items = ['Calendar year', 'Part of a year', 'Derived estimate', 'Forecast', 'Target', 'Milestones'].map((label, i) => ({ key: String(i), label }));
  it.each([
    [1200, 1],
    [300, 3],
  ])('at %dpx the legend takes %d rows', (w, rows) => {
    const placed = layoutLegend(items, w, 12, 13);
    expect(Math.max(...placed.map((p) => p.row)) + 1).toBeGreaterThanOrEqual(rows);
    for (const p of placed) expect(p.x + 13 + 6 + textWidth(p.label, 12)).toBeLessThanOrEqual(Math.max(w, 13 + 6 + textWidth(p.label, 12)));
  });

  it('stacks title, subtitle, legend, chart and source top to bottom inside the box', () => {
    const f = layoutFigureFrame({ width: 960, height: 540, fontSize: 16, title: 'Title', subtitle: 'All years', legend: items, source: 'Source: x' });
    expect(f.title!.y).toBeLessThan(f.subtitle!.y);
    expect(f.subtitle!.y).toBeLessThan(f.legend.items[0]!.y);
    expect(f.legend.items[0]!.y).toBeLessThan(f.chart.y);
    expect(f.chart.y + f.chart.height).toBeLessThan(f.source.y);
    expect(f.source.y).toBeLessThanOrEqual(540);
  });

  it('leaves out the title when not asked for', () => {
    const f = layoutFigureFrame({ width: 600, height: 400, fontSize: 14, title: null, subtitle: null, legend: [], source: 's' });
    expect(f.title).toBeNull();
    expect(f.chart.y).toBeLessThanOrEqual(f.pad + 6);
  });
});
