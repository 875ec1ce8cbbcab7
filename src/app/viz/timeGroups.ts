/**
 * Counting the items of a time index per slot of the axis without visiting each item.
 *
 * The index is split once into groups of one kind each in which neither end of the span ever
 * decreases (in index order). Within such a group the slot of an item — the centre of its span in
 * world pixels, divided by the slot width — never decreases either, so the items of one slot are
 * one run of the group, found by a galloping search. A stretch of the index (a year filter) at a
 * zoom level then costs a few searches per group and occupied slot, which is what is drawn,
 * instead of a pass over the tens of thousands of items behind it. Day, month and year dates make
 * three groups per kind.
 */

/** The index's items split into groups in which the slot never decreases. */
export interface TimeGroups {
  /** Per group: positions in the index, ascending. */
  members: Int32Array[];
  /** Per group: the kind code all its items share (0 when the index has no kinds). */
  kind: Int32Array;
  /** Number of kind codes (1 + the largest). */
  kinds: number;
  /**
   * False when the spans nest too much to make few such groups: then there is one group of every
   * item, of mixed kinds and in no slot order, and runs are found by a plain pass.
   */
  ordered: boolean;
}

/** Above this many groups, counting by runs would not pay: fall back to one pass. */
const MAX_GROUPS = 64;

/**
 * Splits items in index order (start ascending) into groups of one kind whose ends never
 * decrease, first fit: a day, a month and a year date of one kind land in three groups.
 */
export function groupSpans(t0: ArrayLike<number>, t1: ArrayLike<number>, kinds?: ArrayLike<number> | null): TimeGroups {
  const n = t0.length;
  const groupOf = new Int32Array(n);
  const lastT0: number[] = [];
  const lastT1: number[] = [];
  const kindOf: number[] = [];
  const sizes: number[] = [];
  /** Groups of each kind, in the order they were made. */
  const byKind: number[][] = [];
  let K = 1;
  let ordered = true;
  for (let i = 0; i < n; i++) {
    const k = kinds ? kinds[i]! : 0;
    if (k >= K) K = k + 1;
    const mine = (byKind[k] ??= []);
    let g = -1;
    for (const j of mine) {
      if (lastT0[j]! <= t0[i]! && lastT1[j]! <= t1[i]!) {
        g = j;
        break;
      }
    }
    if (g < 0) {
      if (sizes.length >= MAX_GROUPS) {
        ordered = false;
        break;
      }
      g = sizes.length;
      sizes.push(0);
      kindOf.push(k);
      lastT0.push(t0[i]!);
      lastT1.push(t1[i]!);
      mine.push(g);
    }
    lastT0[g] = t0[i]!;
    lastT1[g] = t1[i]!;
    sizes[g]!++;
    groupOf[i] = g;
  }
  if (!ordered) {
    for (let i = 0; i < n; i++) {
      const k = kinds ? kinds[i]! : 0;
      if (k >= K) K = k + 1;
    }
    return { members: [Int32Array.from({ length: n }, (_, i) => i)], kind: new Int32Array(1), kinds: K, ordered: false };
  }
  const members = sizes.map((s) => new Int32Array(s));
  const fill = new Int32Array(sizes.length);
  for (let i = 0; i < n; i++) {
    const g = groupOf[i]!;
    members[g]![fill[g]!++] = i;
  }
  return { members, kind: Int32Array.from(kindOf), kinds: K, ordered: true };
}

/** The items of one slot that one group holds: `members[group][from..to)`. */
export interface SlotRun {
  slot: number;
  group: number;
  from: number;
  to: number;
}

/** First position in ascending `xs` whose value is `x` or more. */
function lowerBound(xs: Int32Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The runs of the index positions `[a, b)` per slot, in slot order (then group, then position).
 * `slotOf(i)` gives the slot of index position `i`; in ordered groups it must never decrease
 * along the group (it does not when it is the floor of an increasing function of both ends).
 */
export function slotRuns(groups: TimeGroups, a: number, b: number, slotOf: (i: number) => number): SlotRun[] {
  const runs: SlotRun[] = [];
  for (let g = 0; g < groups.members.length; g++) {
    const m = groups.members[g]!;
    let i = lowerBound(m, a);
    const end = lowerBound(m, b);
    while (i < end) {
      const s = slotOf(m[i]!);
      let lo = i + 1;
      if (groups.ordered) {
        // Gallop to a position past the slot, then search between the last two steps.
        let step = 1;
        let hi = lo;
        while (hi < end && slotOf(m[hi]!) <= s) {
          lo = hi + 1;
          step *= 2;
          hi = i + step;
        }
        if (hi > end) hi = end;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (slotOf(m[mid]!) <= s) lo = mid + 1;
          else hi = mid;
        }
      } else {
        while (lo < end && slotOf(m[lo]!) === s) lo++;
      }
      runs.push({ slot: s, group: g, from: i, to: lo });
      i = lo;
    }
  }
  return groups.members.length > 1 || !groups.ordered ? runs.sort((p, q) => p.slot - q.slot || p.group - q.group || p.from - q.from) : runs;
}
