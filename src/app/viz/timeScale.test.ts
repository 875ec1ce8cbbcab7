import { describe, expect, it } from 'vitest';
import { chooseTicks, clampTransform, dateSpan, fitDomain, fitDomainMs, spanMs, tickUnit, timeScale, transformToFit, viewScale } from './timeScale';

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('dateSpan', () => {
  it.each([
    ['2021', '2021-01-01', '2022-01-01'],
    ['2021-02', '2021-02-01', '2021-03-01'],
    ['2021-12', '2021-12-01', '2022-01-01'],
    ['2024-02-29', '2024-02-29', '2024-03-01'],
    ['1992-10-14', '1992-10-14', '1992-10-15'],
  ])('%s → [%s, %s)', (date, start, end) => {
    const s = dateSpan(date)!;
    expect([iso(s.start), iso(s.end)]).toEqual([start, end]);
  });
  it.each([[null], [''], ['21'], ['2021-2'], ['abcd']])('%s → null', (date) => expect(dateSpan(date)).toBeNull());
});

describe('fitDomain', () => {
  it('covers every span with padding', () => {
    const [a, b] = fitDomain([dateSpan('1992-10-14')!, dateSpan('2025')!]);
    expect(+a).toBeLessThan(+new Date('1992-10-14'));
    expect(+b).toBeGreaterThan(+new Date('2026-01-01'));
  });
  it('has a default for no data', () => expect(fitDomain([])[0].getUTCFullYear()).toBe(2000));
});

describe('viewScale and transforms', () => {
  const domain: [Date, Date] = [new Date('2000-01-01'), new Date('2020-01-01')];
  it('identity maps the domain to the range', () => {
    const s = viewScale(domain, 0, 1000);
    expect(s(domain[0])).toBe(0);
    expect(s(domain[1])).toBe(1000);
  });
  it('zoom ×2 around the middle shows the middle half', () => {
    const s = viewScale(domain, 0, 1000, { k: 2, x: -500 });
    const DAY = 86_400_000;
    expect(Math.abs(+s.domain()[0]! - +new Date('2005-01-01'))).toBeLessThan(2 * DAY);
    expect(Math.abs(+s.domain()[1]! - +new Date('2015-01-01'))).toBeLessThan(2 * DAY);
  });
  it('fits a span to 90% of the width', () => {
    const t = transformToFit(domain, 0, 1000, dateSpan('2010')!);
    const s = viewScale(domain, 0, 1000, t);
    expect(s(new Date('2010-01-01'))).toBeCloseTo(50, 0);
    expect(s(new Date('2011-01-01'))).toBeCloseTo(950, 0);
  });
  it.each([
    [{ k: 0.5, x: 0 }, { k: 1, x: 0 }],
    [{ k: 2, x: 100 }, { k: 2, x: 0 }],
    [{ k: 2, x: -5000 }, { k: 2, x: -1000 }],
    [{ k: 99, x: 0 }, { k: 50, x: 0 }],
  ])('clamps %o to %o', (t, want) => expect(clampTransform(t, 0, 1000, 50)).toEqual(want));
});

describe('ticks', () => {
  it.each([
    [1, { unit: 'year', step: 50 }],
    [3.5, { unit: 'year', step: 10 }],
    [7, { unit: 'year', step: 5 }],
    [20, { unit: 'year', step: 2 }],
    [40, { unit: 'year', step: 1 }],
    [200, { unit: 'quarter', step: 1 }],
    [800, { unit: 'month', step: 1 }],
  ] as const)('%d px per year → %o', (px, unit) => expect(tickUnit(px)).toEqual(unit));

  it('34 years in 120 px → decade ticks', () => {
    const s = viewScale([new Date('1992-01-01'), new Date('2026-01-01')], 0, 120);
    expect(chooseTicks(s).map((t) => t.label)).toEqual(['2000', '2010', '2020']);
  });
  it('10 years in 1000 px → yearly ticks', () => {
    const s = viewScale([new Date('2015-01-01'), new Date('2025-01-01')], 0, 1000);
    const ticks = chooseTicks(s);
    expect(ticks).toHaveLength(11);
    expect(ticks.every((t) => t.major)).toBe(true);
  });
  it('one year in 1000 px → months, labelled in the language', () => {
    const s = viewScale([new Date('2021-01-01'), new Date('2022-01-01')], 0, 1000);
    const ticks = chooseTicks(s, 'ru');
    expect(ticks.map((t) => t.label)).toEqual(['2021', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек', '2022']);
  });
});

describe('spanMs and fitDomainMs', () => {
  it.each([
    ['2015-03-04', Date.UTC(2015, 2, 4), Date.UTC(2015, 2, 5)],
    ['2015-03', Date.UTC(2015, 2, 1), Date.UTC(2015, 3, 1)],
    ['2015', Date.UTC(2015, 0, 1), Date.UTC(2016, 0, 1)],
  ])('%s', (date, t0, t1) => {
    expect(spanMs(date)).toEqual({ t0, t1 });
    expect(spanMs(date)).toBe(spanMs(date));
  });
  it.each([[null], ['soon'], ['']])('%j is undated', (d) => expect(spanMs(d)).toBeNull());
  it('fits like fitDomain', () => {
    const dates = ['2001', '2010-05-06', '2004-02'];
    expect(fitDomainMs(dates.map((d) => spanMs(d)!))).toEqual(fitDomain(dates.map((d) => dateSpan(d)!)));
    expect(fitDomainMs([])).toEqual(fitDomain([]));
  });
});

describe('timeScale', () => {
  const s = timeScale([new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2001, 0, 1))], [100, 466]);
  it.each([
    [Date.UTC(2000, 0, 1), 100],
    [Date.UTC(2001, 0, 1), 466],
    [Date.UTC(2000, 0, 2), 101],
    [Date.UTC(1999, 11, 31), 99],
  ])('maps %d to %d', (t, x) => {
    expect(s(t)).toBeCloseTo(x, 9);
    expect(+s.invert(x)).toBeCloseTo(t, 0);
  });
  it('reports its domain and range', () => {
    expect(s.domain().map((d) => d.toISOString().slice(0, 10))).toEqual(['2000-01-01', '2001-01-01']);
    expect(s.range()).toEqual([100, 466]);
  });
});
