import { describe, expect, it } from 'vitest';
import type { DatasetFile as Dataset } from '../../schema/dataset';
import { milestoneForFigure, selectTradeModel } from './figureSelectors';
import fixture from '../../../e2e/fixtures/trade.json';

const data = fixture as unknown as Dataset;
const all = { from: null, to: null, leaders: [] };

describe('selectTradeModel on the trade fixture', () => {
  const m = selectTradeModel(data, all);
  const bar = (id: string) => m.bars.find((b) => b.id === id);

  it('makes one bar per period and kind, in time order', () => {
    expect(m.bars.map((b) => b.id)).toEqual([
      '2015|actual',
      '2016|actual',
      '2018|actual',
      '2019|actual',
      '2021|actual',
      '2022-H1|actual',
      '2022|actual',
      '2023|actual',
      '2024-7M|actual',
      '2024|actual',
      '2025|derived',
      '2025|forecast',
    ]);
  });

  it.each([
    ['2019|actual', 1.9e9, 1.8e9, 2e9, 2],
    ['2022|actual', 2.95e9, 2.8e9, 3.1e9, 2],
  ])('%s: sources disagree, median %d, range %d–%d, every source kept', (id, value, min, max, n) => {
    const b = bar(id)!;
    expect([b.disagreement, b.value, b.min, b.max, b.sources.length]).toEqual([true, value, min, max, n]);
    expect(b.sources.every((s) => s.article !== null)).toBe(true);
  });

  it('keeps partial periods apart from their years', () => {
    expect(bar('2022-H1|actual')!.span.partial).toBe(true);
    expect(bar('2022|actual')!.span.partial).toBe(false);
  });

  it('keeps the qualifier and the derived kind (how it was derived is in the article file)', () => {
    expect(bar('2023|actual')!.qualifier).toBe('approaching');
    expect(bar('2025|derived')!.sources[0]!.figure.kind).toBe('derived');
  });

  it('turns the annual target into one line with both sources', () => {
    expect(m.targets).toHaveLength(1);
    expect(m.targets[0]!.value).toBe(5e9);
    expect(m.targets[0]!.span).toBeNull();
    expect(m.targets[0]!.sources).toHaveLength(2);
  });

  it('attaches growth to the bar of its period', () => {
    expect(bar('2018|actual')!.growth.map((g) => g.value)).toEqual([12]);
    expect(bar('2024-7M|actual')!.growth.map((g) => g.value)).toEqual([12]);
    expect(m.looseGrowth).toEqual([]);
  });

  it('names the outlets and the latest date for the source line', () => {
    expect(m.articleCount).toBe(8);
    expect(m.outlets).toContain('TASS');
    expect(m.latestDate).toBe('2025-11-26');
  });
});

describe('filters', () => {
  it.each([
    ['a year range', { from: 2019, to: 2022, leaders: [] }, ['2019|actual', '2021|actual', '2022-H1|actual', '2022|actual']],
    ['a leader: only figures from articles featuring him', { from: null, to: null, leaders: ['japarov'] }, ['2021|actual', '2022-H1|actual', '2022|actual']],
    ['a leader with no figures', { from: null, to: null, leaders: ['jeenbekov'] }, ['2018|actual']],
    ['a range with nothing in it', { from: 2010, to: 2012, leaders: [] }, []],
  ])('%s', (_, f, ids) => expect(selectTradeModel(data, f).bars.map((b) => b.id)).toEqual(ids));

  it('keeps the annual target whatever the years, but not for a leader whose articles do not state it', () => {
    expect(selectTradeModel(data, { from: 2019, to: 2020, leaders: [] }).targets).toHaveLength(1);
    expect(selectTradeModel(data, { from: null, to: null, leaders: ['japarov'] }).targets).toHaveLength(0);
  });

  it('filters the milestones the same way as the timeline', () => {
    expect(selectTradeModel(data, { from: 2024, to: null, leaders: [] }).milestones.map((m) => m.id)).toEqual(['m-2024-igc', 'm-2025-visit', 'm-2025-declaration']);
  });
});

describe('milestoneForFigure', () => {
  it.each([
    ['trade-2019-tass-visit', new Date(Date.UTC(2018, 0, 1)), 'm-2019-visit'],
    ['trade-2017-kabar-meeting', new Date(Date.UTC(2017, 11, 1)), 'm-2017-anniversary'],
    ['trade-2017-kabar-meeting', new Date(Date.UTC(2017, 0, 1)), 'm-2017-meeting'],
    ['trade-2017-kabar-meeting', null, 'm-2017-meeting'],
    ['no-such-article', null, null],
  ])('%s near %s → %s', (article, near, id) => expect(milestoneForFigure(data.milestones, article, near)).toBe(id));
});
