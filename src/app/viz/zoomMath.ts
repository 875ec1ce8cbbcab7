/**
 * Pure pan/zoom math for a horizontal time axis (x only): wheel steps, zooming around a point,
 * dragging and two-finger pinch. A transform maps the fitted range as `x' = x * k + tx`.
 * No DOM: the pointer handler in timeline/useTimelineZoom.ts feeds it numbers.
 */
import { clampTransform, type ViewTransform } from './timeScale';

/** Limits of a view: the drawing `[0, width]` and the deepest zoom `maxK` (the shallowest is 1). */
export interface ZoomBounds {
  width: number;
  maxK: number;
}

/** WheelEvent.deltaMode values. */
const LINE = 1;
const PAGE = 2;

/**
 * The zoom factor of one wheel event (as d3-zoom: 2× per 500 px of scrolling, ×10 with ctrl,
 * which is how trackpads report a pinch). Scrolling down zooms out.
 */
export function wheelFactor(deltaY: number, deltaMode = 0, ctrlKey = false): number {
  const perUnit = deltaMode === LINE ? 0.05 : deltaMode === PAGE ? 1 : 0.002;
  return Math.pow(2, -deltaY * perUnit * (ctrlKey ? 10 : 1));
}

/** Multiplies the zoom by `factor`, keeping the date under `at` in place; clamped to the bounds. */
export function zoomAt(t: ViewTransform, factor: number, at: number, b: ZoomBounds): ViewTransform {
  const k = Math.min(b.maxK, Math.max(1, t.k * factor));
  return clampTransform({ k, x: at - ((at - t.x) / t.k) * k }, 0, b.width, b.maxK);
}

/** The transform after dragging by `dx` pixels from `start` (positive drags the dates right). */
export function dragBy(start: ViewTransform, dx: number, b: ZoomBounds): ViewTransform {
  return clampTransform({ k: start.k, x: start.x + dx }, 0, b.width, b.maxK);
}

/**
 * Two-finger pinch: the fingers started at `a0`, `b0` (x positions) under transform `start` and
 * are now at `a1`, `b1`. The zoom follows the distance between the fingers and the date under
 * their midpoint follows the midpoint, so pinching also pans.
 */
export function pinch(start: ViewTransform, a0: number, b0: number, a1: number, b1: number, bounds: ZoomBounds): ViewTransform {
  const d0 = Math.abs(b0 - a0);
  const d1 = Math.abs(b1 - a1);
  // Fingers on one vertical line carry no horizontal distance: only pan.
  const factor = d0 < 8 || d1 < 8 ? 1 : d1 / d0;
  const k = Math.min(bounds.maxK, Math.max(1, start.k * factor));
  const world = ((a0 + b0) / 2 - start.x) / start.k;
  return clampTransform({ k, x: (a1 + b1) / 2 - world * k }, 0, bounds.width, bounds.maxK);
}

/** True when two transforms show the same view (to the hundredth of a pixel). */
export const sameTransform = (a: ViewTransform, b: ViewTransform): boolean => Math.abs(a.k - b.k) < 1e-9 && Math.abs(a.x - b.x) < 0.01;
