/** From the chart's model to the plain input of `layoutTrade`: labels formatted in the UI language. */
import type { TradeModel } from '../data/figureSelectors';
import type { Filters } from '../data/selectors';
import type { Lang } from '../state/url';
import { formatGrowth, formatPeriodTag, formatUsd, formatUsdNumber, formatUsdRange, formatUsdTick } from '../viz/formatTrade';
import type { LayoutInput } from '../viz/tradeLayout';
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

/** Builds the layout input for a size and base font size. */
export function layoutInput(model: TradeModel, f: Pick<Filters, 'from' | 'to'>, lang: Lang, width: number, height: number, fontSize: number): LayoutInput {
  return {
    bars: model.bars.map((b) => ({
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
    })),
    targets: targetLines(model, lang),
    markers: model.milestones.flatMap((m) => {
      const at = dateMidpoint(m.date);
      return at ? [{ id: m.id, at, type: m.type }] : [];
    }),
    looseGrowth: model.looseGrowth.map((g) => ({ id: g.id, start: g.span.start, end: g.span.end, label: formatGrowth(g.value, g.unit, lang) })),
    years: { from: f.from, to: f.to },
    width,
    height,
    fontSize,
    yTick: (v) => formatUsdTick(v, lang),
  };
}
