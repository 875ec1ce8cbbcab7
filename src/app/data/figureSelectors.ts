/**
 * Pure selectors for the trade chart: from the dataset and the filters to bars (one per period
 * and kind, with every source), target lines, growth notes and milestones on the same axis.
 */
import type { Article, Dataset, Figure, FigureKind, Milestone, Qualifier } from '../../schema/dataset';
import { dateMidpoint, parsePeriod, type PeriodSpan } from '../viz/tradePeriods';
import { articlesForLeaders, filterMilestones, inRange, type Filters } from './selectors';

/** The metric the chart draws, in US dollars. */
export const TURNOVER = 'trade_turnover';

/** One figure and the article that gives it. */
export interface TradeSource {
  figure: Figure;
  article: Article | null;
}

/** A growth figure (`+12%`, `×2`) for a period. */
export interface TradeGrowth {
  id: string;
  span: PeriodSpan;
  value: number;
  /** `%` or `x`. */
  unit: string;
  source: TradeSource;
}

/** One bar: every source that gives turnover for one period and kind. */
export interface TradeBar {
  /** `period|kind`, stable across renders. */
  id: string;
  span: PeriodSpan;
  kind: Exclude<FigureKind, 'target'>;
  /** Median of the sources. */
  value: number;
  min: number;
  max: number;
  /** True when the sources give different values. */
  disagreement: boolean;
  /** The qualifier of the source closest to the median ("approaching"), or null. */
  qualifier: Qualifier | null;
  sources: TradeSource[];
  /** Growth figures for the same period. */
  growth: TradeGrowth[];
}

/** A target, drawn as a reference line. */
export interface TradeTarget {
  value: number;
  /** The period the target is for, or null for `annual`. */
  span: PeriodSpan | null;
  sources: TradeSource[];
}

/** Everything the chart shows for one view. */
export interface TradeModel {
  bars: TradeBar[];
  targets: TradeTarget[];
  /** Growth figures with no bar of their own period. */
  looseGrowth: TradeGrowth[];
  milestones: Milestone[];
  /** Outlets of the articles the figures come from, in order of first use. */
  outlets: string[];
  /** Number of articles behind the bars and targets. */
  articleCount: number;
  /** Latest article date among the sources, for the "data to" line. */
  latestDate: string | null;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
};

const isGrowth = (f: Figure) => f.metric === `${TURNOVER}_growth_pct` || f.metric === `${TURNOVER}_growth_multiple`;

const KIND_ORDER: Record<TradeBar['kind'], number> = { actual: 0, derived: 1, forecast: 2 };

/** Builds the chart's model: figures from articles featuring the chosen leaders, inside the year range. */
export function selectTradeModel(d: Dataset, f: Filters): TradeModel {
  const articles = new Map(d.articles.map((a) => [a.id, a]));
  const allowed = articlesForLeaders(d, f.leaders);
  const source = (figure: Figure): TradeSource => ({ figure, article: articles.get(figure.articleId) ?? null });
  const groups = new Map<string, { span: PeriodSpan; kind: TradeBar['kind']; figures: Figure[] }>();
  const targets = new Map<string, TradeTarget>();
  const growth: TradeGrowth[] = [];
  for (const fig of d.figures) {
    if (!allowed.has(fig.articleId)) continue;
    const asOf = articles.get(fig.articleId)?.date ?? null;
    if (fig.metric === TURNOVER && fig.unit === 'USD' && fig.kind === 'target') {
      const span = parsePeriod(fig.period, asOf);
      if (span && !inRange(span.year, f)) continue;
      const key = `${fig.value}|${span?.period ?? 'annual'}`;
      const t = targets.get(key) ?? { value: fig.value, span, sources: [] };
      t.sources.push(source(fig));
      targets.set(key, t);
      continue;
    }
    const span = parsePeriod(fig.period, asOf);
    if (!span || !inRange(span.year, f)) continue;
    if (fig.metric === TURNOVER && fig.unit === 'USD') {
      const kind = fig.kind as TradeBar['kind'];
      const key = `${span.period}|${kind}`;
      const g = groups.get(key) ?? { span, kind, figures: [] };
      g.figures.push(fig);
      groups.set(key, g);
    } else if (isGrowth(fig)) {
      growth.push({ id: fig.id, span, value: fig.value, unit: fig.unit, source: source(fig) });
    }
  }
  const bars: TradeBar[] = [...groups.entries()].map(([id, g]) => {
    const values = g.figures.map((x) => x.value);
    const value = median(values);
    const closest = [...g.figures].sort((a, b) => Math.abs(a.value - value) - Math.abs(b.value - value))[0]!;
    const min = Math.min(...values);
    const max = Math.max(...values);
    return {
      id,
      span: g.span,
      kind: g.kind,
      value,
      min,
      max,
      disagreement: min !== max,
      qualifier: closest.qualifier,
      sources: g.figures.map(source),
      growth: [],
    };
  });
  bars.sort((a, b) => a.span.start.getTime() - b.span.start.getTime() || a.span.end.getTime() - b.span.end.getTime() || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const looseGrowth: TradeGrowth[] = [];
  for (const g of growth) {
    const bar = bars.find((b) => b.span.period === g.span.period && b.kind === 'actual') ?? bars.find((b) => b.span.period === g.span.period);
    if (bar) bar.growth.push(g);
    else looseGrowth.push(g);
  }
  const used = [...bars.flatMap((b) => b.sources), ...[...targets.values()].flatMap((t) => t.sources)];
  const outlets: string[] = [];
  const ids = new Set<string>();
  let latestDate: string | null = null;
  for (const s of used) {
    if (!s.article || ids.has(s.article.id)) continue;
    ids.add(s.article.id);
    if (s.article.source && !outlets.includes(s.article.source)) outlets.push(s.article.source);
    if (s.article.date && (!latestDate || s.article.date > latestDate)) latestDate = s.article.date;
  }
  return {
    bars,
    targets: [...targets.values()].sort((a, b) => a.value - b.value),
    looseGrowth,
    milestones: filterMilestones(d.milestones, f),
    outlets,
    articleCount: ids.size,
    latestDate,
  };
}

/**
 * The milestone a click on a figure opens: one from the same article, the one dated nearest the
 * figure's period; null when the article has none.
 */
export function milestoneForFigure(milestones: readonly Milestone[], articleId: string, near: Date | null = null): string | null {
  const own = milestones.filter((m) => m.articleId === articleId);
  if (own.length === 0) return null;
  if (!near) return own[0]!.id;
  const at = (m: Milestone) => dateMidpoint(m.date)?.getTime() ?? Infinity;
  return [...own].sort((a, b) => Math.abs(at(a) - near.getTime()) - Math.abs(at(b) - near.getTime()))[0]!.id;
}
