/**
 * The two scales the trade chart needs — value → y and time → x, both straight lines — without
 * d3-scale, whose interpolators, colour parsing and tick formats would otherwise be the largest
 * part of the chart's initial JavaScript. Tick and "nice" arithmetic come from d3-array.
 */
import { nice, ticks } from 'd3-array';

/** A linear map from a domain to a range of pixels. */
export interface Linear<D> {
  (v: D): number;
  domain(): [D, D];
  range(): [number, number];
  /** Round values inside the domain, about `count` of them (numeric domains only). */
  ticks(count: number): number[];
}

/** A linear numeric scale; `niceCount` widens the domain to round ends, as d3's `scale.nice(n)`. */
export function linear(domain: [number, number], range: [number, number], niceCount?: number): Linear<number> {
  const [d0, d1] = niceCount ? nice(domain[0], domain[1], niceCount) : domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const f = (v: number) => r0 + (v - d0) * k;
  return Object.assign(f, { domain: (): [number, number] => [d0, d1], range: (): [number, number] => [r0, r1], ticks: (count: number) => ticks(d0, d1, count) });
}

/** A linear scale over time (UTC instants). */
export function linearTime(domain: [Date, Date], range: [number, number]): Linear<Date> {
  const n = linear([domain[0].getTime(), domain[1].getTime()], range);
  const f = (v: Date) => n(v.getTime());
  return Object.assign(f, { domain: (): [Date, Date] => [new Date(n.domain()[0]), new Date(n.domain()[1])], range: n.range, ticks: n.ticks });
}
