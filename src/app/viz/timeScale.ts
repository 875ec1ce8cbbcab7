/**
 * Pure time-axis math for the timeline: partial dates as spans, the fitted domain, the zoomed
 * scale and adaptive ticks (decades → years → months). No React, no DOM.
 */
import { utcMonth, utcYear, utcDay } from 'd3-time';

/** A half-open time span `[start, end)` in UTC. */
export interface Span {
  start: Date;
  end: Date;
}

/** A pan/zoom state: `x' = x * k + tx` applied to the fitted scale's range. */
export interface ViewTransform {
  k: number;
  x: number;
}

export const IDENTITY: ViewTransform = { k: 1, x: 0 };

/**
 * The span a partial date stands for: a day, a month or a whole year. `null` for an undated item
 * or a malformed string (never throws).
 */
export function dateSpan(date: string | null): Span | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const start = new Date(Date.UTC(y, Number(m[2]) - 1, Number(m[3])));
    return { start, end: utcDay.offset(start, 1) };
  }
  if (m[2]) {
    const start = new Date(Date.UTC(y, Number(m[2]) - 1, 1));
    return { start, end: utcMonth.offset(start, 1) };
  }
  const start = new Date(Date.UTC(y, 0, 1));
  return { start, end: utcYear.offset(start, 1) };
}

/** A span as epoch milliseconds `[t0, t1)`. */
export interface SpanMs {
  t0: number;
  t1: number;
}

const spanCache = new Map<string, SpanMs | null>();

/**
 * `dateSpan` as numbers, memoised by the date string (a dataset has a few thousand distinct
 * dates, so 25,000 milestones cost a few thousand parses, once).
 */
export function spanMs(date: string | null): SpanMs | null {
  if (!date) return null;
  let s = spanCache.get(date);
  if (s === undefined) {
    const d = dateSpan(date);
    s = d ? { t0: +d.start, t1: +d.end } : null;
    spanCache.set(date, s);
  }
  return s;
}

/** The earliest start and latest end of numeric spans (see `fitDomain`). */
export function fitDomainMs(spans: Iterable<SpanMs>, padFraction = 0.02): [Date, Date] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of spans) {
    if (s.t0 < lo) lo = s.t0;
    if (s.t1 > hi) hi = s.t1;
  }
  if (lo > hi) return fitDomain([], padFraction);
  return fitDomain([{ start: new Date(lo), end: new Date(hi) }], padFraction);
}

/** The earliest start and latest end of the spans, padded by `padFraction` of the width on each side. */
export function fitDomain(spans: readonly Span[], padFraction = 0.02): [Date, Date] {
  if (spans.length === 0) {
    const y = new Date(Date.UTC(2000, 0, 1));
    return [y, utcYear.offset(y, 1)];
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of spans) {
    lo = Math.min(lo, +s.start);
    hi = Math.max(hi, +s.end);
  }
  const pad = Math.max((hi - lo) * padFraction, 15 * 86_400_000);
  return [new Date(lo - pad), new Date(hi + pad)];
}

/**
 * A linear map from UTC time to pixels: the part of d3's scaleUtc the timeline uses, without
 * pulling d3-time-format and d3-interpolate into the first page load.
 */
export interface TimeScale {
  (d: Date | number): number;
  domain(): [Date, Date];
  range(): [number, number];
  invert(x: number): Date;
}

/** The linear time scale from `domain` onto `range`. */
export function timeScale(domain: readonly [Date, Date], range: readonly [number, number]): TimeScale {
  const t0 = +domain[0];
  const span = +domain[1] - t0 || 1;
  const [r0, r1] = range;
  const perMs = (r1 - r0) / span;
  const s = (d: Date | number) => r0 + (+d - t0) * perMs;
  return Object.assign(s, {
    domain: (): [Date, Date] => [new Date(t0), new Date(+domain[1])],
    range: (): [number, number] => [r0, r1],
    invert: (x: number) => new Date(t0 + (x - r0) / perMs),
  });
}

/** The scale for the fitted domain over `[left, right]`, then panned and zoomed by `t`. */
export function viewScale(domain: [Date, Date], left: number, right: number, t: ViewTransform = IDENTITY): TimeScale {
  const base = timeScale(domain, [left, right]);
  if (t.k === 1 && t.x === 0) return base;
  const d0 = base.invert((left - t.x) / t.k);
  const d1 = base.invert((right - t.x) / t.k);
  return timeScale([d0, d1], [left, right]);
}

/** The transform that shows `[start, end)` across `[left, right]` of the fitted scale, within `maxK`. */
export function transformToFit(domain: [Date, Date], left: number, right: number, span: Span, maxK = Infinity, minWidthPx = 0): ViewTransform {
  const base = timeScale(domain, [left, right]);
  const a = base(span.start);
  const b = base(span.end);
  const w = Math.max(b - a, minWidthPx, 1e-9);
  const k = Math.max(1, Math.min(maxK, ((right - left) * 0.9) / w));
  const mid = (a + b) / 2;
  return { k, x: (left + right) / 2 - mid * k };
}

/** Keeps a transform inside the fitted view: no zooming out past it, no panning beyond its ends. */
export function clampTransform(t: ViewTransform, left: number, right: number, maxK: number): ViewTransform {
  const k = Math.min(maxK, Math.max(1, t.k));
  // The fitted range [left, right] maps to [left*k + x, right*k + x]; it must cover [left, right].
  const minX = right - right * k;
  const maxX = left - left * k;
  return { k, x: Math.min(maxX, Math.max(minX, t.x)) };
}

/** One axis tick. */
export interface Tick {
  date: Date;
  x: number;
  label: string;
  /** Years (or decades) are major, months minor. */
  major: boolean;
}

/** How ticks are spaced: every `step` years, or by quarters or months. */
export type TickUnit = { unit: 'year'; step: number } | { unit: 'quarter' | 'month'; step: 1 };

/** Year labels need about this many pixels apart. */
const MIN_LABEL_PX = 34;

const MONTH_SHORT = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
} as const;

/** The tick unit for a density of pixels per year: decades when zoomed out, then years, quarters, months. */
export function tickUnit(pxPerYear: number): TickUnit {
  if (pxPerYear >= 12 * 30) return { unit: 'month', step: 1 };
  if (pxPerYear >= 4 * 34) return { unit: 'quarter', step: 1 };
  const step = [1, 2, 5, 10, 20, 50, 100].find((n) => n * pxPerYear >= MIN_LABEL_PX) ?? 100;
  return { unit: 'year', step };
}

/** Ticks for the visible domain: decades when zoomed out, then years, quarters and months. */
export function chooseTicks(scale: TimeScale, lang: 'en' | 'ru' = 'en'): Tick[] {
  const [d0, d1] = scale.domain() as [Date, Date];
  const [r0, r1] = scale.range() as [number, number];
  const years = (+d1 - +d0) / (365.25 * 86_400_000);
  const unit = tickUnit((r1 - r0) / Math.max(years, 1e-9));
  const yearsIv = utcYear.every(unit.step)!;
  const out: Tick[] = yearsIv.range(utcYear.floor(d0), utcYear.offset(d1, 1)).map((date) => ({
    date,
    x: scale(date),
    label: String(date.getUTCFullYear()),
    major: true,
  }));
  if (unit.unit !== 'year') {
    const months = utcMonth.every(unit.unit === 'quarter' ? 3 : 1)!;
    for (const date of months.range(utcMonth.floor(d0), utcMonth.offset(d1, 1))) {
      if (date.getUTCMonth() === 0) continue;
      out.push({ date, x: scale(date), label: MONTH_SHORT[lang][date.getUTCMonth()]!, major: false });
    }
    out.sort((a, b) => +a.date - +b.date);
  }
  return out.filter((t) => t.x >= r0 - 1 && t.x <= r1 + 1);
}
