/** Stepping through an ordered list with keys: pure, so it is tested without a browser. */

/** What a key does in presentation mode. */
export type StepAction = { type: 'go'; index: number } | { type: 'exit' } | null;

/** The next index for a key, clamped to the list; Esc leaves; other keys do nothing. */
export function stepFor(key: string, index: number, count: number): StepAction {
  if (key === 'Escape') return { type: 'exit' };
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return { type: 'go', index: Math.min(last, index + 1) };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { type: 'go', index: Math.max(0, index - 1) };
    case 'Home':
      return { type: 'go', index: 0 };
    case 'End':
      return { type: 'go', index: last };
    default:
      return null;
  }
}
