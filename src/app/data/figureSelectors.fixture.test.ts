/**
 * The trade chart's frozen fixture (e2e/fixtures/trade.json): valid per the dataset schema, every
 * quote exactly at its offsets, and holding the cases the chart must draw honestly.
 */
import { describe, expect, it } from 'vitest';
import { joinDataset } from '../../schema/split';
import { readFixture } from './fixture-files';

// The main file and the article files (each pack read once), each valid per its schema, joined into the whole dataset.
const { main, texts } = readFixture('trade.json');
const data = joinDataset(main, [...texts.values()]);

describe('trade fixture', () => {
  it('keeps the evidence of every milestone and figure in its article file', () => {
    const found = new Set([...texts.values()].flatMap((t) => [...t.milestones, ...t.figures].map((e) => `${t.id} ${e.id}`)));
    for (const x of [...main.milestones, ...main.figures]) expect(found.has(`${x.articleId} ${x.id}`), x.id).toBe(true);
  });

  it.each([...data.figures.map((f) => [`figure ${f.id}`, f] as const), ...data.milestones.map((m) => [`milestone ${m.id}`, m] as const)])(
    '%s quotes its article exactly',
    (_, e) => expect(texts.get(e.articleId)!.text.slice(e.offsets.start, e.offsets.end)).toBe(e.quote),
  );

  it('mentions point at the names they mention', () => {
    for (const p of data.people) for (const m of p.mentions) expect(texts.get(m.articleId)!.text.slice(m.offsets.start, m.offsets.end)).toMatch(/^\p{Lu}/u);
  });

  it('has every case the chart draws', () => {
    const periods = new Set(data.figures.map((f) => f.period));
    for (const p of ['2015', '2025', '2022-H1', '2024-7M', 'annual']) expect(periods.has(p)).toBe(true);
    expect(data.figures.some((f) => f.kind === 'target' && f.value === 5e9 && f.period === 'annual')).toBe(true);
    expect(data.figures.some((f) => f.kind === 'derived' && f.note && f.derivedFrom.length > 0)).toBe(true);
    expect(data.series.some((s) => s.disagreement && s.figureIds.length === 2)).toBe(true);
    expect(data.figures.some((f) => f.metric === 'trade_turnover_growth_pct')).toBe(true);
    expect(data.milestones.length).toBeGreaterThanOrEqual(10);
    expect(data.people.length).toBeGreaterThanOrEqual(3);
  });
});
