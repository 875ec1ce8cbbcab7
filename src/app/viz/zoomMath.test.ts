import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dragBy, pinch, sameTransform, wheelFactor, zoomAt } from './zoomMath';

const B = { width: 1000, maxK: 50 };

describe('wheelFactor', () => {
  it.each([
    ['no movement', 0, 0, false, 1],
    ['500 px up doubles', -500, 0, false, 2],
    ['500 px down halves', 500, 0, false, 0.5],
    ['20 lines up doubles', -20, 1, false, 2],
    ['one page down halves', 1, 2, false, 0.5],
    ['ctrl (trackpad pinch) is 10× stronger', -50, 0, true, 2],
  ])('%s', (_n, dy, mode, ctrl, want) => expect(wheelFactor(dy, mode, ctrl)).toBeCloseTo(want, 9));
});

describe('zoomAt', () => {
  it.each([
    ['zoom in at the centre', { k: 1, x: 0 }, 2, 500, { k: 2, x: -500 }],
    ['zoom in at the left edge keeps it', { k: 1, x: 0 }, 2, 0, { k: 2, x: 0 }],
    ['zoom in at the right edge keeps it', { k: 1, x: 0 }, 2, 1000, { k: 2, x: -1000 }],
    ['never below k = 1', { k: 2, x: -500 }, 0.1, 500, { k: 1, x: 0 }],
    ['never above maxK', { k: 40, x: -20000 }, 4, 500, { k: 50, x: -25125 }],
    ['zooming out near an end is pulled back inside', { k: 4, x: 0 }, 0.5, 1000, { k: 2, x: 0 }],
  ])('%s', (_n, t, f, at, want) => {
    const got = zoomAt(t, f, at, B);
    expect(got.k).toBeCloseTo(want.k, 9);
    expect(got.x).toBeCloseTo(want.x, 6);
  });

  it('keeps the date under the pointer fixed while inside the bounds', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 10, noNaN: true }), fc.double({ min: 0.5, max: 2, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), (k, f, at) => {
        const t = { k, x: 500 - 500 * k };
        const next = zoomAt(t, f, at, B);
        const before = (at - t.x) / t.k;
        const after = (at - next.x) / next.k;
        // Unless clamping moved the view, the world point under `at` stays.
        if (next.k === t.k * f && next.x === at - before * next.k) expect(after).toBeCloseTo(before, 6);
        expect(next.k).toBeGreaterThanOrEqual(1);
        expect(next.x).toBeLessThanOrEqual(1e-9);
        expect(next.x + 1000 * next.k).toBeGreaterThanOrEqual(1000 - 1e-6);
      }),
    );
  });
});

describe('dragBy', () => {
  it.each([
    ['drags right (shows earlier dates)', { k: 4, x: -1500 }, 100, { k: 4, x: -1400 }],
    ['stops at the start', { k: 4, x: -50 }, 100, { k: 4, x: 0 }],
    ['stops at the end', { k: 4, x: -2950 }, -100, { k: 4, x: -3000 }],
    ['cannot pan the fitted view', { k: 1, x: 0 }, 300, { k: 1, x: 0 }],
  ])('%s', (_n, t, dx, want) => expect(dragBy(t, dx, B)).toEqual(want));
});

describe('pinch', () => {
  it.each([
    ['fingers apart twice the distance zooms 2× around the midpoint', { k: 1, x: 0 }, [400, 600, 300, 700], { k: 2, x: -500 }],
    ['moving both fingers pans', { k: 2, x: -500 }, [400, 600, 450, 650], { k: 2, x: -450 }],
    ['fingers together zoom out, clamped to the fitted view', { k: 2, x: -500 }, [300, 700, 450, 550], { k: 1, x: 0 }],
    ['vertical pinch (no horizontal distance) only pans', { k: 2, x: -500 }, [500, 502, 520, 540], { k: 2, x: -471 }],
  ] as const)('%s', (_n, t, [a0, b0, a1, b1], want) => {
    const got = pinch(t, a0, b0, a1, b1, B);
    expect(got.k).toBeCloseTo(want.k, 9);
    expect(got.x).toBeCloseTo(want.x, 6);
  });
});

describe('sameTransform', () => {
  it.each([
    [{ k: 1, x: 0 }, { k: 1, x: 0.001 }, true],
    [{ k: 1, x: 0 }, { k: 1, x: 0.5 }, false],
    [{ k: 1, x: 0 }, { k: 1.01, x: 0 }, false],
  ])('%j vs %j', (a, b, want) => expect(sameTransform(a, b)).toBe(want));
});
