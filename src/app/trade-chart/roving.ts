/**
 * The chart's single Tab stop: which bar or milestone the arrow keys move to. Bars are one row,
 * milestone dots (when drawn one by one) another; ←/→ move along a row, Home/End to its ends,
 * ↓/↑ to the item of the other row nearest in x.
 */

/** Where the keyboard is: a row and an index in it. */
export interface RovingPos {
  row: 'bars' | 'markers';
  index: number;
}

/** The x of every item per row, in the order the arrows walk. */
export interface RovingRows {
  bars: readonly number[];
  markers: readonly number[];
}

const nearest = (xs: readonly number[], x: number): number => {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (Math.abs(xs[i]! - x) < Math.abs(xs[best]! - x)) best = i;
  return best;
};

/** The position after `key`, or null when the key is not a move (or leads nowhere). */
export function rovingNext(pos: RovingPos, key: string, rows: RovingRows): RovingPos | null {
  const xs = rows[pos.row];
  const n = xs.length;
  if (n === 0) return null;
  const i = Math.min(pos.index, n - 1);
  switch (key) {
    case 'ArrowRight':
      return { row: pos.row, index: Math.min(n - 1, i + 1) };
    case 'ArrowLeft':
      return { row: pos.row, index: Math.max(0, i - 1) };
    case 'Home':
      return { row: pos.row, index: 0 };
    case 'End':
      return { row: pos.row, index: n - 1 };
    case 'ArrowDown':
    case 'ArrowUp': {
      const other = key === 'ArrowDown' ? 'markers' : 'bars';
      if (other === pos.row || rows[other].length === 0) return null;
      return { row: other, index: nearest(rows[other], xs[i]!) };
    }
    default:
      return null;
  }
}

/** Keeps a remembered position valid after the data changed: same row if it still has items. */
export function clampPos(pos: RovingPos, rows: RovingRows): RovingPos {
  const n = rows[pos.row].length;
  if (n > 0) return { row: pos.row, index: Math.min(pos.index, n - 1) };
  return { row: pos.row === 'bars' ? 'markers' : 'bars', index: 0 };
}
