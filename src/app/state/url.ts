/**
 * The URL mirrors the view: `?from=2021&to=2025&leader=<id>&leader=<id>&m=<id>&lang=ru&theme=dark`.
 * Pure `parseQuery` / `serializeQuery`; ids are checked against the dataset in `checkIds`.
 */

export type Lang = 'en' | 'ru';
export type Theme = 'light' | 'dark' | 'auto';

/** The part of the state that lives in the URL. */
export interface ViewQuery {
  from: number | null;
  to: number | null;
  leaders: string[];
  milestone: string | null;
  lang: Lang | null;
  theme: Theme | null;
}

/** A value that was dropped, and why; shown to the user as a notice. */
export interface Notice {
  param: string;
  value: string;
  reason: 'invalid' | 'unknown' | 'swapped' | 'out-of-range';
}

export const EMPTY_QUERY: ViewQuery = { from: null, to: null, leaders: [], milestone: null, lang: null, theme: null };

/** Earliest and latest years the filters accept. */
export const MIN_YEAR = 1991;
export const MAX_YEAR = 2100;
const MAX_LEADERS = 20;
const MAX_VALUE = 200;
const ID = /^[\p{L}\p{N}_.-]{1,120}$/u;

function parseYear(raw: string, param: string, notices: Notice[]): number | null {
  if (!/^\d{4}$/.test(raw.trim())) {
    notices.push({ param, value: raw.slice(0, MAX_VALUE), reason: 'invalid' });
    return null;
  }
  const y = Number(raw);
  if (y < MIN_YEAR || y > MAX_YEAR) {
    notices.push({ param, value: raw, reason: 'out-of-range' });
    return null;
  }
  return y;
}

/** Parses a query string; anything that cannot be used is dropped and reported. Never throws. */
export function parseQuery(search: string): { query: ViewQuery; notices: Notice[] } {
  const notices: Notice[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { query: { ...EMPTY_QUERY }, notices: [{ param: '?', value: search.slice(0, MAX_VALUE), reason: 'invalid' }] };
  }
  const q: ViewQuery = { ...EMPTY_QUERY, leaders: [] };
  const from = params.get('from');
  const to = params.get('to');
  if (from !== null) q.from = parseYear(from, 'from', notices);
  if (to !== null) q.to = parseYear(to, 'to', notices);
  if (q.from !== null && q.to !== null && q.from > q.to) {
    notices.push({ param: 'to', value: String(q.to), reason: 'swapped' });
    [q.from, q.to] = [q.to, q.from];
  }
  for (const raw of params.getAll('leader')) {
    if (!ID.test(raw)) notices.push({ param: 'leader', value: raw.slice(0, MAX_VALUE), reason: 'invalid' });
    else if (!q.leaders.includes(raw) && q.leaders.length < MAX_LEADERS) q.leaders.push(raw);
  }
  const m = params.get('m');
  if (m !== null) {
    if (ID.test(m)) q.milestone = m;
    else notices.push({ param: 'm', value: m.slice(0, MAX_VALUE), reason: 'invalid' });
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (lang === 'en' || lang === 'ru') q.lang = lang;
    else notices.push({ param: 'lang', value: lang.slice(0, MAX_VALUE), reason: 'invalid' });
  }
  const theme = params.get('theme');
  if (theme !== null) {
    if (theme === 'light' || theme === 'dark' || theme === 'auto') q.theme = theme;
    else notices.push({ param: 'theme', value: theme.slice(0, MAX_VALUE), reason: 'invalid' });
  }
  return { query: q, notices };
}

/** Drops leader and milestone ids the dataset does not have. */
export function checkIds(q: ViewQuery, known: { people: Pick<ReadonlySet<string>, 'has'>; milestones: Pick<ReadonlySet<string>, 'has'> }): { query: ViewQuery; notices: Notice[] } {
  const notices: Notice[] = [];
  const leaders = q.leaders.filter((id) => {
    const ok = known.people.has(id);
    if (!ok) notices.push({ param: 'leader', value: id, reason: 'unknown' });
    return ok;
  });
  let milestone = q.milestone;
  if (milestone !== null && !known.milestones.has(milestone)) {
    notices.push({ param: 'm', value: milestone, reason: 'unknown' });
    milestone = null;
  }
  return { query: { ...q, leaders, milestone }, notices };
}

/** Serialises the view; default values are left out so links stay short. */
export function serializeQuery(q: ViewQuery, extra?: URLSearchParams): string {
  const p = new URLSearchParams();
  if (q.from !== null) p.set('from', String(q.from));
  if (q.to !== null) p.set('to', String(q.to));
  for (const id of q.leaders) p.append('leader', id);
  if (q.milestone) p.set('m', q.milestone);
  if (q.lang) p.set('lang', q.lang);
  if (q.theme && q.theme !== 'auto') p.set('theme', q.theme);
  extra?.forEach((v, k) => p.append(k, v));
  const s = p.toString();
  return s ? `?${s}` : '';
}
