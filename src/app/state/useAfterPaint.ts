/**
 * A value that follows another after the next paint: the first frame shows what depends on the
 * current value (the timeline), and the views that lag behind update in a background render
 * (a transition, which input can interrupt) once that frame is on screen.
 *
 * With `settleMs`, the lagging value also waits until the value has stayed the same that long:
 * while someone steps through years or drags across the histogram, only the timeline follows
 * each step, and the heavier views (chart, list, sources, the address bar) render once, for where
 * they stop, instead of for every step on the way.
 */
import { startTransition, useEffect, useState } from 'react';

/** How long filters must stay still before the views behind the timeline follow them. */
export const SETTLE_MS = 300;

/** `value`, one painted frame late (and `settleMs` after its last change); `initial` until then. */
export function useAfterPaint<T>(value: T, initial: T, settleMs = 0): T {
  const [later, setLater] = useState<T>(initial);
  useEffect(() => {
    if (Object.is(later, value)) return;
    let timer = 0;
    let frame = 0;
    // rAF runs before the frame is painted; a task queued from it runs after.
    const afterPaint = () => {
      frame = requestAnimationFrame(() => {
        timer = window.setTimeout(() => startTransition(() => setLater(value)), 0);
      });
    };
    if (settleMs > 0) timer = window.setTimeout(afterPaint, settleMs);
    else afterPaint();
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value, later, settleMs]);
  return later;
}
