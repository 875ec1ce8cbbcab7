/**
 * Keeping the chart's DOM small however many sources and milestones a view has: a bar shows a
 * handful of its sources' values spread over their range, and milestones too dense for dots
 * become a histogram strip. Pure functions: numbers in, numbers or path strings out.
 */

/** At most this many source dots per bar. */
export const MAX_DOTS = 12;

/** Up to `max` values spread over the sorted distribution, the least and the greatest always among them: the dots a bar shows for its sources. */
export function spreadValues(values: readonly number[], max = MAX_DOTS): number[] {
  const s = [...values].sort((a, b) => a - b);
  if (s.length <= max) return s;
  const out: number[] = [];
  for (let i = 0; i < max; i++) out.push(s[Math.round((i * (s.length - 1)) / (max - 1))]!);
  return out;
}

/** Drops positions closer than `gap` to the one kept before them (positions sorted or not). */
export function dedupePositions(ys: readonly number[], gap: number): number[] {
  const s = [...ys].sort((a, b) => a - b);
  const out: number[] = [];
  for (const y of s) if (out.length === 0 || y - out[out.length - 1]! >= gap) out.push(y);
  return out;
}

/** One SVG path of filled circles: as many dots as wanted in a single DOM node. */
export function dotsPath(dots: readonly { x: number; y: number }[], r: number): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  return dots.map(({ x, y }) => `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`).join('');
}

/** One SVG path of I-beams (a vertical line with caps) from `y1` down to `y2` at `x`. */
export function rangesPath(ranges: readonly { x: number; y1: number; y2: number }[], cap = 5): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  return ranges.map(({ x, y1, y2 }) => `M${f(x)},${f(y1)}V${f(y2)}M${f(x - cap)},${f(y1)}h${2 * cap}M${f(x - cap)},${f(y2)}h${2 * cap}`).join('');
}

/** A bin of milestones: `[x0, x1)` in pixels and how many fall in it. */
export interface MarkerBin {
  x0: number;
  x1: number;
  count: number;
}

/** Counts positions per `width`-pixel bin from `left`; empty bins are left out. */
export function binPositions(xs: readonly number[], left: number, width: number): MarkerBin[] {
  if (xs.length === 0) return [];
  // Bins are counted in a plain array from the leftmost one: one pass, no hashing.
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of xs) {
    const k = Math.floor((x - left) / width);
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  const counts = new Array<number>(hi - lo + 1).fill(0);
  for (const x of xs) counts[Math.floor((x - left) / width) - lo]!++;
  const out: MarkerBin[] = [];
  counts.forEach((count, i) => {
    if (count) out.push({ x0: left + (lo + i) * width, x1: left + (lo + i + 1) * width, count });
  });
  return out;
}

/**
 * The histogram strip as one path: each bin a bar rising from `baseY`, its height growing with
 * the square root of its count (so one milestone still shows) up to `height` for the fullest bin.
 */
export function binsPath(bins: readonly MarkerBin[], baseY: number, height: number, gap = 1): string {
  const most = bins.reduce((m, b) => Math.max(m, b.count), 0);
  if (!most) return '';
  const f = (n: number) => Math.round(n * 100) / 100;
  return bins
    .map((b) => {
      const h = Math.max(1.5, (Math.sqrt(b.count) / Math.sqrt(most)) * height);
      return `M${f(b.x0 + gap / 2)},${f(baseY)}V${f(baseY - h)}H${f(b.x1 - gap / 2)}V${f(baseY)}Z`;
    })
    .join('');
}
