/**
 * Pure selectors for the trade chart: from the dataset and the filters to bars (one per period
 * and kind, with every source), target lines, growth notes and milestones on the same axis.
 */
import type { Article, DatasetFile as Dataset, FigureCore as Figure, FigureKind, MilestoneCore as Milestone, Qualifier } from '../../schema/dataset';
import { dateMidpoint, parsePeriod, type PeriodSpan } from '../viz/tradePeriods';
import { articlesForLeaders, filterMilestones, inRange, lowerBound, type Filters } from './selectors';

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

/** A figure placed once per dataset: its period parsed and its role on the chart decided. */
interface Placed {
  figure: Figure;
  span: PeriodSpan | null;
  role: 'bar' | 'target' | 'growth';
}

/** Per-dataset work done once: articles by id and every chart figure with its period parsed. */
interface TradeIndex {
  articles: Map<string, Article>;
  placed: Placed[];
  /** Dated milestones ordered by year (dataset order within a year), and their years. */
  byYear: Milestone[];
  years: number[];
  /** The model with no leader filter and all years, filtered by year on demand. */
  all: TradeModel | null;
}

const indexes = new WeakMap<Dataset, TradeIndex>();

function tradeIndex(d: Dataset): TradeIndex {
  let ix = indexes.get(d);
  if (ix) return ix;
  const articles = new Map(d.articles.map((a) => [a.id, a]));
  const placed: Placed[] = [];
  for (const figure of d.figures) {
    const usd = figure.metric === TURNOVER && figure.unit === 'USD';
    const role = usd ? (figure.kind === 'target' ? 'target' : 'bar') : isGrowth(figure) ? 'growth' : null;
    if (!role) continue;
    const span = parsePeriod(figure.period, articles.get(figure.articleId)?.date ?? null);
    if (!span && role !== 'target') continue;
    placed.push({ figure, span, role });
  }
  const dated = d.milestones.flatMap((m) => (m.date ? [{ m, y: Number(m.date.slice(0, 4)) }] : [])).sort((a, b) => a.y - b.y);
  ix = { articles, placed, byYear: dated.map((x) => x.m), years: dated.map((x) => x.y), all: null };
  indexes.set(d, ix);
  return ix;
}

/** Builds bars, targets and growth from placed figures. */
function buildModel(ix: TradeIndex, placed: readonly Placed[], milestones: Milestone[]): TradeModel {
  const source = (figure: Figure): TradeSource => ({ figure, article: ix.articles.get(figure.articleId) ?? null });
  const groups = new Map<string, { span: PeriodSpan; kind: TradeBar['kind']; figures: Figure[] }>();
  const targets = new Map<string, TradeTarget>();
  const growth: TradeGrowth[] = [];
  for (const { figure: fig, span, role } of placed) {
    if (role === 'target') {
      const key = `${fig.value}|${span?.period ?? 'annual'}`;
      const t = targets.get(key) ?? { value: fig.value, span, sources: [] };
      t.sources.push(source(fig));
      targets.set(key, t);
    } else if (role === 'bar') {
      const kind = fig.kind as TradeBar['kind'];
      const key = `${span!.period}|${kind}`;
      const g = groups.get(key) ?? { span: span!, kind, figures: [] };
      g.figures.push(fig);
      groups.set(key, g);
    } else {
      growth.push({ id: fig.id, span: span!, value: fig.value, unit: fig.unit, source: source(fig) });
    }
  }
  const bars: TradeBar[] = [...groups.entries()].map(([id, g]) => {
    const values = g.figures.map((x) => x.value);
    const value = median(values);
    let closest = g.figures[0]!;
    let min = Infinity;
    let max = -Infinity;
    for (const x of g.figures) {
      if (Math.abs(x.value - value) < Math.abs(closest.value - value)) closest = x;
      if (x.value < min) min = x.value;
      if (x.value > max) max = x.value;
    }
    return { id, span: g.span, kind: g.kind, value, min, max, disagreement: min !== max, qualifier: closest.qualifier, sources: g.figures.map(source), growth: [] };
  });
  bars.sort((a, b) => a.span.start.getTime() - b.span.start.getTime() || a.span.end.getTime() - b.span.end.getTime() || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  // Growth goes to the actual bar of its period, else any bar of that period.
  const byPeriod = new Map<string, TradeBar>();
  for (const b of bars) if (b.kind === 'actual' || !byPeriod.has(b.span.period)) byPeriod.set(b.span.period, b);
  const looseGrowth: TradeGrowth[] = [];
  for (const g of growth) {
    const bar = byPeriod.get(g.span.period);
    if (bar) bar.growth.push(g);
    else looseGrowth.push(g);
  }
  return withSourcesSummary({ bars, targets: [...targets.values()].sort((a, b) => a.value - b.value), looseGrowth, milestones });
}

/** Adds the outlets, article count and latest date behind the bars and targets. */
function withSourcesSummary(m: Pick<TradeModel, 'bars' | 'targets' | 'looseGrowth' | 'milestones'>): TradeModel {
  const outlets = new Set<string>();
  const ids = new Set<string>();
  let latestDate: string | null = null;
  const visit = (s: TradeSource) => {
    if (!s.article || ids.has(s.article.id)) return;
    ids.add(s.article.id);
    if (s.article.source) outlets.add(s.article.source);
    if (s.article.date && (!latestDate || s.article.date > latestDate)) latestDate = s.article.date;
  };
  for (const b of m.bars) b.sources.forEach(visit);
  for (const t of m.targets) t.sources.forEach(visit);
  return { ...m, outlets: [...outlets], articleCount: ids.size, latestDate };
}

/**
 * Builds the chart's model: figures from articles featuring the chosen leaders, inside the year
 * range. Periods are parsed once per dataset; without a leader filter the bars are built once
 * too, and a year range only picks among them.
 */
export function selectTradeModel(d: Dataset, f: Filters): TradeModel {
  const ix = tradeIndex(d);
  const milestones = f.leaders.length > 0 ? filterMilestones(d.milestones, f) : milestonesInYears(d, ix, f);
  if (f.leaders.length > 0) {
    const allowed = articlesForLeaders(d, f.leaders);
    return buildModel(ix, ix.placed.filter((p) => allowed.has(p.figure.articleId) && (p.span ? inRange(p.span.year, f) : true)), milestones);
  }
  ix.all ??= buildModel(ix, ix.placed, []);
  if (f.from === null && f.to === null) return { ...ix.all, milestones };
  // A bar's growth is of its own period, hence of its own year: filtering bars by year keeps it right.
  const within = (span: PeriodSpan | null) => span === null || inRange(span.year, f);
  return withSourcesSummary({
    bars: ix.all.bars.filter((b) => within(b.span)),
    targets: ix.all.targets.filter((t) => within(t.span)),
    looseGrowth: ix.all.looseGrowth.filter((g) => within(g.span)),
    milestones,
  });
}

/** Milestones in the year range, as `filterMilestones` with no leaders but without a pass over all of them. */
function milestonesInYears(d: Dataset, ix: TradeIndex, f: Pick<Filters, 'from' | 'to'>): Milestone[] {
  if (f.from === null && f.to === null) return d.milestones;
  const a = f.from === null ? 0 : lowerBound(ix.years, f.from);
  const b = f.to === null ? ix.years.length : lowerBound(ix.years, f.to + 1);
  return ix.byYear.slice(a, Math.max(a, b));
}

let last: { d: Dataset; from: number | null; to: number | null; leaders: string; model: TradeModel } | null = null;

/**
 * `selectTradeModel` remembering its last answer, so every view of the chart on a page (panel,
 * toolbar, plot) shares one model per filter change instead of each computing its own.
 */
export function selectTradeModelShared(d: Dataset, f: Filters): TradeModel {
  const leaders = f.leaders.join('\u0000');
  if (last && last.d === d && last.from === f.from && last.to === f.to && last.leaders === leaders) return last.model;
  const model = selectTradeModel(d, f);
  last = { d, from: f.from, to: f.to, leaders, model };
  return model;
}

const byArticle = new WeakMap<readonly Milestone[], Map<string, Milestone[]>>();

/** Milestones grouped by article, built once per milestone list. */
function milestonesOf(milestones: readonly Milestone[], articleId: string): Milestone[] {
  let ix = byArticle.get(milestones);
  if (!ix) {
    ix = new Map();
    for (const m of milestones) {
      const list = ix.get(m.articleId);
      if (list) list.push(m);
      else ix.set(m.articleId, [m]);
    }
    byArticle.set(milestones, ix);
  }
  return ix.get(articleId) ?? [];
}

/**
 * The milestone a click on a figure opens: one from the same article, the one dated nearest the
 * figure's period; null when the article has none.
 */
export function milestoneForFigure(milestones: readonly Milestone[], articleId: string, near: Date | null = null): string | null {
  const own = milestonesOf(milestones, articleId);
  if (own.length === 0) return null;
  if (!near) return own[0]!.id;
  const at = (m: Milestone) => dateMidpoint(m.date)?.getTime() ?? Infinity;
  return [...own].sort((a, b) => Math.abs(at(a) - near.getTime()) - Math.abs(at(b) - near.getTime()))[0]!.id;
}
