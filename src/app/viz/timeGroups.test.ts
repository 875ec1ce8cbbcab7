import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupSpans, slotRuns } from './timeGroups';

const D = 1;
const M = 30;
const Y = 365;

describe('groupSpans', () => {
  it.each<[string, [number, number, number][], number[][]]>([
    ['days of one kind are one group', [[0, D, 0], [1, D, 0], [1, D, 0], [5, D, 0]], [[0, 1, 2, 3]]],
    ['a year, a month and a day of one kind: three groups', [[0, Y, 0], [0, M, 0], [0, D, 0], [3, D, 0], [M, M, 0], [Y, Y, 0]], [[0, 5], [1, 4], [2, 3]]],
    ['kinds never share a group', [[0, D, 0], [1, D, 1], [2, D, 0]], [[0, 2], [1]]],
    ['a span ending before the one before it starts a group', [[0, 10, 0], [1, 2, 0], [3, 20, 0]], [[0, 2], [1]]],
  ])('%s', (_name, items, want) => {
    const g = groupSpans(
      items.map(([t]) => t),
      items.map(([t, w]) => t + w),
      items.map(([, , k]) => k),
    );
    expect(g.members.map((m) => [...m])).toEqual(want);
    for (let i = 0; i < want.length; i++) expect(g.kind[i]).toBe(items[want[i]![0]!]![2]);
  });

  it('spans nested ever deeper: a group each, still in order', () => {
    // Each span starts later and ends earlier than the one before.
    const t0 = Array.from({ length: 50 }, (_, i) => i);
    const g = groupSpans(t0, t0.map((t) => 1000 - t), null);
    expect(g.members.map((m) => [...m])).toEqual(t0.map((i) => [i]));
  });
});

describe('slotRuns', () => {
  /** Items in index order (start ascending, the longer first) with a few widths or any width. */
  const items = (widths: fc.Arbitrary<number>) =>
    fc
      .array(fc.record({ t: fc.integer({ min: 0, max: 3000 }), w: widths, k: fc.integer({ min: 0, max: 2 }) }), { maxLength: 300 })
      .map((xs) => xs.sort((p, q) => p.t - q.t || q.w - p.w));

  it.each([
    ['day, month and year spans (three groups per kind)', fc.constantFrom(D, D, M, 31, Y)],
    ['spans of any width (many groups)', fc.integer({ min: 0, max: 400 })],
  ])('%s: the runs hold exactly the items of each slot, in slot order', (_name, widths) => {
    fc.assert(
      fc.property(items(widths), fc.nat(), fc.nat(), fc.double({ min: 0.01, max: 2, noNaN: true }), fc.integer({ min: 5, max: 60 }), (xs, ra, rb, ppu, gap) => {
        const t0 = xs.map((x) => x.t);
        const t1 = xs.map((x) => x.t + x.w);
        const n = xs.length;
        const a = ra % (n + 1);
        const b = a + (rb % (n - a + 1));
        const slotOf = (i: number) => Math.floor((t0[i]! * ppu + t1[i]! * ppu) / 2 / gap);
        const groups = groupSpans(t0, t1, xs.map((x) => x.k));
        const runs = slotRuns(groups, a, b, slotOf);
        const got = new Map<number, number[]>();
        for (const r of runs) {
          const m = groups.members[r.group]!;
          for (let j = r.from; j < r.to; j++) {
            expect(slotOf(m[j]!)).toBe(r.slot);
            expect(xs[m[j]!]!.k).toBe(groups.kind[r.group]);
            got.set(r.slot, [...(got.get(r.slot) ?? []), m[j]!]);
          }
        }
        const want = new Map<number, number[]>();
        for (let i = a; i < b; i++) want.set(slotOf(i), [...(want.get(slotOf(i)) ?? []), i]);
        expect(new Map([...got].map(([s, is]) => [s, is.sort((p, q) => p - q)]))).toEqual(want);
        for (let i = 1; i < runs.length; i++) expect(runs[i]!.slot).toBeGreaterThanOrEqual(runs[i - 1]!.slot);
      }),
      { numRuns: 300 },
    );
  });
});
