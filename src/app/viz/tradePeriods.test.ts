import { describe, expect, it } from 'vitest';
import { dateMidpoint, parsePeriod } from './tradePeriods';

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('parsePeriod', () => {
  it.each([
    // period, asOf, kind, start, end (exclusive), partial
    ['2021', null, 'year', '2021-01-01', '2022-01-01', false],
    ['2023-H1', null, 'half', '2023-01-01', '2023-07-01', true],
    ['2023-H2', null, 'half', '2023-07-01', '2024-01-01', true],
    ['2021-Q1', null, 'quarter', '2021-01-01', '2021-04-01', true],
    ['2021-Q4', null, 'quarter', '2021-10-01', '2022-01-01', true],
    ['2024-7M', null, 'months', '2024-01-01', '2024-08-01', true],
    ['2024-12M', null, 'year', '2024-01-01', '2025-01-01', false],
    ['2025-03', null, 'month', '2025-03-01', '2025-04-01', true],
    ['2025-12', null, 'month', '2025-12-01', '2026-01-01', true],
    ['2012-YTD', '2012-10-03', 'ytd', '2012-01-01', '2012-10-01', true],
    ['2012-YTD', '2013-02', 'ytd', '2012-01-01', '2013-01-01', false],
  ] as const)('%s (as of %s) is a %s from %s to %s', (period, asOf, kind, start, end, partial) => {
    const p = parsePeriod(period, asOf)!;
    expect(p.kind).toBe(kind);
    expect(iso(p.start)).toBe(start);
    expect(iso(p.end)).toBe(end);
    expect(p.partial).toBe(partial);
  });

  it('guesses an open end for a YTD figure without a usable date', () => {
    const p = parsePeriod('2012-YTD', null)!;
    expect(p.openEnd).toBe(true);
    expect(iso(p.end)).toBe('2012-07-01');
  });

  it.each([['annual'], [null], ['2024-13M'], ['2024-0M'], ['24'], ['2024-H3'], ['2024-13'], ['2024-00'], ['2024-3']])('%s is not a span', (p) => {
    expect(parsePeriod(p)).toBeNull();
  });
});

describe('dateMidpoint', () => {
  it.each([
    ['2019', '2019-07-01'],
    ['2019-03', '2019-03-15'],
    ['2019-03-28', '2019-03-28'],
  ])('%s sits at %s', (d, at) => expect(iso(dateMidpoint(d)!)).toBe(at));
  it('is null for no date', () => expect(dateMidpoint(null)).toBeNull());
});
