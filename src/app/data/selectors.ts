/** Pure selectors: everything the views show is derived here from the dataset and the store's intent. */
import type { Article, DatasetFile as Dataset, MilestoneCore as Milestone, PersonCore as Person } from '../../schema/dataset';
import { byDateThenId } from '../../schema/order';

/** The filters that narrow every view. */
export interface Filters {
  from: number | null;
  to: number | null;
  leaders: string[];
}

/** Year of a partial date, or null. */
export const yearOf = (date: string | null): number | null => {
  if (!date) return null;
  // Four digits read in place (tens of thousands of dates per filter change); anything else as before.
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = date.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return Number(date.slice(0, 4));
    y = y * 10 + d;
  }
  return y;
};

/** True when a year lies inside the range (open ends allowed). */
export function inRange(year: number | null, f: Pick<Filters, 'from' | 'to'>): boolean {
  if (f.from === null && f.to === null) return true;
  if (year === null) return false;
  return (f.from === null || year >= f.from) && (f.to === null || year <= f.to);
}

/** Milestones within the year range that involve any chosen leader (all when none is chosen). */
export function filterMilestones(milestones: readonly Milestone[], f: Filters): Milestone[] {
  return milestones.filter((m) => inRange(yearOf(m.date), f) && (f.leaders.length === 0 || m.peopleIds.some((id) => f.leaders.includes(id))));
}

/** Articles that feature any chosen leader (all when none is chosen). */
export function articlesForLeaders(d: Dataset, leaders: readonly string[]): Set<string> {
  if (leaders.length === 0) return new Set(d.articles.map((a) => a.id));
  const out = new Set<string>();
  for (const p of d.people) if (leaders.includes(p.id)) for (const a of p.articleIds) out.add(a);
  return out;
}

/** Milestones sorted by date, undated last, then by id for a stable order. */
export function sortByDate(ms: readonly Milestone[]): Milestone[] {
  return [...ms].sort(byDateThenId);
}

/** Person lookup by id. */
export const indexPeople = (people: readonly Person[]): Map<string, Person> => new Map(people.map((p) => [p.id, p]));

const newestFirst = new WeakMap<readonly Article[], readonly Article[]>();

/** The dataset's articles newest first (undated last), sorted once per dataset. */
function articlesNewestFirst(articles: readonly Article[]): readonly Article[] {
  let s = newestFirst.get(articles);
  if (!s) {
    s = [...articles].sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1));
    newestFirst.set(articles, s);
  }
  return s;
}

/** Articles within the year range that feature any chosen leader, newest first (undated last). */
export function filterArticles(d: Dataset, f: Filters): Article[] {
  const featured = f.leaders.length > 0 ? articlesForLeaders(d, f.leaders) : null;
  return articlesNewestFirst(d.articles).filter((a) => (featured === null || featured.has(a.id)) && inRange(yearOf(a.date), f));
}

export { lowerBound } from '../viz/lowerBound';
