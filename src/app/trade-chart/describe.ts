/** Sentences a screen reader or tooltip reads for a bar or a milestone marker. */
import type { MilestoneCore as Milestone } from '../../schema/dataset';
import type { TradeBar, TradeGrowth, TradeSource } from '../data/figureSelectors';
import { formatPartialDate } from '../i18n';
import type { Lang } from '../state/url';
import { formatGrowth, formatKind, formatPeriod, formatQualifiedUsd, formatUsd, formatUsdRange } from '../viz/formatTrade';
import { fill, STRINGS } from './strings';

/** "2022: $3 bn, reported figure; sources disagree: $2.8 bn to $3.1 bn; 2 sources." */
export function describeBar(bar: TradeBar, lang: Lang): string {
  const t = STRINGS[lang];
  const value = bar.disagreement ? formatUsdRange(bar.min, bar.max, lang) : formatQualifiedUsd(bar.value, bar.qualifier, lang);
  const parts = [`${formatPeriod(bar.span, lang)}: ${value}`, formatKind(bar.kind, lang)];
  if (bar.disagreement) parts.push(fill(t.sourcesDisagree, { min: formatUsd(bar.min, lang), max: formatUsd(bar.max, lang) }));
  parts.push(...growthLines(bar.growth, lang));
  parts.push(`${t.sources}: ${bar.sources.length}`);
  return parts.join('; ');
}

/** "Putin’s state visit to Bishkek, 28 Mar 2019". */
export function describeMilestone(m: Milestone, lang: Lang): string {
  return `${lang === 'ru' ? m.titleRu : m.titleEn}, ${formatPartialDate(m.date, lang)}`;
}

/** Up to three growth notes one by one; more are summed up per unit as a range ("growth from +2% to +25% (40 figures)"). */
export function growthLines(growth: readonly TradeGrowth[], lang: Lang): string[] {
  const t = STRINGS[lang];
  if (growth.length <= 3) return growth.map((g) => `${t.growth} ${formatGrowth(g.value, g.unit, lang)}`);
  const units = [...new Set(growth.map((g) => g.unit))];
  return units.map((unit) => {
    const vs = growth.filter((g) => g.unit === unit).map((g) => g.value);
    const min = vs.reduce((m, v) => Math.min(m, v), Infinity);
    const max = vs.reduce((m, v) => Math.max(m, v), -Infinity);
    if (vs.length === 1 || min === max) return `${t.growth} ${formatGrowth(min, unit, lang)}`;
    return fill(t.growthRange, { min: formatGrowth(min, unit, lang), max: formatGrowth(max, unit, lang), n: vs.length });
  });
}

/** Sources the tooltip lists: every one up to `max`; else those at the ends and nearest the median. */
export function sourcesToList(bar: Pick<TradeBar, 'sources' | 'value'>, max = 6): TradeSource[] {
  const all = bar.sources;
  let picked: readonly TradeSource[] = all;
  if (all.length > max) {
    const byValue = [...all].sort((a, b) => a.figure.value - b.figure.value || a.figure.id.localeCompare(b.figure.id));
    const chosen = new Set([byValue[0]!, byValue[byValue.length - 1]!]);
    const nearMedian = [...byValue].sort((a, b) => Math.abs(a.figure.value - bar.value) - Math.abs(b.figure.value - bar.value));
    for (const s of nearMedian) {
      if (chosen.size >= max) break;
      chosen.add(s);
    }
    picked = [...chosen];
  }
  const outlet = (s: TradeSource) => s.article?.source ?? '';
  const date = (s: TradeSource) => s.article?.date ?? '';
  return [...picked].sort((a, b) => outlet(a).localeCompare(outlet(b)) || date(a).localeCompare(date(b)) || a.figure.id.localeCompare(b.figure.id));
}
