/**
 * Measures an element's content box with a ResizeObserver, so a parent can hand a chart its
 * `width` and `height` instead of the chart reading the window.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** A measured size in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/**
 * Returns a callback ref to attach to the element to measure, and its current size (0×0 until
 * the first measurement). Sizes are rounded to whole pixels so sub-pixel jitter does not re-render.
 *
 * @example
 * const [ref, { width }] = useSize<HTMLDivElement>();
 * return <div ref={ref}>{width > 0 && <Chart width={width} height={240} />}</div>;
 */
export function useSize<T extends Element = HTMLDivElement>(initial: Size = { width: 0, height: 0 }): [(node: T | null) => void, Size] {
  const [size, setSize] = useState<Size>(initial);
  const [node, setNode] = useState<T | null>(null);
  const ref = useCallback((n: T | null) => setNode(n), []);
  const last = useRef(initial);

  useEffect(() => {
    if (!node) return;
    const update = (width: number, height: number) => {
      const next = { width: Math.round(width), height: Math.round(height) };
      if (next.width === last.current.width && next.height === last.current.height) return;
      last.current = next;
      setSize(next);
    };
    const rect = node.getBoundingClientRect();
    update(rect.width, rect.height);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const e = entries[entries.length - 1];
      if (e) update(e.contentRect.width, e.contentRect.height);
    });
    ro.observe(node);
    return () => ro.disconnect();
  }, [node]);

  return [ref, size];
}
