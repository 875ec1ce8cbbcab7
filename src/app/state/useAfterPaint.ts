/**
 * A value that follows another after the next paint: the first frame shows what depends on the
 * current value (the timeline), and the views that lag behind update in a background render
 * (a transition, which input can interrupt) once that frame is on screen.
 */
import { startTransition, useEffect, useState } from 'react';

/** `value`, one painted frame late; `initial` until then on the first render. */
export function useAfterPaint<T>(value: T, initial: T): T {
  const [later, setLater] = useState<T>(initial);
  useEffect(() => {
    if (Object.is(later, value)) return;
    let timer = 0;
    // rAF runs before the frame is painted; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setLater(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value, later]);
  return later;
}
