/**
 * The trade chart's geometry, computed from plain inputs and a size: time and value scales, bars
 * placed on the months their period covers, source ranges, target lines, growth notes, milestone
 * markers and axis ticks. No React and no DOM: the same layout draws the page, embed and export.
 */
import { linear, linearTime, type Linear } from './linearScale';
import { binPositions, dedupePositions, type MarkerBin } from './tradeDensity';
import { placeLabels, stackMarkers, type LabelRequest } from './tradeLabels';
import { textWidth } from './tradeText';

/** A bar to draw: one period and kind, with the spread of its sources. */
export interface LayoutBarInput {
  id: string;
  start: Date;
  end: Date;
  partial: boolean;
  kind: 'actual' | 'derived' | 'forecast';
  value: number;
  min: number;
  max: number;
  /** The value as printed above the bar. */
  label: string;
  /** The number alone (`2.5`), used when the years are too narrow for `label`; the axis gives the unit. */
  shortLabel: string;
  /** Short period tag for partial bars (`H1`, `7M`), else null. */
  tag: string | null;
  /** Growth notes printed above the value (`+12%`). */
  growth: string[];
  /** Source values drawn as dots on the range (already thinned, see `spreadValues`). */
  dots?: number[];
  /** Printed by the range when the dots are a sample of more sources (`n=546`), else null. */
  count?: string | null;
}

/** More milestones than this become a histogram strip instead of one dot each. */
export const MAX_MARKER_DOTS = 150;

/** Everything the layout needs besides the size. */
export interface LayoutInput {
  bars: LayoutBarInput[];
  targets: { value: number; label: string }[];
  markers: { id: string; at: Date; type?: string }[];
  /** Growth figures with no bar: drawn at their period's middle, above the axis. */
  looseGrowth: { id: string; start: Date; end: Date; label: string }[];
  /** Years to show even when empty (the filter range). */
  years?: { from: number | null; to: number | null };
  width: number;
  height: number;
  /** Base font size in px. */
  fontSize: number;
  yTick: (v: number) => string;
}

export interface BarGeometry {
  id: string;
  x: number;
  width: number;
  y: number;
  height: number;
  cx: number;
  kind: LayoutBarInput['kind'];
  partial: boolean;
  /** The sources' range where they disagree: from `y1` (max) down to `y2` (min). */
  range: { y1: number; y2: number } | null;
  /** Where the source dots go (y), at most a few, never overlapping; none on parts of a year. */
  dots: number[];
  /** The number of sources, beside the range's top, where there are more than dots. */
  count: { x: number; y: number; text: string } | null;
  tag: { x: number; y: number; text: string } | null;
}

export interface TextGeometry {
  id: string;
  x: number;
  y: number;
  text: string;
}

export interface TradeLayout {
  plot: { left: number; top: number; right: number; bottom: number };
  x: Linear<Date>;
  y: Linear<number>;
  bars: BarGeometry[];
  valueLabels: TextGeometry[];
  growthLabels: TextGeometry[];
  targets: { y: number; label: TextGeometry }[];
  /** One dot per milestone, when few enough; else empty and `markerBins` has them. */
  markers: { id: string; cx: number; cy: number; type?: string }[];
  /** Milestones counted per pixel bin, drawn as a histogram strip from `markerStrip.baseY`. */
  markerBins: MarkerBin[];
  markerStrip: { baseY: number; height: number } | null;
  /** Where a milestone is, for the one hovered or selected (in either mode); null when not shown. */
  markerAt: (id: string) => { cx: number; cy: number } | null;
  markerRadius: number;
  /** Baseline of the year labels, below the milestone lane. */
  axisY: number;
  xTicks: { x: number; label: string; major: boolean }[];
  yTicks: { y: number; label: string }[];
  /** Years on the axis, for the empty state. */
  years: [number, number];
}

const yearStart = (y: number) => new Date(Date.UTC(y, 0, 1));

/** The years the axis spans: the filter range where set, else what the data covers. */
export function yearExtent(input: Pick<LayoutInput, 'bars' | 'markers' | 'looseGrowth' | 'years'>): [number, number] {
  let lo: number | null = null;
  let hi: number | null = null;
  const see = (y: number) => {
    if (lo === null || y < lo) lo = y;
    if (hi === null || y > hi) hi = y;
  };
  for (const b of input.bars) {
    see(b.start.getUTCFullYear());
    see(new Date(b.end.getTime() - 1).getUTCFullYear());
  }
  // Milestones may be tens of thousands: only their earliest and latest need a calendar year.
  let first = Infinity;
  let last = -Infinity;
  for (const m of input.markers) {
    const t = m.at.getTime();
    if (t < first) first = t;
    if (t > last) last = t;
  }
  if (input.markers.length) {
    see(new Date(first).getUTCFullYear());
    see(new Date(last).getUTCFullYear());
  }
  for (const g of input.looseGrowth) see(g.start.getUTCFullYear());
  if (input.years?.from != null) lo = input.years.from;
  if (input.years?.to != null) hi = input.years.to;
  if (lo === null || hi === null) return [2015, 2025];
  return lo <= hi ? [lo, hi] : [hi, lo];
}

/** Lays the chart out in a `width`×`height` box. */
export function layoutTrade(input: LayoutInput): TradeLayout {
  const { width, height, fontSize: fs } = input;
  const [y0, y1] = yearExtent(input);
  const maxValue = [...input.bars.map((b) => b.max), ...input.targets.map((t) => t.value)].reduce((m, v) => Math.max(m, v), 0);
  // The value axis is made twice: first for its round domain and tick labels (their width sets
  // the left margin), then with its pixel range once the plot's height is known.
  const yDomain = linear([0, maxValue > 0 ? maxValue * 1.12 : 1e9], [0, 1], 4).domain();
  const yTicksRaw = linear(yDomain, [0, 1]).ticks(Math.max(2, Math.min(6, Math.floor(height / 70))));
  const yLabels = yTicksRaw.map((v) => input.yTick(v));
  const left = Math.ceil(Math.max(...yLabels.map((l) => textWidth(l, fs * 0.92)), 10)) + 10;
  const right = 10;
  const markerRadius = Math.max(4, Math.round(fs * 0.38));
  const plotRight = Math.max(left + 40, width - right);
  const x = linearTime([yearStart(y0), yearStart(y1 + 1)], [left, plotRight]);
  // Milestones stack into as many rows as they need (up to three) below the plot; too many for
  // dots become a strip of counts per bin.
  // Straight arithmetic rather than the scale: tens of thousands of milestones, same line.
  const t0 = yearStart(y0).getTime();
  const perMs = (plotRight - left) / (yearStart(y1 + 1).getTime() - t0);
  const markerXs = input.markers.map((m) => left + (m.at.getTime() - t0) * perMs);
  const binned = input.markers.length > MAX_MARKER_DOTS;
  const rows = binned ? [] : stackMarkers(markerXs, markerRadius, 3);
  const rowCount = binned ? 2 : rows.reduce((m, r) => Math.max(m, r + 1), 0);
  const laneHeight = rowCount ? rowCount * (markerRadius * 2 + 2) + 8 : 0;
  const bottomGap = laneHeight + fs * 1.6;
  const top = Math.round(fs * 0.6);
  const plotBottom = Math.max(top + 40, height - bottomGap);
  const y = linear(yDomain, [plotBottom, top]);
  const band = x(yearStart(y0 + 1)) - x(yearStart(y0));

  // Several full-year bars for one period (actual and forecast) share the year side by side.
  const fullByPeriod = new Map<number, LayoutBarInput[]>();
  for (const b of input.bars) if (!b.partial) fullByPeriod.set(b.start.getTime(), [...(fullByPeriod.get(b.start.getTime()) ?? []), b]);
  const pad = Math.min(band * 0.14, 10);
  const bars: BarGeometry[] = input.bars.map((b) => {
    let bx0 = x(b.start);
    let bx1 = x(b.end);
    if (b.partial) {
      bx0 += pad * 0.5;
      bx1 -= pad * 0.5;
    } else {
      bx0 += pad;
      bx1 -= pad;
      const peers = fullByPeriod.get(b.start.getTime()) ?? [b];
      if (peers.length > 1) {
        const w = (bx1 - bx0) / peers.length;
        bx0 += w * peers.indexOf(b);
        bx1 = bx0 + w;
      }
    }
    const w = Math.max(2, bx1 - bx0);
    const yv = y(b.value);
    const range = b.max !== b.min ? { y1: y(b.max), y2: y(b.min) } : null;
    return {
      id: b.id,
      x: bx0,
      width: w,
      y: yv,
      height: Math.max(1, plotBottom - yv),
      cx: bx0 + w / 2,
      kind: b.kind,
      partial: b.partial,
      range,
      // Parts of a year nest inside their year: their ranges are drawn, their dots would only be noise.
      dots: range && b.dots && !b.partial ? dedupePositions(b.dots.map((v) => y(v)), 3) : [],
      count: range && b.count && !b.partial && w >= textWidth(b.count, fs * 0.7) + 14 ? { x: bx0 + w / 2 + 7, y: range.y1 + fs * 0.25, text: b.count } : null,
      tag: b.tag && w >= textWidth(b.tag, fs * 0.8) + 4 ? { x: bx0 + w / 2, y: plotBottom - 5, text: b.tag } : null,
    };
  });

  // Full-year labels first, then partial ones, then growth notes; a label that collides is lifted or hidden.
  const lineH = fs * 1.15;
  const labelFs = fs * 0.85;
  // Narrow years print numbers only; parts of a year are labelled only where a year has room.
  // A range label ("$2.8–3.1 bn") may overhang its year a little; collisions sort out the rest.
  const fits = (b: LayoutBarInput) => textWidth(b.label, labelFs) + 4 <= band * (b.min !== b.max ? 1.6 : 1);
  const short = input.bars.some((b) => !b.partial && !fits(b));
  const labelOf = (b: LayoutBarInput) => (short ? (b.partial && b.tag ? `${b.tag} ${b.shortLabel}` : b.shortLabel) : b.label);
  const requests = input.bars.flatMap((b, i) => {
    const g = bars[i]!;
    const topY = Math.min(g.y, g.range?.y1 ?? g.y) - 4;
    const reqs: LabelRequest[] = [];
    if (!b.partial || textWidth(labelOf(b), labelFs) * 0.9 <= band) {
      reqs.push({ id: `v:${b.id}`, x: g.cx, y: topY, width: textWidth(labelOf(b), labelFs), height: lineH, priority: b.partial ? 2 : b.kind === 'actual' ? 0 : 1 });
    }
    b.growth.forEach((t, k) => reqs.push({ id: `g${k}:${b.id}`, x: g.cx, y: topY - lineH * (k + 1), width: textWidth(t, fs * 0.8), height: lineH, priority: 3 + k }));
    return reqs;
  });
  for (const g of input.looseGrowth) {
    const cx = (x(g.start) + x(g.end)) / 2;
    requests.push({ id: `lg:${g.id}`, x: cx, y: plotBottom - 4, width: textWidth(g.label, fs * 0.8), height: lineH, priority: 4 });
  }
  // Target labels are reserved first so that bar labels keep off them.
  const targets = input.targets.map((t, i) => {
    const ty = y(t.value);
    const w = textWidth(t.label, fs * 0.85);
    return { y: ty, label: { id: `t${i}`, x: plotRight - w / 2, y: ty - 4, text: t.label }, w };
  });
  // Full years and their ranges are obstacles: on a crowded axis a label that would lie over a
  // neighbour's bar or whisker is hidden rather than drawn across it.
  const obstacles = bars.flatMap((g) => {
    if (g.partial) return [];
    const out = [{ x0: g.cx - g.width / 2, x1: g.cx + g.width / 2, y0: g.y, y1: plotBottom }];
    if (g.range) out.push({ x0: g.cx - 3, x1: g.cx + 3, y0: g.range.y1, y1: g.range.y2 });
    return out;
  });
  const placed = placeLabels(
    [...targets.map((t) => ({ id: t.label.id, x: t.label.x, y: t.label.y, width: t.w, height: lineH, priority: -1 })), ...requests],
    { minY: 0, gap: 3, obstacles },
  );
  const byId = new Map(placed.map((p) => [p.id, p]));
  const text = (id: string, s: string): TextGeometry[] => {
    const p = byId.get(id);
    return p && p.visible ? [{ id, x: p.x, y: p.y, text: s }] : [];
  };
  const valueLabels = input.bars.flatMap((b) => text(`v:${b.id}`, labelOf(b)));
  const growthLabels = [
    ...input.bars.flatMap((b) => b.growth.flatMap((t, k) => text(`g${k}:${b.id}`, t))),
    ...input.looseGrowth.flatMap((g) => text(`lg:${g.id}`, g.label)),
  ];

  const markers = binned ? [] : input.markers.map((m, i) => ({ id: m.id, cx: markerXs[i]!, cy: plotBottom + 6 + markerRadius + rows[i]! * (markerRadius * 2 + 2), type: m.type }));
  const stripBase = plotBottom + laneHeight - 4;
  const markerBins = binned ? binPositions(markerXs, left, Math.max(3, markerRadius)) : [];
  // Looked up for one hovered milestone at a time: the index is built on the first ask.
  let where: Map<string, { cx: number; cy: number }> | null = null;
  const markerAt = (id: string) => {
    if (!where) {
      where = new Map();
      if (binned) input.markers.forEach((m, i) => where!.set(m.id, { cx: markerXs[i]!, cy: plotBottom + 6 + markerRadius }));
      else for (const mk of markers) where.set(mk.id, { cx: mk.cx, cy: mk.cy });
    }
    return where.get(id) ?? null;
  };

  const yearLabelW = textWidth('2000', fs * 0.85) + 8;
  const step = [1, 2, 5, 10, 20].find((s) => band * s >= yearLabelW) ?? 50;
  const xTicks: TradeLayout['xTicks'] = [];
  for (let yr = y0; yr <= y1; yr++) {
    const major = (yr - y0) % step === 0;
    xTicks.push({ x: x(yearStart(yr)) + band / 2, label: major ? String(yr) : '', major });
  }
  return {
    plot: { left, top, right: plotRight, bottom: plotBottom },
    x,
    y,
    bars,
    valueLabels,
    growthLabels,
    targets: targets.map((t) => ({ y: t.y, label: t.label })),
    markers,
    markerBins,
    markerStrip: binned ? { baseY: stripBase, height: laneHeight - 10 } : null,
    markerAt,
    markerRadius,
    axisY: plotBottom + laneHeight + fs * 1.05,
    xTicks,
    yTicks: yTicksRaw.map((v, i) => ({ y: y(v), label: yLabels[i]! })),
    years: [y0, y1],
  };
}
