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
import { lowerBound } from './lowerBound';

/** The index's items split into groups in which the slot never decreases. */
export interface TimeGroups {
  /** Per group: positions in the index, ascending. */
  members: Int32Array[];
  /** Per group: the kind code all its items share (0 when the index has no kinds). */
  kind: Int32Array;
  /** Number of kind codes (1 + the largest). */
  kinds: number;
}

/**
 * Splits items in index order (start ascending) into groups of one kind whose ends never
 * decrease, first fit: a day, a month and a year date of one kind land in three groups. (Spans
 * nested deeper make more groups — at worst one per item — which stays right, only slower.)
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
  for (let i = 0; i < n; i++) {
    const k = kinds ? kinds[i]! : 0;
    if (k >= K) K = k + 1;
    const mine = (byKind[k] ??= []);
    let g = mine.find((j) => lastT0[j]! <= t0[i]! && lastT1[j]! <= t1[i]!) ?? -1;
    if (g < 0) {
      g = sizes.push(0) - 1;
      kindOf.push(k);
      mine.push(g);
    }
    lastT0[g] = t0[i]!;
    lastT1[g] = t1[i]!;
    sizes[g]!++;
    groupOf[i] = g;
  }
  const members = sizes.map((s) => new Int32Array(s));
  const fill = new Int32Array(sizes.length);
  for (let i = 0; i < n; i++) {
    const g = groupOf[i]!;
    members[g]![fill[g]!++] = i;
  }
  return { members, kind: Int32Array.from(kindOf), kinds: K };
}

/** The items of one slot that one group holds: `members[group][from..to)`. */
export interface SlotRun {
  slot: number;
  group: number;
  from: number;
  to: number;
}

/**
 * The runs of the index positions `[a, b)` per slot, in slot order (then group). `slotOf(i)`
 * gives the slot of index position `i`; it must never decrease along a group (it does not when
 * it is the floor of a non-decreasing function of both ends).
 */
export function slotRuns(groups: TimeGroups, a: number, b: number, slotOf: (i: number) => number): SlotRun[] {
  const runs: SlotRun[] = [];
  groups.members.forEach((m, g) => {
    const end = lowerBound(m, b);
    for (let i = lowerBound(m, a); i < end; ) {
      const s = slotOf(m[i]!);
      // Gallop to a position past the slot, then search between the last two steps.
      let lo = i + 1;
      let hi = lo;
      for (let step = 1; hi < end && slotOf(m[hi]!) <= s; step *= 2) {
        lo = hi + 1;
        hi = i + 2 * step;
      }
      hi = Math.min(hi, end);
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (slotOf(m[mid]!) <= s) lo = mid + 1;
        else hi = mid;
      }
      runs.push({ slot: s, group: g, from: i, to: lo });
      i = lo;
    }
  });
  return runs.sort((p, q) => p.slot - q.slot || p.group - q.group);
}
