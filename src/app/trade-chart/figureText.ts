/** The words around the chart — title, subtitle naming the filters, legend, source line — from the model. */
import type { PersonCore as Person } from '../../schema/dataset';
import type { TradeModel } from '../data/figureSelectors';
import type { Filters } from '../data/selectors';
import { formatPartialDate } from '../i18n';
import type { Lang } from '../state/url';
import type { LegendItem } from '../viz/tradeFigureLayout';
import { fill, STRINGS } from './strings';

export interface FigureText {
  title: string;
  subtitle: string;
  legend: LegendItem[];
  source: string;
}

const extents = new WeakMap<TradeModel, [number, number] | null>();

/** The first and last year a model has data for, worked out once per model (milestones may be many). */
function dataYears(model: TradeModel): [number, number] | null {
  if (extents.has(model)) return extents.get(model)!;
  let min = Infinity;
  let max = -Infinity;
  for (const b of model.bars) {
    min = Math.min(min, b.span.year);
    max = Math.max(max, b.span.year);
  }
  // Dates are ISO strings: the least and greatest compare as strings, no parsing per milestone.
  let first: string | null = null;
  let lastDate: string | null = null;
  for (const m of model.milestones) {
    if (!m.date) continue;
    if (first === null || m.date < first) first = m.date;
    if (lastDate === null || m.date > lastDate) lastDate = m.date;
  }
  if (first !== null && lastDate !== null) {
    min = Math.min(min, Number(first.slice(0, 4)));
    max = Math.max(max, Number(lastDate.slice(0, 4)));
  }
  const out: [number, number] | null = min <= max ? [min, max] : null;
  extents.set(model, out);
  return out;
}

/** The year span a view covers, e.g. `2015–2025`, or null for all years with no data. */
export function yearSpan(model: TradeModel, f: Pick<Filters, 'from' | 'to'>): string | null {
  const years = dataYears(model);
  const lo = f.from ?? years?.[0] ?? null;
  const hi = f.to ?? years?.[1] ?? null;
  if (lo === null || hi === null) return null;
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** Names of the chosen leaders in the UI language. */
export function leaderNames(people: readonly Person[], ids: readonly string[], lang: Lang): string[] {
  return ids.map((id) => people.find((p) => p.id === id)).filter((p): p is Person => !!p).map((p) => (lang === 'ru' ? p.nameRu : p.nameEn));
}

/** The filters in words: "2018–2025 · only figures from articles featuring Sadyr Japarov". */
export function filterSummary(model: TradeModel, f: Filters, people: readonly Person[], lang: Lang): string {
  const t = STRINGS[lang];
  const years = f.from !== null || f.to !== null ? (yearSpan(model, f) ?? t.allYears) : t.allYears;
  const names = leaderNames(people, f.leaders, lang);
  const who = names.length ? fill(t.leadersNote, { names: names.join(', ') }) : t.allArticles;
  return `${years} · ${who}`;
}

/** Title, subtitle, legend and source line for a view. */
export function figureText(model: TradeModel, f: Filters, people: readonly Person[], lang: Lang): FigureText {
  const t = STRINGS[lang];
  const span = yearSpan(model, f);
  const legend: LegendItem[] = [];
  if (model.bars.some((b) => b.kind === 'actual' && !b.span.partial)) legend.push({ key: 'actual', label: t.legendActual });
  if (model.bars.some((b) => b.span.partial)) legend.push({ key: 'partial', label: t.legendPartial });
  if (model.bars.some((b) => b.kind === 'derived')) legend.push({ key: 'derived', label: t.legendDerived });
  if (model.bars.some((b) => b.kind === 'forecast')) legend.push({ key: 'forecast', label: t.legendForecast });
  if (model.bars.some((b) => b.disagreement)) legend.push({ key: 'range', label: t.legendRange });
  if (model.targets.length) legend.push({ key: 'target', label: t.legendTarget });
  if (model.milestones.length) legend.push({ key: 'milestones', label: t.legendMilestones });
  const outlets = model.outlets.length > 5 ? [...model.outlets.slice(0, 5), '…'] : model.outlets;
  const base = model.articleCount ? fill(t.source, { n: model.articleCount, outlets: outlets.join(', ') }) : t.sourceNone;
  // No-break spaces keep the date on one line when the source line wraps.
  const date = model.latestDate ? ` ${fill(t.dataTo, { date: formatPartialDate(model.latestDate, lang) }).replace(/ /g, '\u00a0')}` : '';
  return {
    title: span ? `${t.title}, ${span}` : t.title,
    subtitle: `${filterSummary(model, f, people, lang)} · ${t.unit}`,
    legend,
    source: base + date,
  };
}
