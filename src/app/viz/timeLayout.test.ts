import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeIndex, layoutTimeline, layoutWorld, viewWorld, type LayoutItem } from './timeLayout';

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

describe('buildTimeIndex', () => {
  it.each([
    ['keeps sorted input', [['a', 0, 5], ['b', 1, 2], ['c', 1, 1.5]], ['a', 'b', 'c']],
    ['sorts by start', [['a', 3, 4], ['b', 1, 2]], ['b', 'a']],
    ['the longer span first on the same start', [['day', 0, 1], ['year', 0, 365]], ['year', 'day']],
    ['equal items keep their order', [['x', 0, 1], ['y', 0, 1], ['w', -1, 0]], ['w', 'x', 'y']],
  ] as const)('%s', (_n, raw, want) => {
    const ix = buildTimeIndex(raw.map(([id, t0, t1]) => ({ id, t0, t1 })));
    expect(ix.ids).toEqual(want);
    expect([...ix.t0]).toEqual([...ix.t0].sort((a, b) => a - b));
  });
});

describe('layoutWorld + viewWorld', () => {
  const items = (raw: { t: number; w: number }[]) => buildTimeIndex(raw.map((r, i) => ({ id: `m${i}`, t0: r.t, t1: r.t + r.w })));
  const raw = fc.array(fc.record({ t: fc.integer({ min: 0, max: 5000 }), w: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 400 })) }), { maxLength: 120 });

  it('a window shows exactly the world marks that reach into it, in the same lanes', () => {
    fc.assert(
      fc.property(raw, fc.integer({ min: 0, max: 4 }), fc.integer({ min: -200, max: 5000 }), fc.integer({ min: 50, max: 900 }), (r, lanes, left, width) => {
        const world = layoutWorld(items(r), { origin: 0, pxPerUnit: 1 }, { lanes });
        const view = viewWorld(world, left, left + width, (_at, id) => id);
        const want = world.lanes
          .flat()
          .filter((m) => m.b >= left && m.a <= left + width)
          .map((m) => `${world.index.ids[m.i]}@${m.lane}`)
          .sort();
        expect(view.marks.map((m) => `${m.id}@${m.lane}`).sort()).toEqual(want);
        for (const m of view.marks) if (m.label) expect(m.labelX + m.label.length * 6.8).toBeLessThanOrEqual(left + width + 1e-6);
      }),
    );
  });

  it('shows every cluster that reaches into the window, inside it and apart', () => {
    fc.assert(
      fc.property(raw, fc.integer({ min: 0, max: 2 }), fc.integer({ min: -200, max: 5000 }), fc.integer({ min: 60, max: 900 }), (r, lanes, left, width) => {
        const world = layoutWorld(items(r), { origin: 0, pxPerUnit: 1 }, { lanes });
        const view = viewWorld(world, left, left + width, (_at, id) => id);
        const shown = new Set(view.clusters.flatMap((c) => c.ids));
        for (const c of world.clusters) if (c.x1 >= left && c.x0 <= left + width) for (const id of c.ids) expect(shown.has(id)).toBe(true);
        for (const c of view.clusters) {
          expect(c.cx).toBeGreaterThanOrEqual(left + 6 - 1e-9);
          expect(c.cx).toBeLessThanOrEqual(left + width - 6 + 1e-9);
        }
        for (let i = 1; i < view.clusters.length; i++) expect(view.clusters[i]!.cx - view.clusters[i - 1]!.cx).toBeGreaterThanOrEqual(28);
      }),
    );
  });

  it('puts the priority item in lane 0 even when the others came first', () => {
    const ix = items([{ t: 10, w: 1 }, { t: 11, w: 1 }, { t: 12, w: 1 }]);
    const world = layoutWorld(ix, { origin: 0, pxPerUnit: 1 }, { lanes: 1, priority: 'm2' });
    expect(world.lanes[0]!.map((m) => ix.ids[m.i])).toEqual(['m2']);
    expect(world.clusters.map((c) => c.ids)).toEqual([['m0', 'm1']]);
  });

  it('scales time to world pixels', () => {
    const world = layoutWorld(items([{ t: 100, w: 10 }]), { origin: 100, pxPerUnit: 3 }, { lanes: 1 });
    expect(world.lanes[0]![0]).toMatchObject({ x0: 0, x1: 30, cx: 15 });
  });
});

describe('positions back into the input', () => {
  it('marks and clusters point at their items in the input list, sorted or not', () => {
    const input = [day('c', 300), day('a', 10), day('b', 11), day('d', 12)];
    const l = layoutTimeline(input, { width: 500, lanes: 1 });
    for (const m of l.marks) expect(input[m.at]!.id).toBe(m.id);
    for (const c of l.clusters) expect(c.at.map((i) => input[i]!.id)).toEqual(c.ids);
    expect(l.clusters.length).toBeGreaterThan(0);
  });
});

describe('badges', () => {
  it('a dense axis gets one badge per slot, not one chained badge', () => {
    const items = Array.from({ length: 400 }, (_, i) => day(`m${String(i).padStart(3, '0')}`, i * 1.25));
    const world = layoutWorld(buildTimeIndex(items.map((it) => ({ id: it.id, t0: it.x0, t1: it.x1 }))), { origin: 0, pxPerUnit: 1 }, { lanes: 2 });
    expect(world.clusters.length).toBeGreaterThanOrEqual(15);
    for (const c of world.clusters) expect(c.x1 - c.x0).toBeLessThanOrEqual(28 + 1);
    // In a window, badges stay a slot apart and half a slot from the edges.
    const view = viewWorld(world, 100, 300, (_at, id) => id);
    for (const c of view.clusters) expect(c.cx).toBeGreaterThanOrEqual(114);
    for (const c of view.clusters) expect(c.cx).toBeLessThanOrEqual(286);
  });
});

describe('dense slots', () => {
  const world = (xs: number[], denseAt: number, lanes = 2, priority: string | null = null) =>
    layoutWorld(buildTimeIndex(xs.map((x, i) => ({ id: `m${i}`, t0: x, t1: x + 1 }))), { origin: 0, pxPerUnit: 1 }, { lanes, clusterGap: 28, denseAt, priority });
  const summary = (w: ReturnType<typeof world>) => ({
    marks: w.lanes.flat().map((m) => w.index.ids[m.i]).sort(),
    clusters: w.clusters.map((c) => `${c.dense ? 'dense' : 'badge'}:${c.ids.join(',')}`),
  });

  it.each([
    ['a slot over the limit is one bar, its neighbours keep their markers', [1, 2, 3, 4, 5, 100], 3, { marks: ['m5'], clusters: ['dense:m0,m1,m2,m3,m4'] }],
    ['at the limit it stacks and overflows into a badge as usual', [1, 2, 3, 100], 3, { marks: ['m0', 'm1', 'm3'], clusters: ['badge:m2'] }],
    ['without a limit nothing is dense', [1, 2, 3, 4, 5], Infinity, { marks: ['m0', 'm1'], clusters: ['badge:m2,m3,m4'] }],
  ])('%s', (_, xs, denseAt, want) => {
    expect(summary(world(xs, denseAt))).toEqual(want);
  });

  it('the selected milestone keeps its marker inside a dense slot', () => {
    expect(summary(world([1, 2, 3, 4, 5], 3, 2, 'm2'))).toEqual({ marks: ['m2'], clusters: ['dense:m0,m1,m3,m4'] });
  });

  it('every item is a marker or in exactly one cluster, dense or not (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 }), { maxLength: 300 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 4 }), (xs, denseAt, lanes) => {
        const w = world(xs, denseAt, lanes);
        const seen = [...w.lanes.flat().map((m) => w.index.ids[m.i]!), ...w.clusters.flatMap((c) => c.ids)].sort();
        expect(seen).toEqual(xs.map((_, i) => `m${i}`).sort());
        for (const c of w.clusters) if (c.dense) expect(c.ids.length).toBeGreaterThan(denseAt);
      }),
      { numRuns: 200 },
    );
  });
});

describe('labels and columns', () => {
  it('a label stops before the next column', () => {
    const items = [0, ...Array.from({ length: 6 }, (_, i) => 200 + i)];
    const index = buildTimeIndex(items.map((x, i) => ({ id: `m${i}`, t0: x, t1: x + 1 })));
    const w = layoutWorld(index, { origin: 0, pxPerUnit: 1 }, { lanes: 1, clusterGap: 28, denseAt: 3 });
    const view = viewWorld(w, 0, 1000, () => 'A label long enough to run into the column when nothing stops it');
    const mark = view.marks.find((m) => m.id === 'm0')!;
    const column = view.clusters.find((c) => c.dense)!;
    expect(mark.label).not.toBeNull();
    expect(mark.labelX + mark.label!.length * 6.8).toBeLessThanOrEqual(column.cx - 14);
  });
});

describe('a stretch of the index (range) and counts per kind', () => {
  const raw = fc.array(fc.record({ t: fc.integer({ min: 0, max: 3000 }), w: fc.constantFrom(1, 1, 30, 365), k: fc.integer({ min: 0, max: 3 }) }), { maxLength: 300 });

  it('lays out `range` as it lays out an index of just those items; columns count their members without listing them', () => {
    fc.assert(
      fc.property(raw, fc.nat(), fc.nat(), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 10 }), fc.double({ min: 0.05, max: 3, noNaN: true }), (r, ra, rb, lanes, denseAt, ppu) => {
        const xs = [...r].sort((p, q) => p.t - q.t || q.w - p.w);
        const ix = { ids: xs.map((_, i) => `m${i}`), t0: Float64Array.from(xs, (x) => x.t), t1: Float64Array.from(xs, (x) => x.t + x.w), kinds: Uint8Array.from(xs, (x) => x.k) };
        const a = ra % (xs.length + 1);
        const b = a + (rb % (xs.length - a + 1));
        const o = { lanes, denseAt, clusterGap: 28 };
        const whole = layoutWorld(ix, { origin: 0, pxPerUnit: ppu }, { ...o, range: [a, b] });
        const part = layoutWorld({ ids: ix.ids.slice(a, b), t0: ix.t0.slice(a, b), t1: ix.t1.slice(a, b) }, { origin: 0, pxPerUnit: ppu }, o);
        expect(whole.lanes.map((l) => l.map((m) => ix.ids[m.i]))).toEqual(part.lanes.map((l) => l.map((m) => part.index.ids[m.i])));
        expect(whole.clusters.map((c) => [c.key, c.cx, c.x0, c.x1, c.ids, !!c.dense])).toEqual(part.clusters.map((c) => [c.key, c.cx, c.x0, c.x1, c.ids, !!c.dense]));
        for (const c of whole.clusters) {
          expect(c.n).toBe(c.at.length);
          expect([c.first, c.last]).toEqual([Math.min(...c.at), Math.max(...c.at)]);
          const k = [0, 0, 0, 0];
          for (const i of c.at) k[ix.kinds[i]!]!++;
          expect([...c.kinds!, 0, 0, 0, 0].slice(0, 4)).toEqual(k);
        }
      }),
      { numRuns: 300 },
    );
  });
});
