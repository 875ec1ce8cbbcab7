/**
 * Label collisions: value and growth labels above bars are placed in priority order; a label
 * that would overlap one already placed is lifted by one row, and if that also collides, hidden
 * (its value stays in the tooltip and the table of sources).
 */

/** A label to place: centred at `x`, its baseline at `y`. */
export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Lower is placed first. */
  priority: number;
}

/** A placed label; `y` may have been lifted. */
export interface PlacedLabel extends LabelRequest {
  visible: boolean;
  /** How many rows it was lifted (0 or 1). */
  lifted: number;
}

/** A rectangle in px: `[x0, x1] × [y0, y1]`, y down. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const boxOf = (l: { x: number; y: number; width: number; height: number }, gap: number): Box => ({
  x0: l.x - l.width / 2 - gap / 2,
  x1: l.x + l.width / 2 + gap / 2,
  y0: l.y - l.height,
  y1: l.y,
});

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Places labels without overlaps. `minY` is the top of the room (a label lifted above it is
 * hidden instead); `gap` is the least horizontal space between two labels; `obstacles` are marks
 * no label may cover (a label sits above its own bar, so bars can be obstacles for every label).
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  { gap = 4, minY = 0, maxLift = 1, obstacles = [] as readonly Box[] } = {},
): PlacedLabel[] {
  const order = [...requests].sort((a, b) => a.priority - b.priority || a.x - b.x);
  // Marks the labels must keep off (other bars and their ranges), then the labels placed so far.
  const placed: Box[] = [...obstacles];
  const out = new Map<string, PlacedLabel>();
  for (const r of order) {
    let done: PlacedLabel | null = null;
    for (let lift = 0; lift <= maxLift && !done; lift++) {
      const y = r.y - lift * r.height;
      if (y - r.height < minY) break;
      const box = boxOf({ ...r, y }, gap);
      if (!placed.some((p) => overlaps(p, box))) {
        placed.push(box);
        done = { ...r, y, visible: true, lifted: lift };
      }
    }
    out.set(r.id, done ?? { ...r, visible: false, lifted: 0 });
  }
  return requests.map((r) => out.get(r.id)!);
}

/**
 * Stacks point markers (milestones) into rows so that none overlap: each goes to the first row
 * with room, or the least crowded row when all are full.
 */
export function stackMarkers(xs: readonly number[], radius: number, maxRows = 3, gap = 2): number[] {
  const lastX: number[] = [];
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  const rows = new Array<number>(xs.length).fill(0);
  for (const { x, i } of order) {
    let row = lastX.findIndex((lx) => x - lx >= 2 * radius + gap);
    if (row === -1) {
      if (lastX.length < maxRows) row = lastX.length;
      else row = lastX.indexOf(Math.min(...lastX));
    }
    lastX[row] = x;
    rows[i] = row;
  }
  return rows;
}
