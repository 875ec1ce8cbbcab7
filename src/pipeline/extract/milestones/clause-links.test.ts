import { describe, expect, it } from 'vitest';
import { lastWithin, within } from './clause-links';

const spans = [
  { start: 0, end: 5 },
  { start: 6, end: 12 },
  { start: 10, end: 20 },
  { start: 21, end: 30 },
];

describe('the spans inside a stretch, and the last of them', () => {
  it.each([
    ['all of them', 0, 30, [0, 1, 2, 3], 3],
    ['one ending at the stretch end', 6, 12, [1], 1],
    ['none crossing an edge', 7, 25, [2], 2],
    ['two in order', 0, 12, [0, 1], 1],
    ['none', 13, 21, [], null],
    ['an empty stretch', 5, 5, [], null],
  ])('%s', (_name, start, end, want, last) => {
    expect(within(spans, start, end)).toEqual(want.map((i) => spans[i]));
    expect(lastWithin(spans, start, end)).toBe(last === null ? null : spans[last]);
  });
});
