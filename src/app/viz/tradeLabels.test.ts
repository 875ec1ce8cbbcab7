import { describe, expect, it } from 'vitest';
import { placeLabels, stackMarkers } from './tradeLabels';

const L = (id: string, x: number, y: number, priority = 0, width = 40) => ({ id, x, y, width, height: 12, priority });

describe('placeLabels', () => {
  it.each([
    ['apart: both stay put', [L('a', 50, 100), L('b', 150, 100)], { a: [true, 100], b: [true, 100] }],
    ['overlapping: the later one is lifted a row', [L('a', 50, 100), L('b', 70, 100)], { a: [true, 100], b: [true, 88] }],
    ['three in a pile: the third is hidden', [L('a', 50, 100), L('b', 60, 100), L('c', 70, 100)], { a: [true, 100], b: [true, 88], c: [false, 100] }],
    ['priority wins over order', [L('a', 50, 100, 2), L('b', 60, 100, 0)], { b: [true, 100], a: [true, 88] }],
    ['lifting above the top hides instead', [L('a', 50, 14), L('b', 60, 14)], { a: [true, 14], b: [false, 14] }],
  ] as const)('%s', (_, reqs, expected) => {
    const out = placeLabels(reqs, { gap: 0, minY: 0 });
    for (const [id, [visible, y]] of Object.entries(expected)) {
      const p = out.find((o) => o.id === id)!;
      expect([id, p.visible, p.visible ? p.y : y]).toEqual([id, visible, y]);
    }
  });

  it.each([
    ['a label clear of the mark stays', { x0: 200, x1: 220, y0: 60, y1: 200 }, [true, 100]],
    ['a label over a neighbour\'s bar is lifted clear of it', { x0: 60, x1: 80, y0: 90, y1: 200 }, [true, 88]],
    ['a label with a tall bar beside it is hidden', { x0: 60, x1: 80, y0: 40, y1: 200 }, [false, 100]],
  ] as const)('obstacles: %s', (_, box, [visible, y]) => {
    const [p] = placeLabels([L('a', 50, 100)], { gap: 0, obstacles: [box] });
    expect([p!.visible, p!.visible ? p!.y : y]).toEqual([visible, y]);
  });

  it('keeps the input order in its output', () => {
    expect(placeLabels([L('z', 0, 50, 5), L('a', 100, 50, 0)]).map((p) => p.id)).toEqual(['z', 'a']);
  });
});

describe('stackMarkers', () => {
  it.each([
    ['far apart: one row', [0, 50, 100], [0, 0, 0]],
    ['close: next rows', [0, 3, 6], [0, 1, 2]],
    ['more than the rows: reuse the row that ended earliest', [0, 3, 6, 9], [0, 1, 2, 0]],
    ['unsorted input', [6, 0, 3], [2, 0, 1]],
  ])('%s', (_, xs, rows) => expect(stackMarkers(xs, 5, 3)).toEqual(rows));
});
