/**
 * Pan and zoom for the timeline: d3-zoom listens on the <svg> (wheel, drag, pinch) and only
 * reports a transform; React renders everything from that transform. Buttons and keys go
 * through the same behaviour so all inputs agree.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { useCallback, useEffect, useRef, useState } from 'react';
import { clampTransform, IDENTITY, type ViewTransform } from '../viz/timeScale';

export interface TimelineZoom {
  t: ViewTransform;
  /** Sets the transform (clamped to the fitted view). */
  set: (t: ViewTransform) => void;
  /** Multiplies the zoom around the x position `at` (the centre by default). */
  zoomBy: (factor: number, at?: number) => void;
  /** Moves the view by `dx` pixels (positive shows later dates). */
  panBy: (dx: number) => void;
}

/** Binds d3-zoom to `svg`; the transform resets when `resetKey` or the size changes. */
export function useTimelineZoom(svg: SVGSVGElement | null, width: number, height: number, maxK: number, resetKey: string): TimelineZoom {
  const [t, setT] = useState<ViewTransform>(IDENTITY);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const tRef = useRef(t);
  tRef.current = t;

  useEffect(() => {
    if (!svg || width <= 0) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, maxK])
      .extent([[0, 0], [width, height]])
      .translateExtent([[0, 0], [width, height]])
      // One finger scrolls the page; two fingers pinch. Mouse: wheel and left-button drag.
      .filter((e: Event) => {
        if (e.type === 'touchstart') return (e as TouchEvent).touches.length > 1;
        if (e.type === 'dblclick') return false;
        const m = e as MouseEvent;
        return (!m.ctrlKey || e.type === 'wheel') && !m.button;
      })
      .on('zoom', (e: { transform: { k: number; x: number } }) => setT({ k: e.transform.k, x: e.transform.x }));
    behaviour.current = z;
    const sel = select(svg);
    sel.call(z);
    sel.call(z.transform, zoomIdentity);
    return () => {
      sel.on('.zoom', null);
      behaviour.current = null;
    };
  }, [svg, width, height, maxK, resetKey]);

  const set = useCallback(
    (next: ViewTransform) => {
      const c = clampTransform(next, 0, width, maxK);
      if (svg && behaviour.current) select(svg).call(behaviour.current.transform, zoomIdentity.translate(c.x, 0).scale(c.k));
      else setT(c);
    },
    [svg, width, maxK],
  );
  const zoomBy = useCallback(
    (factor: number, at = width / 2) => {
      const cur = tRef.current;
      const k = Math.min(maxK, Math.max(1, cur.k * factor));
      // Keep the date under `at` where it is.
      set({ k, x: at - ((at - cur.x) / cur.k) * k });
    },
    [set, width, maxK],
  );
  const panBy = useCallback((dx: number) => set({ k: tRef.current.k, x: tRef.current.x - dx }), [set]);
  return { t, set, zoomBy, panBy };
}
