import { describe, expect, it } from 'vitest';
import { binPositions, binsPath, dedupePositions, dotsPath, rangesPath, spreadValues } from './tradeDensity';

describe('spreadValues', () => {
  it.each([
    ['keeps every value when there are few, sorted', [3, 1, 2], 12, [1, 2, 3]],
    ['keeps the ends and spreads the rest', [...Array(101).keys()], 5, [0, 25, 50, 75, 100]],
    ['nothing from nothing', [], 12, []],
  ] as const)('%s', (_, values, max, expected) => expect(spreadValues(values, max)).toEqual(expected));
  it('never gives more than the cap', () => expect(spreadValues(Array.from({ length: 5000 }, (_, i) => i % 97))).toHaveLength(12));
});

describe('dedupePositions', () => {
  it.each([
    [[10, 10.5, 11, 20], 3, [10, 20]],
    [[30, 10, 20], 3, [10, 20, 30]],
  ])('%j with gap %d → %j', (ys, gap, expected) => expect(dedupePositions(ys, gap)).toEqual(expected));
});

describe('paths: many marks, one node', () => {
  it('draws each dot as two arcs', () => expect(dotsPath([{ x: 10, y: 20 }], 2)).toBe('M8,20a2,2 0 1,0 4,0a2,2 0 1,0 -4,0'));
  it('draws a range as a line with two caps', () => expect(rangesPath([{ x: 10, y1: 5, y2: 50 }], 4)).toBe('M10,5V50M6,5h8M6,50h8'));
});

describe('binPositions and binsPath', () => {
  const bins = binPositions([0, 1, 3.9, 4, 12, 12.5, 100], 0, 4);
  it('counts positions per bin and leaves empty bins out', () =>
    expect(bins).toEqual([
      { x0: 0, x1: 4, count: 3 },
      { x0: 4, x1: 8, count: 1 },
      { x0: 12, x1: 16, count: 2 },
      { x0: 100, x1: 104, count: 1 },
    ]));
  it('scales the fullest bin to the strip height', () => expect(binsPath([{ x0: 0, x1: 4, count: 9 }], 50, 10, 0)).toBe('M0,50V40H4V50Z'));
  it('keeps a lone milestone visible beside a crowded bin', () => expect(binsPath([{ x0: 0, x1: 4, count: 10000 }, { x0: 4, x1: 8, count: 1 }], 50, 10, 0)).toContain('M4,50V48.5H8V50Z'));
  it('is empty without milestones', () => expect(binsPath([], 50, 10)).toBe(''));
});
