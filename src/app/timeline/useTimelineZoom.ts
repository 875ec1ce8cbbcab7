/**
 * Pan and zoom for the timeline: a few native listeners on the <svg> (wheel, mouse/pen drag,
 * one-finger horizontal swipe, two-finger pinch) turn input into a transform with the pure math
 * of app/viz/zoomMath.ts; React renders everything from that transform. Buttons and keys go
 * through the same functions so all inputs agree. Pointer input is applied at most once a frame.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { clampTransform, IDENTITY, type ViewTransform } from '../viz/timeScale';
import { dragBy, pinch, sameTransform, wheelFactor, zoomAt, type ZoomBounds } from '../viz/zoomMath';

export interface TimelineZoom {
  t: ViewTransform;
  /** Sets the transform (clamped to the fitted view). */
  set: (t: ViewTransform) => void;
  /** Multiplies the zoom around the x position `at` (the centre by default). */
  zoomBy: (factor: number, at?: number) => void;
  /** Moves the view by `dx` pixels (positive shows later dates). */
  panBy: (dx: number) => void;
  /** True while a drag or pinch is moving the view (markers passing under the pointer are not hovers). */
  isDragging: () => boolean;
}

/** A pointer has to move this far before a press becomes a drag (and its click is swallowed). */
const DRAG_PX = 4;

interface Gesture {
  start: ViewTransform;
  /** Pointer id → x where it went down and where it is now (client px). */
  points: Map<number, { x0: number; x: number }>;
  dragging: boolean;
}

/**
 * Binds pan/zoom input to `svg`; the transform resets when `resetKey` or the width changes.
 * `onDragEnd` gets the element under the pointer when a drag ends (hovers are paused while dragging).
 */
export function useTimelineZoom(svg: SVGSVGElement | null, width: number, maxK: number, resetKey: string, onDragEnd?: (under: Element | null) => void): TimelineZoom {
  const [t, setT] = useState<ViewTransform>(IDENTITY);
  const tRef = useRef(t);
  const bounds = useRef<ZoomBounds>({ width, maxK });
  bounds.current = { width, maxK };

  // Back to the fitted view when the data's extent or the size changes.
  const [key, setKey] = useState(`${resetKey}|${width}`);
  if (key !== `${resetKey}|${width}`) {
    setKey(`${resetKey}|${width}`);
    setT(IDENTITY);
    tRef.current = IDENTITY;
  }

  // Coalesce pointer and wheel input: one React update per animation frame.
  const frame = useRef(0);
  const schedule = useCallback((next: ViewTransform) => {
    if (sameTransform(next, tRef.current)) return;
    tRef.current = next;
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      setT(tRef.current);
    });
  }, []);

  const set = useCallback(
    (next: ViewTransform) => {
      const c = clampTransform(next, 0, bounds.current.width, bounds.current.maxK);
      if (frame.current) cancelAnimationFrame(frame.current);
      frame.current = 0;
      tRef.current = c;
      setT(c);
    },
    [],
  );
  const zoomBy = useCallback((factor: number, at?: number) => set(zoomAt(tRef.current, factor, at ?? bounds.current.width / 2, bounds.current)), [set]);
  const panBy = useCallback((dx: number) => set({ k: tRef.current.k, x: tRef.current.x - dx }), [set]);

  const gesture = useRef<Gesture | null>(null);
  const dragEnd = useRef(onDragEnd);
  useEffect(() => {
    dragEnd.current = onDragEnd;
  });
  const isDragging = useCallback(() => gesture.current?.dragging === true, []);

  useEffect(() => {
    if (!svg) return;
    const left = () => svg.getBoundingClientRect().left;
    // The current press, mirrored into `gesture` for isDragging().
    let g: Gesture | null = null;
    const sync = () => (gesture.current = g);
    let swallowClick = false;

    const onWheel = (e: WheelEvent) => {
      const cur = tRef.current;
      let next: ViewTransform;
      if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) next = dragBy(cur, -e.deltaX * (e.deltaMode === 1 ? 20 : 1), bounds.current);
      else next = zoomAt(cur, wheelFactor(e.deltaY, e.deltaMode, e.ctrlKey), e.clientX - left(), bounds.current);
      // At the end of the range the wheel scrolls the page, as it would without the chart.
      if (sameTransform(next, cur)) return;
      e.preventDefault();
      schedule(next);
    };

    const onDown = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      // A mouse or pen released outside the chart (before a drag captured it) left a stale press.
      if (!g || e.pointerType !== 'touch') g = { start: tRef.current, points: new Map(), dragging: false };
      // A second finger starts a pinch from where the view is now.
      else g = { start: tRef.current, points: new Map([...g.points].map(([id, p]) => [id, { x0: p.x, x: p.x }])), dragging: g.dragging };
      g.points.set(e.pointerId, { x0: e.clientX, x: e.clientX });
      sync();
    };
    const onMove = (e: PointerEvent) => {
      const p = g?.points.get(e.pointerId);
      if (!g || !p) return;
      p.x = e.clientX;
      const pts = [...g.points.values()];
      if (!g.dragging) {
        if (pts.every((q) => Math.abs(q.x - q.x0) < DRAG_PX)) return;
        g.dragging = true;
        // Capture only once dragging, so a plain click still reaches the marker under it.
        for (const id of g.points.keys()) {
          try {
            svg.setPointerCapture(id);
          } catch {
            // The pointer is already gone (or synthetic): dragging still works while over the chart.
          }
        }
      }
      if (pts.length >= 2) {
        const [a, b] = pts as [typeof p, typeof p];
        const l = left();
        schedule(pinch(g.start, a.x0 - l, b.x0 - l, a.x - l, b.x - l, bounds.current));
      } else schedule(dragBy(g.start, p.x - p.x0, bounds.current));
    };
    const onUp = (e: PointerEvent) => {
      if (!g || !g.points.has(e.pointerId)) return;
      if (g.dragging) swallowClick = e.type === 'pointerup';
      g.points.delete(e.pointerId);
      if (g.points.size === 0) {
        const dragged = g.dragging;
        g = null;
        sync();
        if (dragged) dragEnd.current?.(document.elementFromPoint(e.clientX, e.clientY));
      }
      // One finger left after a pinch: carry on dragging from here.
      else g = { start: tRef.current, points: new Map([...g.points].map(([id, q]) => [id, { x0: q.x, x: q.x }])), dragging: true };
      sync();
    };
    const onClick = (e: MouseEvent) => {
      if (!swallowClick) return;
      swallowClick = false;
      e.stopPropagation();
      e.preventDefault();
    };
    // Any new press forgets a swallowed click that never came.
    const onDownCapture = () => {
      swallowClick = false;
    };

    svg.addEventListener('wheel', onWheel, { passive: false });
    svg.addEventListener('pointerdown', onDownCapture, true);
    svg.addEventListener('pointerdown', onDown);
    svg.addEventListener('pointermove', onMove);
    svg.addEventListener('pointerup', onUp);
    svg.addEventListener('pointercancel', onUp);
    svg.addEventListener('click', onClick, true);
    return () => {
      svg.removeEventListener('wheel', onWheel);
      svg.removeEventListener('pointerdown', onDownCapture, true);
      svg.removeEventListener('pointerdown', onDown);
      svg.removeEventListener('pointermove', onMove);
      svg.removeEventListener('pointerup', onUp);
      svg.removeEventListener('pointercancel', onUp);
      svg.removeEventListener('click', onClick, true);
      gesture.current = null;
    };
  }, [svg, schedule]);

  useEffect(
    () => () => {
      if (frame.current) cancelAnimationFrame(frame.current);
    },
    [],
  );

  return { t, set, zoomBy, panBy, isDragging };
}
