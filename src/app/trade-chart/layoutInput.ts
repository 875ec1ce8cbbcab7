/** From the chart's model to the plain input of `layoutTrade`: labels formatted in the UI language. */
import type { TradeModel } from '../data/figureSelectors';
import type { Filters } from '../data/selectors';
import type { Lang } from '../state/url';
import { formatGrowth, formatPeriodTag, formatUsd, formatUsdNumber, formatUsdRange, formatUsdTick } from '../viz/formatTrade';
import type { LayoutInput } from '../viz/tradeLayout';
import { dateMidpoint } from '../viz/tradePeriods';
import { fill, STRINGS } from './strings';

/** Builds the layout input for a size and base font size. */
export function layoutInput(model: TradeModel, f: Pick<Filters, 'from' | 'to'>, lang: Lang, width: number, height: number, fontSize: number): LayoutInput {
  const t = STRINGS[lang];
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
      growth: b.growth.map((g) => formatGrowth(g.value, g.unit, lang)),
    })),
    targets: model.targets.map((tg) => ({ value: tg.value, label: fill(tg.span ? t.targetAnnual : t.target, { value: formatUsd(tg.value, lang) }) + (tg.span ? ` (${tg.span.period})` : '') })),
    markers: model.milestones.flatMap((m) => {
      const at = dateMidpoint(m.date);
      return at ? [{ id: m.id, at }] : [];
    }),
    looseGrowth: model.looseGrowth.map((g) => ({ id: g.id, start: g.span.start, end: g.span.end, label: formatGrowth(g.value, g.unit, lang) })),
    years: { from: f.from, to: f.to },
    width,
    height,
    fontSize,
    yTick: (v) => formatUsdTick(v, lang),
  };
}
