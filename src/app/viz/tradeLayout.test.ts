import { describe, expect, it } from 'vitest';
import { layoutTrade, yearExtent, type LayoutBarInput, type LayoutInput } from './tradeLayout';
import { parsePeriod } from './tradePeriods';

function bar(period: string, value: number, extra: Partial<LayoutBarInput> = {}): LayoutBarInput {
  const s = parsePeriod(period)!;
  return { id: period, start: s.start, end: s.end, partial: s.partial, kind: 'actual', value, min: value, max: value, label: `$${value / 1e9} bn`, shortLabel: `${value / 1e9}`, tag: s.partial ? 'P' : null, growth: [], ...extra };
}

function input(bars: LayoutBarInput[], extra: Partial<LayoutInput> = {}): LayoutInput {
  return { bars, targets: [], markers: [], looseGrowth: [], width: 800, height: 400, fontSize: 14, yTick: (v) => `${v / 1e9}`, ...extra };
}

describe('yearExtent', () => {
  it.each([
    ['the data when no filter', { from: null, to: null }, [2015, 2024]],
    ['the filter range when set', { from: 2010, to: 2030 }, [2010, 2030]],
    ['one open end', { from: 2018, to: null }, [2018, 2024]],
  ] as const)('%s', (_, years, expected) => {
    expect(yearExtent({ bars: [bar('2015', 1e9), bar('2024-7M', 2e9)], markers: [], looseGrowth: [], years })).toEqual(expected);
  });
  it('falls back to 2015–2025 with nothing to show', () => expect(yearExtent({ bars: [], markers: [], looseGrowth: [] })).toEqual([2015, 2025]));
});

describe('layoutTrade', () => {
  const L = layoutTrade(
    input([bar('2021', 2e9), bar('2022', 3e9, { min: 2.8e9, max: 3.1e9 }), bar('2022-H1', 1.2e9), bar('2024-7M', 2.1e9)], {
      targets: [{ value: 5e9, label: 'Target' }],
      markers: [{ id: 'm1', at: new Date(Date.UTC(2022, 8, 15)) }],
    }),
  );
  const g = (id: string) => L.bars.find((b) => b.id === id)!;
  const year = (y: number) => [L.x(new Date(Date.UTC(y, 0, 1))), L.x(new Date(Date.UTC(y + 1, 0, 1)))] as const;

  it('gives the value axis room for the target and starts at zero', () => {
    expect(L.y.domain()[0]).toBe(0);
    expect(L.y.domain()[1]).toBeGreaterThanOrEqual(5e9);
    expect(L.targets[0]!.y).toBeCloseTo(L.y(5e9));
  });

  it('draws a full year inside its year', () => {
    const [a, b] = year(2021);
    expect(g('2021').x).toBeGreaterThan(a);
    expect(g('2021').x + g('2021').width).toBeLessThan(b);
    expect(g('2021').width).toBeGreaterThan((b - a) * 0.6);
  });

  it.each([
    ['2022-H1', 2022, 0.5],
    ['2024-7M', 2024, 7 / 12],
  ])('never draws %s as a full year: it covers only its months', (id, y, share) => {
    const [a, b] = year(y);
    const bar = g(id);
    expect(bar.partial).toBe(true);
    expect(bar.x).toBeGreaterThanOrEqual(a);
    expect(bar.x + bar.width).toBeLessThanOrEqual(a + (b - a) * share + 0.01);
  });

  it('draws the range where sources disagree, from max down to min', () => {
    expect(g('2022').range).toEqual({ y1: L.y(3.1e9), y2: L.y(2.8e9) });
    expect(g('2021').range).toBeNull();
  });

  it('puts milestones on the same time axis, below the plot', () => {
    expect(L.markers[0]!.cx).toBeCloseTo(L.x(new Date(Date.UTC(2022, 8, 15))));
    expect(L.markers[0]!.cy).toBeGreaterThan(L.plot.bottom);
    expect(L.axisY).toBeGreaterThan(L.markers[0]!.cy);
  });

  it('labels every year when there is room', () => {
    expect(L.xTicks.filter((t) => t.label).map((t) => t.label)).toEqual(['2021', '2022', '2023', '2024']);
  });

  it('shares a year between an actual value and a forecast, side by side', () => {
    const two = layoutTrade(input([bar('2025', 3.9e9), bar('2025', 3.5e9, { id: 'f', kind: 'forecast' })]));
    const [a, b] = [two.bars[0]!, two.bars[1]!];
    expect(a.x + a.width).toBeLessThanOrEqual(b.x + 0.01);
  });

  it('keeps every value label apart at phone width', () => {
    const bars = Array.from({ length: 11 }, (_, i) => bar(String(2015 + i), (1 + i * 0.25) * 1e9));
    const small = layoutTrade(input(bars, { width: 320, height: 300, fontSize: 12 }));
    const boxes = small.valueLabels.map((t) => ({ x0: t.x - 12, x1: t.x + 12, y: t.y }));
    for (const a of boxes) for (const b of boxes) if (a !== b && Math.abs(a.y - b.y) < 1) expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true);
    // Narrow years print the numbers only; the axis carries the unit.
    expect(small.valueLabels.every((t) => !t.text.includes('$'))).toBe(true);
    expect(small.xTicks.filter((t) => t.label).length).toBeLessThan(11);
  });
});

describe('layoutTrade with many sources', () => {
  const L = layoutTrade(
    input([bar('2022', 3e9, { min: 1e9, max: 4e9, dots: [1e9, 1e9 + 1, 2e9, 3e9, 4e9], count: 'n=500' }), bar('2022-H1', 1.2e9, { min: 1e9, max: 1.4e9, dots: [1e9, 1.4e9] })], {
      markers: Array.from({ length: 1000 }, (_, i) => ({ id: `m${i}`, at: new Date(Date.UTC(2022, i % 12, 1)) })),
    }),
  );
  it('gives a full year its dots, one per distinct pixel, and its source count', () => {
    expect(L.bars[0]!.dots).toHaveLength(4);
    expect(L.bars[0]!.count?.text).toBe('n=500');
  });
  it('draws no dots on a part of a year', () => expect(L.bars[1]!.dots).toEqual([]));
  it('turns a thousand milestones into a strip of bins, and still finds each one', () => {
    expect(L.markers).toEqual([]);
    expect(L.markerBins.reduce((s, b) => s + b.count, 0)).toBe(1000);
    expect(L.markerBins.length).toBeLessThanOrEqual(12);
    expect(L.markerStrip).not.toBeNull();
    expect(L.markerAt('m5')!.cx).toBeCloseTo(L.x(new Date(Date.UTC(2022, 5, 1))));
    expect(L.markerAt('nope')).toBeNull();
  });
});
