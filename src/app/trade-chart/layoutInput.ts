/** From the chart's model to the plain input of `layoutTrade`: labels formatted in the UI language. */
import type { MilestoneCore as Milestone } from '../../schema/dataset';
import type { TradeBar, TradeModel } from '../data/figureSelectors';
import type { Filters } from '../data/selectors';
import type { Lang } from '../state/url';
import { formatGrowth, formatPeriodTag, formatUsd, formatUsdNumber, formatUsdRange, formatUsdTick } from '../viz/formatTrade';
import type { LayoutBarInput, LayoutInput } from '../viz/tradeLayout';
import { MAX_DOTS, spreadValues } from '../viz/tradeDensity';
import { dateMidpoint } from '../viz/tradePeriods';
import { fill, STRINGS } from './strings';

/** More growth notes than this for one bar are left to the tooltip: one of many would mislead. */
const MAX_GROWTH_LABELS = 2;

/** Targets of one value share one line, whatever years they are for: `target $3 bn (2013–2026)`. */
function targetLines(model: TradeModel, lang: Lang): LayoutInput['targets'] {
  const t = STRINGS[lang];
  const byValue = new Map<number, TradeModel['targets']>();
  for (const tg of model.targets) byValue.set(tg.value, [...(byValue.get(tg.value) ?? []), tg]);
  return [...byValue.entries()].map(([value, tgs]) => {
    const years = tgs.flatMap((tg) => (tg.span ? [tg.span.year] : []));
    const lo = years.reduce((m, y) => Math.min(m, y), Infinity);
    const hi = years.reduce((m, y) => Math.max(m, y), -Infinity);
    const when = years.length === 0 ? '' : lo === hi ? ` (${tgs.find((tg) => tg.span)!.span!.period})` : ` (${lo}–${hi})`;
    return { value, label: fill(years.length ? t.targetAnnual : t.target, { value: formatUsd(value, lang) }) + when };
  });
}

/** A bar's layout input, made once per bar object and language: a year range reuses its bars. */
const barInputs = new WeakMap<TradeBar, Partial<Record<Lang, LayoutBarInput>>>();

function barInput(b: TradeBar, lang: Lang): LayoutBarInput {
  const cached = barInputs.get(b);
  const hit = cached?.[lang];
  if (hit) return hit;
  const made: LayoutBarInput = {
    id: b.id,
    start: b.span.start,
    end: b.span.end,
    partial: b.span.partial,
    kind: b.kind,
    value: b.value,
    min: b.min,
    max: b.max,
    label: (b.span.partial ? `${formatPeriodTag(b.span, lang)}: ` : '') + (b.disagreement ? formatUsdRange(b.min, b.max, lang) : formatUsd(b.value, lang)),
    shortLabel: b.disagreement ? formatUsdRange(b.min, b.max, lang, true) : formatUsdNumber(b.value, lang),
    tag: b.span.partial ? formatPeriodTag(b.span, lang) : null,
    growth: b.growth.length > MAX_GROWTH_LABELS ? [] : b.growth.map((g) => formatGrowth(g.value, g.unit, lang)),
    dots: b.disagreement ? spreadValues(b.sources.map((s) => s.figure.value)) : [],
    count: b.disagreement && b.sources.length > MAX_DOTS ? `n=${b.sources.length}` : null,
  };
  barInputs.set(b, { ...cached, [lang]: made });
  return made;
}

/** Where a milestone sits on the time axis, parsed once per milestone object. */
const markerInputs = new WeakMap<Milestone, LayoutInput['markers'][number] | null>();

function markerInput(m: Milestone): LayoutInput['markers'][number] | null {
  let mk = markerInputs.get(m);
  if (mk === undefined) {
    const at = dateMidpoint(m.date);
    mk = at ? { id: m.id, at, type: m.type } : null;
    markerInputs.set(m, mk);
  }
  return mk;
}

const markerLists = new WeakMap<readonly Milestone[], LayoutInput['markers']>();

/** The milestones as markers, once per list (the unfiltered list is the dataset's own, so it stays). */
function markersOf(ms: readonly Milestone[]): LayoutInput['markers'] {
  let out = markerLists.get(ms);
  if (!out) {
    out = [];
    for (const m of ms) {
      const mk = markerInput(m);
      if (mk) out.push(mk);
    }
    markerLists.set(ms, out);
  }
  return out;
}

/** Builds the layout input for a size and base font size. */
export function layoutInput(model: TradeModel, f: Pick<Filters, 'from' | 'to'>, lang: Lang, width: number, height: number, fontSize: number): LayoutInput {
  return {
    bars: model.bars.map((b) => barInput(b, lang)),
    targets: targetLines(model, lang),
    markers: markersOf(model.milestones),
    looseGrowth: model.looseGrowth.map((g) => ({ id: g.id, start: g.span.start, end: g.span.end, label: formatGrowth(g.value, g.unit, lang) })),
    years: { from: f.from, to: f.to },
    width,
    height,
    fontSize,
    yTick: (v) => formatUsdTick(v, lang),
  };
}
