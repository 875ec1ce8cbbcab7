/**
 * Selectors for the timeline, the filters, the milestone list and the details panel. Pure: the
 * dataset and the store's intent in, what to show out.
 */
import type { DatasetFile as Dataset, MilestoneCore as Milestone, PersonCore as Person, Role } from '../../schema/dataset';
import type { Lang } from '../state/url';
import { spanMs } from '../viz/timeScale';
import { inRange, lowerBound, sortByDate, yearOf, type Filters } from './selectors';

/** First and last year with any milestone or article; null when there is none. */
export function yearExtent(d: Pick<Dataset, 'milestones' | 'articles'>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const list of [d.milestones, d.articles]) {
    for (const x of list) {
      const y = yearOf(x.date);
      if (y === null || !Number.isFinite(y)) continue;
      if (y < lo) lo = y;
      if (y > hi) hi = y;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** Milestones per year over `[from, to]`, zeros included, for the histogram. */
export function yearHistogram(ms: readonly Milestone[], extent: [number, number] | null): { year: number; count: number }[] {
  if (!extent) return [];
  const counts = new Map<number, number>();
  for (const m of ms) {
    const y = yearOf(m.date);
    if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const out = [];
  for (let y = extent[0]; y <= extent[1]; y++) out.push({ year: y, count: counts.get(y) ?? 0 });
  return out;
}

/** Lists known to be in `sortByDate` order (so the table need not sort them again). */
const inDateOrder = new WeakSet<readonly Milestone[]>();

/** The dataset's milestones sorted once, with each one's year and time span as numbers (NaN when undated). */
interface SortedMilestones {
  list: readonly Milestone[];
  years: Float64Array;
  /** Start and end of each one's date, in ms since the epoch. */
  t0: Float64Array;
  t1: Float64Array;
}
const sortedOnce = new WeakMap<readonly Milestone[], SortedMilestones>();
let lastVisible: { ms: readonly Milestone[]; from: number | null; to: number | null; leaders: readonly string[]; out: readonly Milestone[]; at: Int32Array | null; range: [number, number] | null } | null = null;

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function sorted(ms: readonly Milestone[]): SortedMilestones {
  let s = sortedOnce.get(ms);
  if (!s) {
    const list = sortByDate(ms);
    const years = new Float64Array(list.length);
    const t0 = new Float64Array(list.length).fill(NaN);
    const t1 = new Float64Array(list.length).fill(NaN);
    list.forEach((m, i) => {
      years[i] = yearOf(m.date) ?? NaN;
      const sp = spanMs(m.date);
      if (sp) {
        t0[i] = sp.t0;
        t1[i] = sp.t1;
      }
    });
    s = { list, years, t0, t1 };
    sortedOnce.set(ms, s);
    inDateOrder.add(list);
  }
  return s;
}

/**
 * The milestones every view shows: filtered, in date order (undated last); the same as
 * `sortByDate(filterMilestones(...))`. The dataset is sorted once; a filter change is one pass
 * over numbers, and the timeline, list and details panel asking for the same filters share one
 * result (the same array, so memos downstream hold).
 */
export function visibleMilestones(d: Pick<Dataset, 'milestones'>, f: Filters): readonly Milestone[] {
  return visible(d, f).out;
}

/** `visibleMilestones` and where each one is in the sorted list (`at`; null when all are shown). */
function visible(d: Pick<Dataset, 'milestones'>, f: Filters): { out: readonly Milestone[]; at: Int32Array | null; range: [number, number] | null } {
  const l = lastVisible;
  if (l && l.ms === d.milestones && l.from === f.from && l.to === f.to && sameIds(l.leaders, f.leaders)) return l;
  const { list, years } = sorted(d.milestones);
  let out: readonly Milestone[] = list;
  let at: Int32Array | null = null;
  /** `[lo, hi)` of the sorted list when what is shown is one stretch of it. */
  let range: [number, number] | null = [0, list.length];
  if (f.leaders.length === 0 && (f.from !== null || f.to !== null)) {
    // Years only: the list is in date order (undated last), so the range is one stretch of it.
    const lo = lowerBound(years, f.from ?? -Infinity);
    const hi = Math.max(lo, lowerBound(years, f.to === null ? Infinity : f.to + 1));
    out = list.slice(lo, hi);
    // One stretch: its positions are `range`, no list of them needed.
    range = [lo, hi];
    inDateOrder.add(out);
  } else if (f.from !== null || f.to !== null || f.leaders.length > 0) {
    const lo = f.from ?? -Infinity;
    const hi = f.to ?? Infinity;
    const anyYear = f.from === null && f.to === null;
    const who = new Set(f.leaders);
    const kept: Milestone[] = [];
    const pos: number[] = [];
    for (let i = 0; i < list.length; i++) {
      const y = years[i]!;
      // NaN (undated) fails both comparisons, as in `inRange`.
      if (!anyYear && !(y >= lo && y <= hi)) continue;
      const m = list[i]!;
      if (who.size > 0 && !m.peopleIds.some((id) => who.has(id))) continue;
      kept.push(m);
      pos.push(i);
    }
    out = kept;
    at = Int32Array.from(pos);
    range = null;
    inDateOrder.add(kept);
  }
  lastVisible = { ms: d.milestones, from: f.from, to: f.to, leaders: [...f.leaders], out, at, range };
  return lastVisible;
}

/** The dated milestones the timeline draws: the stretch `range` of `list`, with spans in ms. */
export interface TimelineItems {
  /**
   * Dated milestones in date order, which is also time order (start ascending, the longer span
   * first). For year filters it is every dated milestone of the dataset (the same array for every
   * range, so what is built over it is built once); for a leader filter, the chosen ones.
   */
  list: readonly Milestone[];
  /** Start and end of each one's date in ms, by position in `list`. */
  t0: Float64Array;
  t1: Float64Array;
  /** The stretch `[from, to)` of `list` the filters leave. */
  range: readonly [number, number];
  /** Earliest start and latest end within the range (Infinity and -Infinity when it is empty). */
  lo: number;
  hi: number;
  /** How many milestones the filters leave, dated or not. */
  shown: number;
}

/** The dated head of the sorted list with its spans, when it is in time order; null otherwise. */
interface DatedHead {
  list: readonly Milestone[];
  t0: Float64Array;
  t1: Float64Array;
  /** The longest span, to stop looking for the latest end. */
  maxSpan: number;
}
const headCache = new WeakMap<readonly Milestone[], DatedHead | null>();

function datedHead(ms: readonly Milestone[]): DatedHead | null {
  if (headCache.has(ms)) return headCache.get(ms)!;
  const { list, t0, t1 } = sorted(ms);
  let end = list.length;
  // Undated ones come last.
  while (end > 0 && Number.isNaN(t0[end - 1]!)) end--;
  let head: DatedHead | null = null;
  let ok = true;
  let maxSpan = 0;
  for (let i = 0; i < end && ok; i++) {
    // A date the sort placed by its text but that has no span, or spans out of time order: no head.
    ok = !Number.isNaN(t0[i]!) && (i === 0 || t0[i - 1]! < t0[i]! || (t0[i - 1] === t0[i] && t1[i - 1]! >= t1[i]!));
    maxSpan = Math.max(maxSpan, t1[i]! - t0[i]!);
  }
  if (ok) head = { list: end === list.length ? list : list.slice(0, end), t0: t0.subarray(0, end), t1: t1.subarray(0, end), maxSpan };
  headCache.set(ms, head);
  return head;
}

/**
 * What the timeline draws for the filters. A year range is a stretch of the dataset's dated
 * milestones found by binary search: nothing is copied or visited, so a year filter costs the
 * same on 30 milestones as on 30,000. A leader filter copies the chosen ones.
 */
export function timelineItems(d: Pick<Dataset, 'milestones'>, f: Filters): TimelineItems {
  const head = datedHead(d.milestones);
  if (head && f.leaders.length === 0) {
    const { list: all, years } = sorted(d.milestones);
    const n = head.list.length;
    let a = 0;
    let b = n;
    let shown = all.length;
    if (f.from !== null || f.to !== null) {
      // As in `visible`: the list is in date order (undated last), so the years are one stretch.
      const lo = lowerBound(years, f.from ?? -Infinity);
      const hi = Math.max(lo, lowerBound(years, f.to === null ? Infinity : f.to + 1));
      shown = hi - lo;
      a = Math.min(lo, n);
      b = Math.min(hi, n);
    }
    const { t0, t1, maxSpan } = head;
    let hi = -Infinity;
    // Starts ascend and no span is longer than `maxSpan`: look back only as far as one could reach.
    for (let i = b - 1; i >= a && t0[i]! + maxSpan > hi; i--) if (t1[i]! > hi) hi = t1[i]!;
    return { list: head.list, t0, t1, range: [a, b], lo: a < b ? t0[a]! : Infinity, hi, shown };
  }
  const { out: shown, at, range } = visible(d, f);
  const { list, t0: T0, t1: T1 } = sorted(d.milestones);
  const first = range ? range[0] : 0;
  const n = at ? at.length : range ? range[1] - range[0] : list.length;
  const ms: Milestone[] = [];
  const t0 = new Float64Array(n);
  const t1 = new Float64Array(n);
  let lo = Infinity;
  let hi = -Infinity;
  for (let j = 0; j < n; j++) {
    const i = at ? at[j]! : first + j;
    const a = T0[i]!;
    if (Number.isNaN(a)) continue;
    const b = T1[i]!;
    t0[ms.length] = a;
    t1[ms.length] = b;
    ms.push(list[i]!);
    if (a < lo) lo = a;
    if (b > hi) hi = b;
  }
  return { list: ms, t0: t0.subarray(0, ms.length), t1: t1.subarray(0, ms.length), range: [0, ms.length], lo, hi, shown: shown.length };
}

/** A person as the leader filter lists them. */
export interface LeaderOption {
  person: Person;
  /** Milestones of this person within the year range. */
  count: number;
  /** The role that best identifies the person (the latest one). */
  role: Role | null;
}

/** The person's most recent role (open-ended first, then latest start). */
export function mainRole(p: Person): Role | null {
  if (p.roles.length === 0) return null;
  return [...p.roles].sort((a, b) => {
    if ((a.to === null) !== (b.to === null)) return a.to === null ? -1 : 1;
    return (b.from ?? '').localeCompare(a.from ?? '');
  })[0]!;
}

/** The role the person held on a date (falls back to the main role). */
export function roleOn(p: Person, date: string | null): Role | null {
  if (date) {
    const held = p.roles.find((r) => (r.from === null || r.from.slice(0, date.length) <= date) && (r.to === null || date <= r.to.slice(0, date.length)));
    if (held) return held;
  }
  return mainRole(p);
}

/**
 * People who take part in any milestone, with their count inside the year range (leaders are not
 * applied, so the list shows what choosing one would add). Most milestones first, then by name.
 */
export function leaderOptions(d: Pick<Dataset, 'people' | 'milestones'>, range: Pick<Filters, 'from' | 'to'>, lang: Lang): LeaderOption[] {
  const perYear = countsByPerson(d.milestones);
  const open = range.from === null && range.to === null;
  const count = (id: string): number => {
    const c = perYear.get(id);
    if (!c) return 0;
    let n = open ? c.undated : 0;
    for (const [y, k] of c.years) if (inRange(y, range)) n += k;
    return n;
  };
  return d.people
    .filter((p) => perYear.has(p.id))
    .map((p) => ({ person: p, count: count(p.id), role: mainRole(p) }))
    .sort((a, b) => b.count - a.count || personName(a.person, lang).localeCompare(personName(b.person, lang), lang));
}

const personCounts = new WeakMap<readonly Milestone[], Map<string, { undated: number; years: Map<number, number> }>>();

/** Milestones per person per year, counted once per dataset (a year range then sums a few dozen numbers). */
function countsByPerson(ms: readonly Milestone[]): Map<string, { undated: number; years: Map<number, number> }> {
  let out = personCounts.get(ms);
  if (out) return out;
  out = new Map();
  for (const m of ms) {
    const y = yearOf(m.date);
    for (const id of m.peopleIds) {
      let c = out.get(id);
      if (!c) out.set(id, (c = { undated: 0, years: new Map() }));
      if (y === null || !Number.isFinite(y)) c.undated++;
      else c.years.set(y, (c.years.get(y) ?? 0) + 1);
    }
  }
  personCounts.set(ms, out);
  return out;
}

/** The person's name in the language. */
export const personName = (p: Pick<Person, 'nameEn' | 'nameRu'>, lang: Lang): string => (lang === 'ru' ? p.nameRu : p.nameEn);

/** The milestone's title in the language. */
export const milestoneTitle = (m: Pick<Milestone, 'titleEn' | 'titleRu'>, lang: Lang): string => (lang === 'ru' ? m.titleRu : m.titleEn);

/** Case- and diacritic-insensitive match of a query against both spellings of a name. */
export function matchesPerson(p: Pick<Person, 'nameEn' | 'nameRu' | 'id'>, query: string): boolean {
  const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е');
  const q = norm(query.trim());
  if (!q) return true;
  return [p.nameEn, p.nameRu, p.id].some((s) => norm(s).includes(q));
}

/** The milestones before and after `id` in a list (null at the ends or when absent). */
export function neighbours<T extends { id: string }>(list: readonly T[], id: string | null): { prev: T | null; next: T | null; index: number } {
  const index = id === null ? -1 : list.findIndex((m) => m.id === id);
  if (index < 0) return { prev: null, next: null, index };
  return { prev: list[index - 1] ?? null, next: list[index + 1] ?? null, index };
}

export type SortKey = 'date' | 'title' | 'type';

/** Sorts milestones for the table; date order keeps undated last either way. */
export function sortMilestones(ms: readonly Milestone[], key: SortKey, dir: 'asc' | 'desc', lang: Lang): readonly Milestone[] {
  if (key === 'date') {
    const byDate = inDateOrder.has(ms) ? ms : sortByDate(ms);
    if (dir === 'asc') return byDate;
    const dated = byDate.filter((m) => m.date !== null).reverse();
    return [...dated, ...byDate.filter((m) => m.date === null)];
  }
  const val = (m: Milestone) => (key === 'title' ? milestoneTitle(m, lang) : m.type);
  const sorted = sortByDate(ms).sort((a, b) => val(a).localeCompare(val(b), lang));
  return dir === 'asc' ? sorted : sorted.reverse();
}

/** Names of milestone types, per language (the legend, the list and the details share them). */
export const TYPE_LABELS: Record<Lang, Record<Milestone['type'], string>> = {
  en: { visit: 'Visit', meeting: 'Meeting', igc_session: 'Intergovernmental commission', agreement: 'Agreement', anniversary: 'Anniversary', summit: 'Summit', forum: 'Forum', statement: 'Statement', other: 'Other' },
  ru: { visit: 'Визит', meeting: 'Встреча', igc_session: 'Межправкомиссия', agreement: 'Соглашение', anniversary: 'Годовщина', summit: 'Саммит', forum: 'Форум', statement: 'Заявление', other: 'Другое' },
};

/** Names of milestone statuses, per language. */
export const STATUS_LABELS: Record<Lang, Record<Milestone['status'], string>> = {
  en: { past: 'Took place', planned: 'Planned', ongoing: 'Ongoing' },
  ru: { past: 'Состоялось', planned: 'Запланировано', ongoing: 'Продолжается' },
};

const COUNTRIES: Record<string, Record<Lang, string>> = {
  KG: { en: 'Kyrgyzstan', ru: 'Киргизия' },
  RU: { en: 'Russia', ru: 'Россия' },
};

/** A country's name for an ISO code (the code itself when unknown, "" for null). */
export const countryName = (code: string | null, lang: Lang): string => (code ? (COUNTRIES[code]?.[lang] ?? code) : '');

/** The role's title in the language. */
export const roleTitle = (r: Pick<Role, 'titleEn' | 'titleRu'> | null, lang: Lang): string => (r ? (lang === 'ru' ? r.titleRu : r.titleEn) : '');
