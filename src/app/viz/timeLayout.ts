/**
 * Pure layout of timeline markers: markers stack into lanes, what does not fit collapses into
 * count badges (clusters), and labels are placed only where they cannot overlap.
 *
 * The work is split by how often it has to change:
 * - `buildTimeIndex`, once per list of milestones: numeric times in time order;
 * - `layoutWorld`, once per zoom level: lanes and clusters over the whole zoomed axis ("world"
 *   pixels, before panning), O(n · lanes) over typed arrays, no sorting;
 * - `viewWorld`, once per pan frame: what lies in the window, by binary search in each lane, and
 *   the labels that fit; O(lanes · log n + visible).
 * Panning therefore moves markers without re-stacking them, and a frame costs only what it shows.
 */

/** One milestone already mapped to pixels: its date span `[x0, x1]` and label text. */
export interface LayoutItem {
  id: string;
  x0: number;
  x1: number;
  label: string;
  /** Placed first (the selected milestone), so it is never hidden in a cluster. */
  priority?: boolean;
}

/** A marker drawn on its own, in a lane (0 = next to the axis). */
export interface PlacedMark {
  id: string;
  /** Position of the item in the input list (`TimeIndex.source`). */
  at: number;
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
  /** Positions of the members in the input list, in the order of `ids`. */
  at: number[];
  /**
   * A whole slot too crowded for markers (more than `denseAt` items): drawn as one bar for the
   * stretch instead of markers plus a badge.
   */
  dense?: boolean;
}

export interface TimelineLayout {
  marks: PlacedMark[];
  clusters: PlacedCluster[];
}

/** Spacing of the layout, in px. */
export interface Spacing {
  /** Marker radius. */
  r?: number;
  /** Minimum free space between two things in one lane. */
  gap?: number;
  /** Width of the slots that overflow items share a badge in (badges are at least this far apart). */
  clusterGap?: number;
  /** Estimated width of one label character. */
  charPx?: number;
  /** Shortest label worth drawing, in px. */
  labelMin?: number;
}

export interface LayoutOptions extends Spacing {
  /** Drawing width in px; items outside `[0, width]` are culled. */
  width: number;
  /** Number of marker lanes. */
  lanes: number;
}

const DEFAULTS: Required<Spacing> = { r: 6, gap: 4, clusterGap: 28, charPx: 6.8, labelMin: 44 };

/** Items in time order as numbers: by start, the longer span first, then as given. */
export interface TimeIndex {
  ids: string[];
  t0: Float64Array;
  t1: Float64Array;
  /** Where each item was in the input list; null when the input was already in order. */
  source?: Int32Array | null;
}

/** Sorts `{id, t0, t1}` items into a TimeIndex. */
export function buildTimeIndex(items: readonly { id: string; t0: number; t1: number }[]): TimeIndex {
  return sortTimeIndex({ ids: items.map((it) => it.id), t0: Float64Array.from(items, (it) => it.t0), t1: Float64Array.from(items, (it) => it.t1) });
}

/** Puts parallel arrays into TimeIndex order; returns them as they are when already in order. */
export function sortTimeIndex(ix: TimeIndex): TimeIndex {
  const { ids, t0, t1 } = ix;
  const n = ids.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = t0[i - 1]! < t0[i]! || (t0[i - 1] === t0[i] && t1[i - 1]! >= t1[i]!);
  if (sorted) return ix;
  const order = Array.from({ length: n }, (_, j) => j).sort((p, q) => t0[p]! - t0[q]! || t1[q]! - t1[p]! || p - q);
  return { ids: order.map((j) => ids[j]!), t0: Float64Array.from(order, (j) => t0[j]!), t1: Float64Array.from(order, (j) => t1[j]!), source: Int32Array.from(order) };
}

/** A mark in world pixels; `limit` is where the next thing in its lane begins (minus the gap). */
interface WorldMark {
  i: number;
  lane: number;
  x0: number;
  x1: number;
  cx: number;
  a: number;
  b: number;
  limit: number;
}

/** The layout of the whole zoomed axis, in world pixels. */
export interface WorldLayout {
  index: TimeIndex;
  /** Per lane, marks in order; within a lane they never overlap, so both ends are increasing. */
  lanes: WorldMark[][];
  /** Clusters in order of their centres. */
  clusters: PlacedCluster[];
  /** How far any cluster's extent reaches from its centre (to find them by centre). */
  clusterReach: number;
  spacing: Required<Spacing>;
}

/** World x of time `t`: `(t - origin) * pxPerUnit`. */
export interface WorldScale {
  origin: number;
  pxPerUnit: number;
}

let scratch = new Float64Array(0);

/**
 * Stacks every item of the index into `lanes` (greedy, left to right, the `priority` id first)
 * and gathers what does not fit into badges, one per slot of the axis. Deterministic for equal input.
 */
export function layoutWorld(index: TimeIndex, scale: WorldScale, o: Spacing & { lanes: number; priority?: string | null; denseAt?: number }): WorldLayout {
  const sp = { ...DEFAULTS, ...withoutUndefined(o) };
  const { r, gap, clusterGap } = sp;
  const n = index.ids.length;
  const L = Math.max(0, o.lanes);
  // Scratch space, reused from call to call (a layout per filter change and zoom level would
  // otherwise leave three arrays of the whole list to the garbage collector each time).
  if (scratch.length < 3 * n) scratch = new Float64Array(3 * Math.max(n, (scratch.length / 3) * 2));
  const cap = scratch.length / 3;
  const x0 = scratch.subarray(0, n);
  const x1 = scratch.subarray(cap, cap + n);
  for (let i = 0; i < n; i++) {
    x0[i] = (index.t0[i]! - scale.origin) * scale.pxPerUnit;
    x1[i] = (index.t1[i]! - scale.origin) * scale.pxPerUnit;
  }
  const mark = (i: number, lane: number): WorldMark => {
    const cx = (x0[i]! + x1[i]!) / 2;
    return { i, lane, x0: x0[i]!, x1: x1[i]!, cx, a: Math.min(x0[i]!, cx - r), b: Math.max(x1[i]!, cx + r), limit: Infinity };
  };

  const lanes: WorldMark[][] = Array.from({ length: L }, () => []);
  const ends = new Float64Array(L).fill(-Infinity);
  // The priority item takes lane 0 first; others must keep clear of it in that lane.
  const pi = o.priority ? index.ids.indexOf(o.priority) : -1;
  let fixed: WorldMark | null = null;
  if (pi >= 0 && L > 0) fixed = mark(pi, 0);
  // Slots of `clusterGap` world pixels, fixed in world space. A slot with more than `denseAt`
  // items is not stacked at all: it becomes one bar (a dense stretch of an archive has thousands).
  const slot = scratch.subarray(2 * cap, 2 * cap + n);
  for (let i = 0; i < n; i++) slot[i] = Math.floor((x0[i]! + x1[i]!) / 2 / clusterGap);
  const slotOf = (i: number) => slot[i]!;
  const denseAt = o.denseAt ?? Infinity;
  // Items come in time order, so a slot's items mostly come in a run: count runs, not items.
  const crowd = new Map<number, number>();
  if (Number.isFinite(denseAt)) {
    for (let i = 0; i < n; ) {
      let j = i + 1;
      while (j < n && slot[j] === slot[i]) j++;
      crowd.set(slot[i]!, (crowd.get(slot[i]!) ?? 0) + (j - i));
      i = j;
    }
  }
  const isDense = (s: number) => (crowd.get(s) ?? 0) > denseAt;
  const anyDense = [...crowd.values()].some((c) => c > denseAt);
  const overflow: number[] = [];
  let lastSlot = NaN;
  let lastDense = false;
  for (let i = 0; i < n; i++) {
    if (i === pi && fixed) continue;
    if (anyDense) {
      if (slot[i] !== lastSlot) {
        lastSlot = slot[i]!;
        lastDense = isDense(lastSlot);
      }
      if (lastDense) {
        overflow.push(i);
        continue;
      }
    }
    const cx = (x0[i]! + x1[i]!) / 2;
    const a = Math.min(x0[i]!, cx - r);
    const b = Math.max(x1[i]!, cx + r);
    let lane = -1;
    for (let l = 0; l < L; l++) {
      if (a < ends[l]! + gap) continue;
      if (l === 0 && fixed && !(b + gap <= fixed.a || a >= fixed.b + gap)) continue;
      lane = l;
      break;
    }
    if (lane < 0) {
      overflow.push(i);
      continue;
    }
    ends[lane] = b;
    lanes[lane]!.push(mark(i, lane));
  }
  if (fixed) {
    const l0 = lanes[0]!;
    let at = 0;
    while (at < l0.length && l0[at]!.a < fixed.a) at++;
    l0.splice(at, 0, fixed);
  }
  for (const ms of lanes) for (let j = 0; j + 1 < ms.length; j++) ms[j]!.limit = ms[j + 1]!.a - gap;

  // Overflow: one badge per slot of `clusterGap` world pixels, at the slot's centre. Slots are
  // fixed in world space, so badges keep their place while panning and never sit closer than
  // the gap; a dense axis gets a row of badges (each opening its own stretch), not one.
  const src = (i: number) => (index.source ? index.source[i]! : i);
  const slots = new Map<number, number[]>();
  let run: number[] | undefined;
  lastSlot = NaN;
  for (const i of overflow) {
    const s = slotOf(i);
    if (s !== lastSlot) {
      lastSlot = s;
      run = slots.get(s);
      if (!run) slots.set(s, (run = []));
    }
    run!.push(i);
  }
  const clusters: PlacedCluster[] = [...slots.keys()]
    .sort((a, b) => a - b)
    .map((slot) => {
      const members = slots.get(slot)!;
      let lo = Infinity;
      let hi = -Infinity;
      for (const i of members) {
        lo = Math.min(lo, x0[i]!);
        hi = Math.max(hi, x1[i]!);
      }
      const key = `${index.ids[members[0]!]}+${members.length}`;
      const c = { key, cx: (slot + 0.5) * clusterGap, x0: lo, x1: hi, at: index.source ? members.map(src) : members } as PlacedCluster;
      // The ids of a column's thousands of members are listed only when asked for (opening it).
      let ids: string[] | null = null;
      Object.defineProperty(c, 'ids', { enumerable: true, get: () => (ids ??= members.map((i) => index.ids[i]!)) });
      if (anyDense && isDense(slot)) c.dense = true;
      return c;
    });
  // A column fills its slot from the axis up: labels of the markers before it stop there.
  const columnStarts = clusters.filter((c) => c.dense).map((c) => c.cx - clusterGap / 2);
  if (columnStarts.length > 0) {
    for (const ms of lanes) {
      for (const m of ms) {
        let lo = 0;
        let hi = columnStarts.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (columnStarts[mid]! < m.b) lo = mid + 1;
          else hi = mid;
        }
        if (lo < columnStarts.length) m.limit = Math.min(m.limit, columnStarts[lo]! - gap);
      }
    }
  }
  let clusterReach = 0;
  for (const c of clusters) clusterReach = Math.max(clusterReach, c.cx - c.x0, c.x1 - c.cx);
  return { index, lanes, clusters, clusterReach, spacing: sp };
}

/** First position in a lane whose right end reaches `x`. */
function firstReaching(ms: readonly WorldMark[], x: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.b < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First cluster whose centre is at or after `x`. */
function firstCluster(cs: readonly PlacedCluster[], x: number): number {
  let lo = 0;
  let hi = cs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cs[mid]!.cx < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What the window `[left, right]` (world px) shows: the marks that reach into it with the labels
 * that fit before the next thing in their lane and the window's right edge, and the badges,
 * pulled inside the window and merged where that brings them together. Coordinates stay in
 * world pixels (draw them shifted by `-left`).
 */
export function viewWorld(w: WorldLayout, left: number, right: number, labelOf: (at: number, id: string) => string): TimelineLayout {
  const { r, clusterGap, charPx, labelMin } = w.spacing;
  const marks: PlacedMark[] = [];
  for (const ms of w.lanes) {
    for (let j = firstReaching(ms, left); j < ms.length && ms[j]!.a <= right; j++) {
      const m = ms[j]!;
      const id = w.index.ids[m.i]!;
      const at = w.index.source ? w.index.source[m.i]! : m.i;
      const labelX = m.b + 4;
      const avail = Math.min(m.limit, right) - labelX;
      let label: string | null = null;
      if (labelX >= left) {
        const text = labelOf(at, id);
        if (text.length * charPx <= avail) label = text;
        else if (avail >= labelMin) label = `${text.slice(0, Math.max(1, Math.floor(avail / charPx) - 1)).trimEnd()}…`;
      }
      marks.push({ id, at, cx: m.cx, x0: m.x0, x1: m.x1, lane: m.lane, label, labelX });
    }
  }
  marks.sort((a, b) => a.cx - b.cx || a.lane - b.lane);

  // Badges whose members reach into the window; one beyond an edge is drawn at that edge (a
  // badge is about a slot wide, so its centre keeps half a slot from the edge).
  const edge = Math.max(r, Math.min(clusterGap / 2, (right - left) / 2));
  const clusters: PlacedCluster[] = [];
  const cs = w.clusters;
  for (let j = firstCluster(cs, left - w.clusterReach); j < cs.length && cs[j]!.cx <= right + w.clusterReach; j++) {
    const c = cs[j]!;
    if (c.x0 > right || c.x1 < left) continue;
    let cur = c;
    // Clamping to the edges can bring badges together again: merge until they are apart.
    for (;;) {
      const cx = Math.min(right - edge, Math.max(left + edge, cur.cx));
      const prev = clusters[clusters.length - 1];
      if (!prev || cx - prev.cx >= clusterGap) {
        clusters.push(movedTo(cur, cx));
        break;
      }
      clusters.pop();
      const ids = [...prev.ids, ...cur.ids];
      const at = [...prev.at, ...cur.at];
      // approximate: the badge centre stands for its members
      const dense = prev.dense || cur.dense;
      cur = { key: `${ids[0]}+${ids.length}`, cx: (prev.cx * prev.ids.length + cur.cx * cur.ids.length) / ids.length, x0: Math.min(prev.x0, cur.x0), x1: Math.max(prev.x1, cur.x1), ids, at };
      if (dense) cur.dense = true;
    }
  }
  return { marks, clusters };
}

/** A cluster drawn at another centre; its id list stays unmade until asked for. */
function movedTo(c: PlacedCluster, cx: number): PlacedCluster {
  const o = { key: c.key, cx, x0: c.x0, x1: c.x1, at: c.at } as PlacedCluster;
  Object.defineProperty(o, 'ids', { enumerable: true, get: () => c.ids });
  if (c.dense) o.dense = true;
  return o;
}

/** Lays out items already in pixels across `[0, width]` (in any order); deterministic for equal input. */
export function layoutTimeline(items: readonly LayoutItem[], o: LayoutOptions): TimelineLayout {
  const index = buildTimeIndex(items.map((it) => ({ id: it.id, t0: it.x0, t1: it.x1 })));
  const priority = items.find((it) => it.priority)?.id ?? null;
  const world = layoutWorld(index, { origin: 0, pxPerUnit: 1 }, { ...o, priority });
  return viewWorld(world, 0, o.width, (at) => items[at]!.label);
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
