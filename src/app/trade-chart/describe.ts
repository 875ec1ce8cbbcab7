/** Sentences a screen reader or tooltip reads for a bar or a milestone marker. */
import type { Milestone } from '../../schema/dataset';
import type { TradeBar } from '../data/figureSelectors';
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
  for (const g of bar.growth) parts.push(`${t.growth} ${formatGrowth(g.value, g.unit, lang)}`);
  parts.push(`${t.sources}: ${bar.sources.length}`);
  return parts.join('; ');
}

/** "Putin’s state visit to Bishkek, 28 Mar 2019". */
export function describeMilestone(m: Milestone, lang: Lang): string {
  return `${lang === 'ru' ? m.titleRu : m.titleEn}, ${formatPartialDate(m.date, lang)}`;
}
