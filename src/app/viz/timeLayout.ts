/**
 * Pure layout of timeline markers: markers stack into lanes, what does not fit collapses into
 * count badges (clusters), and labels are placed only where they cannot overlap.
 *
 * The work is split by how often it has to change:
 * - `buildTimeIndex`, once per list of milestones: numeric times in time order;
 * - `layoutWorld`, once per zoom level and filter: lanes and clusters over the whole zoomed axis
 *   ("world" pixels, before panning); slots too crowded for markers are counted by runs
 *   (`timeGroups.ts`) without visiting their items, the rest stacked in O(items · lanes);
 * - `viewWorld`, once per pan frame: what lies in the window, by binary search in each lane, and
 *   the labels that fit; O(lanes · log n + visible).
 * Panning therefore moves markers without re-stacking them, and a frame costs only what it shows.
 */
import { groupSpans, slotRuns, type SlotRun, type TimeGroups } from './timeGroups';

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
  /** Ids of the members (made on first use). */
  ids: string[];
  /** Positions of the members in the input list, in the order of `ids` (made on first use). */
  at: number[];
  /** Number of members: `at.length` without making the list. */
  n: number;
  /** Lowest and highest member position in the input list (the earliest and latest in a list in time order). */
  first: number;
  last: number;
  /** Members per kind code when the index has kinds (`TimeIndex.kinds`), else null. */
  kinds: Int32Array | null;
  /**
   * A whole slot too crowded for markers (more than `denseAt` items): drawn as one bar for the
   * stretch instead of markers plus a badge.
   */
  dense?: boolean | undefined;
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
  ids: readonly string[];
  t0: Float64Array;
  t1: Float64Array;
  /** Where each item was in the input list; null when the input was already in order. */
  source?: Int32Array | null;
  /** A small code per item (its type, say), counted per cluster in `PlacedCluster.kinds`. */
  kinds?: Uint8Array | null;
}

/** Sorts `{id, t0, t1}` items into a TimeIndex. */
export function buildTimeIndex(items: readonly { id: string; t0: number; t1: number }[]): TimeIndex {
  return sortTimeIndex({ ids: items.map((it) => it.id), t0: Float64Array.from(items, (it) => it.t0), t1: Float64Array.from(items, (it) => it.t1) });
}

/** Puts parallel arrays into TimeIndex order; returns them as they are when already in order. */
export function sortTimeIndex(ix: TimeIndex): TimeIndex {
  const { ids, t0, t1, kinds } = ix;
  const n = ids.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = t0[i - 1]! < t0[i]! || (t0[i - 1] === t0[i] && t1[i - 1]! >= t1[i]!);
  if (sorted) return ix;
  const order = Array.from({ length: n }, (_, j) => j).sort((p, q) => t0[p]! - t0[q]! || t1[q]! - t1[p]! || p - q);
  return { ids: order.map((j) => ids[j]!), t0: Float64Array.from(order, (j) => t0[j]!), t1: Float64Array.from(order, (j) => t1[j]!), source: Int32Array.from(order), kinds: kinds ? Uint8Array.from(order, (j) => kinds[j]!) : null };
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

/** Groups of each index, made once (see `groupSpans`). */
const groupCache = new WeakMap<TimeIndex, TimeGroups>();
const timeGroups = (ix: TimeIndex): TimeGroups => {
  let g = groupCache.get(ix);
  if (!g) groupCache.set(ix, (g = groupSpans(ix.t0, ix.t1, ix.kinds)));
  return g;
};

/** What `layoutWorld` is asked for besides the spacing. */
export interface WorldOptions extends Spacing {
  lanes: number;
  /** Placed first in lane 0, never hidden in a cluster (the selected milestone). */
  priority?: string | null;
  /** A slot with more than this many items becomes one column (`PlacedCluster.dense`). */
  denseAt?: number;
  /** Lay out only the index positions `[from, to)` (a year filter over a list in time order). */
  range?: readonly [number, number];
}

/**
 * Stacks every item of the index (or of `range`) into `lanes` (greedy, left to right, the
 * `priority` id first) and gathers what does not fit into badges, one per slot of the axis.
 * Deterministic for equal input.
 *
 * A slot with more than `denseAt` items is not stacked at all: it becomes one column, counted by
 * runs of `timeGroups` without visiting its items (a dense stretch of an archive has thousands),
 * so a year filter or a zoom level costs about what is drawn.
 */
export function layoutWorld(index: TimeIndex, scale: WorldScale, o: WorldOptions): WorldLayout {
  const sp = { ...DEFAULTS, ...withoutUndefined(o) };
  const { r, gap, clusterGap } = sp;
  const n = index.ids.length;
  const a = o.range ? Math.max(0, o.range[0]) : 0;
  const b = o.range ? Math.min(n, o.range[1]) : n;
  const L = Math.max(0, o.lanes);
  const { t0, t1, source } = index;
  const { origin, pxPerUnit } = scale;
  const X0 = (i: number) => (t0[i]! - origin) * pxPerUnit;
  const X1 = (i: number) => (t1[i]! - origin) * pxPerUnit;
  // Slots of `clusterGap` world pixels, fixed in world space, by the centre of the span.
  const slotOf = (i: number) => Math.floor((X0(i) + X1(i)) / 2 / clusterGap);
  const mark = (i: number, lane: number): WorldMark => {
    const x0 = X0(i);
    const x1 = X1(i);
    const cx = (x0 + x1) / 2;
    return { i, lane, x0, x1, cx, a: Math.min(x0, cx - r), b: Math.max(x1, cx + r), limit: Infinity };
  };

  // The priority item takes lane 0 first; others must keep clear of it in that lane.
  const found = o.priority ? index.ids.indexOf(o.priority) : -1;
  const pi = found >= a && found < b ? found : -1;
  const fixed = pi >= 0 && L > 0 ? mark(pi, 0) : null;
  const skip = fixed ? pi : -1;
  const kindCount = index.kinds ? timeGroups(index).kinds : 0;
  const made = (members: number[], slot: number, dense: boolean) => clusterOf(index, members, (slot + 0.5) * clusterGap, X0, X1, kindCount, dense);

  // Crowded slots first: each is one column, and only the items of the others are stacked.
  const clusters: PlacedCluster[] = [];
  let stack: Int32Array | null = null;
  const denseAt = o.denseAt ?? Infinity;
  if (Number.isFinite(denseAt) && b > a) {
    const groups = timeGroups(index);
    const runs = slotRuns(groups, a, b, slotOf);
    const sparse: number[] = [];
    const membersOf = (r0: number, r1: number) => {
      const out: number[] = [];
      for (let q = r0; q < r1; q++) {
        const { group, from, to } = runs[q]!;
        const m = groups.members[group]!;
        for (let j = from; j < to; j++) out.push(m[j]!);
      }
      return r1 - r0 > 1 ? out.sort((x, y) => x - y) : out;
    };
    let anyDense = false;
    for (let r0 = 0; r0 < runs.length; ) {
      const slot = runs[r0]!.slot;
      let r1 = r0;
      let count = 0;
      for (; r1 < runs.length && runs[r1]!.slot === slot; r1++) count += runs[r1]!.to - runs[r1]!.from;
      if (count <= denseAt) {
        for (let q = r0; q < r1; q++) {
          const { group, from, to } = runs[q]!;
          const m = groups.members[group]!;
          for (let j = from; j < to; j++) sparse.push(m[j]!);
        }
      } else {
        anyDense = true;
        if (!source && !(skip >= 0 && slotOf(skip) === slot)) clusters.push(columnOf(index, groups, runs, r0, r1, (slot + 0.5) * clusterGap, X0, X1, membersOf));
        else {
          const members = membersOf(r0, r1).filter((i) => i !== skip);
          if (members.length > 0) clusters.push(made(members, slot, true));
        }
      }
      r0 = r1;
    }
    if (anyDense) stack = Int32Array.from(sparse).sort();
  }

  const lanes: WorldMark[][] = Array.from({ length: L }, () => []);
  const ends = new Float64Array(L).fill(-Infinity);
  const overflow: number[] = [];
  const count = stack ? stack.length : b - a;
  for (let q = 0; q < count; q++) {
    const i = stack ? stack[q]! : a + q;
    if (i === skip) continue;
    const x0 = X0(i);
    const x1 = X1(i);
    const cx = (x0 + x1) / 2;
    const ia = Math.min(x0, cx - r);
    const ib = Math.max(x1, cx + r);
    let lane = -1;
    for (let l = 0; l < L; l++) {
      if (ia < ends[l]! + gap) continue;
      if (l === 0 && fixed && !(ib + gap <= fixed.a || ia >= fixed.b + gap)) continue;
      lane = l;
      break;
    }
    if (lane < 0) {
      overflow.push(i);
      continue;
    }
    ends[lane] = ib;
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
  const slots = new Map<number, number[]>();
  let run: number[] | undefined;
  let lastSlot = NaN;
  for (const i of overflow) {
    const s = slotOf(i);
    if (s !== lastSlot) {
      lastSlot = s;
      run = slots.get(s);
      if (!run) slots.set(s, (run = []));
    }
    run!.push(i);
  }
  for (const [slot, members] of slots) clusters.push(made(members, slot, false));
  clusters.sort((p, q) => p.cx - q.cx);
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

/** A placed cluster whose member lists are made on first use: a column's thousands only when opened. */
class Cluster implements PlacedCluster {
  private a?: number[];
  private d?: string[];
  constructor(
    readonly key: string,
    readonly cx: number,
    readonly x0: number,
    readonly x1: number,
    readonly n: number,
    readonly first: number,
    readonly last: number,
    readonly kinds: Int32Array | null,
    readonly dense: true | undefined,
    private readonly list: () => number[],
    private readonly names: () => string[],
  ) {}
  get at(): number[] {
    return (this.a ??= this.list());
  }
  get ids(): string[] {
    return (this.d ??= this.names());
  }
}

/** A cluster of the given index positions (ascending), centred at `cx`. */
function clusterOf(ix: TimeIndex, members: number[], cx: number, X0: (i: number) => number, X1: (i: number) => number, kindCount: number, dense: boolean): PlacedCluster {
  let lo = Infinity;
  let hi = -Infinity;
  const kinds = ix.kinds ? new Int32Array(kindCount) : null;
  for (const i of members) {
    lo = Math.min(lo, X0(i));
    hi = Math.max(hi, X1(i));
    if (kinds) kinds[ix.kinds![i]!]!++;
  }
  const at = ix.source ? members.map((i) => ix.source![i]!) : members;
  return new Cluster(`${ix.ids[members[0]!]}+${members.length}`, cx, lo, hi, members.length, at.reduce((x, y) => Math.min(x, y)), at.reduce((x, y) => Math.max(x, y)), kinds, dense || undefined, () => at, () => members.map((i) => ix.ids[i]!));
}

/**
 * A column from its runs, without visiting its members: in a group the run's first item starts
 * first and its last item ends last.
 */
function columnOf(ix: TimeIndex, groups: TimeGroups, runs: readonly SlotRun[], r0: number, r1: number, cx: number, X0: (i: number) => number, X1: (i: number) => number, membersOf: (r0: number, r1: number) => number[]): PlacedCluster {
  let n = 0;
  let first = Infinity;
  let last = -Infinity;
  let lo = Infinity;
  let hi = -Infinity;
  const kinds = ix.kinds ? new Int32Array(groups.kinds) : null;
  for (let q = r0; q < r1; q++) {
    const { group, from, to } = runs[q]!;
    const m = groups.members[group]!;
    n += to - from;
    first = Math.min(first, m[from]!);
    last = Math.max(last, m[to - 1]!);
    lo = Math.min(lo, X0(m[from]!));
    hi = Math.max(hi, X1(m[to - 1]!));
    if (kinds) kinds[groups.kind[group]!]! += to - from;
  }
  const at = () => membersOf(r0, r1);
  return new Cluster(`${ix.ids[first]}+${n}`, cx, lo, hi, n, first, last, kinds, true, at, () => at().map((i) => ix.ids[i]!));
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
      cur = merged(prev, cur);
    }
  }
  return { marks, clusters };
}

/** A cluster drawn at another centre; its member lists stay unmade until asked for. */
const movedTo = (c: PlacedCluster, cx: number): PlacedCluster => new Cluster(c.key, cx, c.x0, c.x1, c.n, c.first, c.last, c.kinds, c.dense || undefined, () => c.at, () => c.ids);

/** Two neighbouring clusters as one (the first comes first); the centre is their members' mean. */
function merged(p: PlacedCluster, c: PlacedCluster): PlacedCluster {
  const n = p.n + c.n;
  return new Cluster(
    `${p.key.slice(0, p.key.lastIndexOf('+'))}+${n}`,
    // approximate: the badge centre stands for its members
    (p.cx * p.n + c.cx * c.n) / n,
    Math.min(p.x0, c.x0),
    Math.max(p.x1, c.x1),
    n,
    Math.min(p.first, c.first),
    Math.max(p.last, c.last),
    p.kinds && c.kinds ? p.kinds.map((k, i) => k + c.kinds![i]!) : null,
    p.dense || c.dense || undefined,
    () => [...p.at, ...c.at],
    () => [...p.ids, ...c.ids],
  );
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
