import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutTimeline, type LayoutItem } from './timeLayout';

const day = (id: string, x: number, label = id, priority = false): LayoutItem => ({ id, x0: x - 0.5, x1: x + 0.5, label, priority });

describe('layoutTimeline', () => {
  it.each<[string, LayoutItem[], number, { lanes: Record<string, number>; clusters: string[][] }]>([
    ['spread markers share lane 0', [day('a', 10), day('b', 100), day('c', 200)], 3, { lanes: { a: 0, b: 0, c: 0 }, clusters: [] }],
    ['close markers stack', [day('a', 10), day('b', 12), day('c', 14)], 3, { lanes: { a: 0, b: 1, c: 2 }, clusters: [] }],
    ['too many close markers overflow into a badge', [day('a', 10), day('b', 12), day('c', 14), day('d', 15)], 2, { lanes: { a: 0, b: 1 }, clusters: [['c', 'd']] }],
    ['distant overflow makes two badges', [day('a', 10), day('b', 10), day('c', 300), day('d', 300)], 1, { lanes: { a: 0, c: 0 }, clusters: [['b'], ['d']] }],
    ['a wide span blocks its lane', [{ id: 'y', x0: 0, x1: 400, label: 'year' }, day('d', 200)], 2, { lanes: { y: 0, d: 1 }, clusters: [] }],
    ['a priority item is never clustered', [day('a', 10), day('b', 11), day('c', 12, 'c', true)], 1, { lanes: { c: 0 }, clusters: [['a', 'b']] }],
    ['items off screen are culled', [day('a', -50), day('b', 50), day('c', 900)], 1, { lanes: { b: 0 }, clusters: [] }],
    ['no lanes: all clustered', [day('a', 10), day('b', 100)], 0, { lanes: {}, clusters: [['a'], ['b']] }],
  ])('%s', (_name, items, lanes, want) => {
    const l = layoutTimeline(items, { width: 500, lanes });
    expect(Object.fromEntries(l.marks.map((m) => [m.id, m.lane]))).toEqual(want.lanes);
    expect(l.clusters.map((c) => c.ids)).toEqual(want.clusters);
  });

  it.each([
    ['fits', [day('a', 10, 'Short'), day('b', 200)], 'Short'],
    ['shortened', [day('a', 10, 'A rather long label that does not fit'), day('b', 120)], 'A rather lon…'],
    ['dropped when cramped', [day('a', 10, 'Label'), day('b', 40)], null],
    ['clipped at the right edge', [day('a', 480, 'Label')], null],
  ] as const)('label %s', (_name, items, label) => {
    const l = layoutTimeline(items, { width: 500, lanes: 1 });
    expect(l.marks.find((m) => m.id === 'a')!.label).toBe(label);
  });

  it('never overlaps markers or labels in a lane, and keeps every visible item', () => {
    const item = fc.record({ x: fc.integer({ min: 0, max: 500 }), w: fc.integer({ min: 0, max: 80 }), n: fc.integer({ min: 1, max: 30 }), p: fc.boolean() });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.integer({ min: 0, max: 5 }), (raw, lanes) => {
        const items = raw.map((r, i) => ({ id: `m${i}`, x0: r.x, x1: r.x + r.w, label: 'x'.repeat(r.n), priority: r.p && i % 7 === 0 }));
        const l = layoutTimeline(items, { width: 500, lanes });
        expect(l.marks.length + l.clusters.reduce((s, c) => s + c.ids.length, 0)).toBe(items.length);
        for (let lane = 0; lane < lanes; lane++) {
          const boxes = l.marks
            .filter((m) => m.lane === lane)
            .map((m) => [Math.min(m.x0, m.cx - 6), m.label ? m.labelX + m.label.length * 6.8 : Math.max(m.x1, m.cx + 6)] as const)
            .sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]).toBeGreaterThanOrEqual(boxes[i - 1]![1] - 1e-6);
        }
        for (let i = 1; i < l.clusters.length; i++) expect(l.clusters[i]!.cx - l.clusters[i - 1]!.cx).toBeGreaterThanOrEqual(28);
      }),
    );
  });
});
