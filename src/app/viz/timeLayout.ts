/**
 * Pure layout of timeline markers in pixel space: markers stack into lanes, what does not fit
 * collapses into count badges (clusters), and labels are placed only where they cannot overlap.
 * Work is O(n log n) in the visible items, and the output is bounded by the width, so 10,000
 * milestones still render a few hundred nodes.
 */

/** One milestone already mapped to pixels: its date span `[x0, x1]` and label text. */
export interface LayoutItem {
  id: string;
  x0: number;
  x1: number;
  label: string;
  /** Placed first (the selected or hovered milestone), so it is never hidden in a cluster. */
  priority?: boolean;
}

/** A marker drawn on its own, in a lane (0 = next to the axis). */
export interface PlacedMark {
  id: string;
  /** Centre of the marker. */
  cx: number;
  /** The date span in pixels (equal to cx ± a fraction for a day at low zoom). */
  x0: number;
  x1: number;
  lane: number;
  /** Label text (possibly shortened with "…"), or null when there is no room. */
  label: string | null;
  labelX: number;
}

/** Milestones that did not fit in the lanes, drawn as one badge with a count. */
export interface PlacedCluster {
  key: string;
  cx: number;
  x0: number;
  x1: number;
  ids: string[];
}

export interface TimelineLayout {
  marks: PlacedMark[];
  clusters: PlacedCluster[];
}

export interface LayoutOptions {
  /** Drawing width in px; items outside `[0, width]` are culled. */
  width: number;
  /** Number of marker lanes. */
  lanes: number;
  /** Marker radius. */
  r?: number;
  /** Minimum free space between two things in one lane. */
  gap?: number;
  /** Overflow items closer than this (centre to centre) share one badge. */
  clusterGap?: number;
  /** Estimated width of one label character. */
  charPx?: number;
  /** Shortest label worth drawing, in px. */
  labelMin?: number;
}

interface Lane {
  end: number;
  fixed: [number, number][];
}

const extentOf = (it: LayoutItem, r: number): [number, number] => {
  const cx = (it.x0 + it.x1) / 2;
  return [Math.min(it.x0, cx - r), Math.max(it.x1, cx + r)];
};

/** Lays out the items (in any order); deterministic for equal input. */
export function layoutTimeline(items: readonly LayoutItem[], o: LayoutOptions): TimelineLayout {
  const r = o.r ?? 6;
  const gap = o.gap ?? 4;
  const clusterGap = o.clusterGap ?? 28;
  const charPx = o.charPx ?? 6.8;
  const labelMin = o.labelMin ?? 44;
  const visible = items.filter((it) => it.x1 >= -r && it.x0 <= o.width + r);
  const order = [...visible].sort((a, b) => {
    if (!!a.priority !== !!b.priority) return a.priority ? -1 : 1;
    return a.x0 - b.x0 || b.x1 - a.x1 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  const lanes: Lane[] = Array.from({ length: Math.max(0, o.lanes) }, () => ({ end: -Infinity, fixed: [] }));
  const placed: { it: LayoutItem; lane: number; a: number; b: number }[] = [];
  const overflow: LayoutItem[] = [];

  for (const it of order) {
    const [a, b] = extentOf(it, r);
    const lane = lanes.findIndex((l) => {
      if (it.priority) return l.fixed.every(([fa, fb]) => b + gap <= fa || a >= fb + gap) && (l.end === -Infinity || a >= l.end + gap || placed.every((p) => p.lane !== lanes.indexOf(l) || b + gap <= p.a || a >= p.b + gap));
      return a >= l.end + gap && l.fixed.every(([fa, fb]) => b + gap <= fa || a >= fb + gap);
    });
    if (lane < 0) {
      overflow.push(it);
      continue;
    }
    if (it.priority) lanes[lane]!.fixed.push([a, b]);
    else lanes[lane]!.end = b;
    placed.push({ it, lane, a, b });
  }

  // Labels: to the right of the marker's span, up to the next thing in the same lane.
  const byLane = new Map<number, typeof placed>();
  for (const p of placed) byLane.set(p.lane, [...(byLane.get(p.lane) ?? []), p]);
  const marks: PlacedMark[] = [];
  for (const [, ps] of byLane) {
    ps.sort((p, q) => p.a - q.a);
    ps.forEach((p, i) => {
      const labelX = p.b + 4;
      const limit = Math.min(i + 1 < ps.length ? ps[i + 1]!.a - gap : Infinity, o.width);
      const avail = limit - labelX;
      const full = p.it.label.length * charPx;
      let label: string | null = null;
      if (labelX >= 0 && full <= avail) label = p.it.label;
      else if (labelX >= 0 && avail >= labelMin) label = `${p.it.label.slice(0, Math.max(1, Math.floor(avail / charPx) - 1)).trimEnd()}…`;
      marks.push({ id: p.it.id, cx: (p.it.x0 + p.it.x1) / 2, x0: p.it.x0, x1: p.it.x1, lane: p.lane, label, labelX });
    });
  }
  marks.sort((a, b) => a.cx - b.cx || a.lane - b.lane);

  // Overflow: chain by centre distance into badges.
  const clusters: PlacedCluster[] = [];
  const rest = overflow.map((it) => ({ it, cx: (it.x0 + it.x1) / 2 })).sort((a, b) => a.cx - b.cx);
  let group: typeof rest = [];
  const flush = () => {
    if (group.length === 0) return;
    let ids = group.map((g) => g.it.id);
    let sum = group.reduce((s, g) => s + g.cx, 0);
    let x0 = Math.min(...group.map((g) => g.it.x0));
    let x1 = Math.max(...group.map((g) => g.it.x1));
    group = [];
    // Clamping to the edges can bring badges together again: merge until they are apart.
    for (;;) {
      const cx = Math.min(o.width - r, Math.max(r, sum / ids.length));
      const prev = clusters[clusters.length - 1];
      if (!prev || cx - prev.cx >= clusterGap) {
        clusters.push({ key: `${ids[0]}+${ids.length}`, cx, x0, x1, ids });
        return;
      }
      clusters.pop();
      sum += prev.cx * prev.ids.length; // approximate: the badge centre stands for its members
      ids = [...prev.ids, ...ids];
      x0 = Math.min(x0, prev.x0);
      x1 = Math.max(x1, prev.x1);
    }
  };
  for (const g of rest) {
    if (group.length > 0 && g.cx - group[group.length - 1]!.cx >= clusterGap) flush();
    group.push(g);
  }
  flush();
  return { marks, clusters };
}
