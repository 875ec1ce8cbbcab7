/** Dates and outlets read from the article's address (`/2019/03/27/`, `/20170228/`, `amp/20240517/`, `/14/03/2016/`). */
import type { DateKnowledge } from './context';
import { pad2 } from './context';
import { rx } from '../regex';
import { MONTH_EN, monthNumber } from './lexicon';

const NOT_WORD = rx(/[^\p{L}\p{N}]+/gu);

/** A date found in an address; `day`/`month` are null when the path gives less. */
export interface UrlDate {
  year: number;
  month: number | null;
  day: number | null;
  /** The matched part of the address. */
  text: string;
}

const Y = '(199\\d|20[0-4]\\d)';
const M = '(0?[1-9]|1[0-2])';
const D = '(0?[1-9]|[12]\\d|3[01])';
const URL_PATTERNS: { re: RegExp; parts: 'ymd' | 'ym' | 'dmy' | 'yName' }[] = [
  // «/stories:2017/09/03/slug»: a colon may open the year folder too.
  { re: rx(`[/:]${Y}/${M}/${D}(?=[/_.-]|$)`), parts: 'ymd' },
  // «/ru/news:2019-05-16-slug»: a colon may open the date too.
  { re: rx(`[/_:-]${Y}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)`), parts: 'ymd' },
  { re: rx(`[/_:-]${Y}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)`), parts: 'ymd' },
  { re: rx(`/${Y}/(0[1-9]|1[0-2])(?=/)`), parts: 'ym' },
  // «/press/news/2019/march/article477215/»: the month as an English word folder after the year.
  { re: rx(`/${Y}/(${MONTH_EN})(?=/)`), parts: 'yName' },
  // «/news/Pages/12-08-2016-1.aspx»: day first, as Russian and Kyrgyz sites write it.
  { re: rx(`[/_:-](0[1-9]|[12]\\d|3[01])-(0[1-9]|1[0-2])-${Y}(?=[/_.-]|$)`), parts: 'dmy' },
  // «/economics/14/03/2016/56e6…»: day, month and year as folders, day first (rbc.ru and others).
  { re: rx(`/(0[1-9]|[12]\\d|3[01])/(0[1-9]|1[0-2])/${Y}(?=[/_.-]|$)`), parts: 'dmy' },
];

/** The article's address: header `url`, else a `source` that starts with http. */
export function headerUrl(header: Record<string, string>): string | null {
  for (const v of [header.url, header.source]) {
    const m = v?.match(/https?:\/\/\S+/i);
    if (m) return m[0];
  }
  return null;
}

/** A date in the path of an address, or null. Bare years in slugs («…-2025-goda») are not dates. */
export function dateFromUrl(url: string | null): UrlDate | null {
  if (!url) return null;
  const path = url.replace(/^https?:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  for (const { re, parts } of URL_PATTERNS) {
    const m = path.match(re);
    if (!m) continue;
    if (parts === 'dmy') return { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]), text: m[0].replace(/^[/_:-]/, '') };
    if (parts === 'yName') return { year: Number(m[1]), month: monthNumber(m[2]!), day: null, text: m[0].slice(1) };
    return {
      year: Number(m[1]),
      month: Number(m[2]),
      day: parts === 'ymd' ? Number(m[3]) : null,
      text: m[0].replace(/^[/_:-]/, ''),
    };
  }
  return null;
}

/**
 * A day coded in a known outlet's page name («…/articles/eav102403.shtml» on eurasianet.org, month first):
 * the outlet's prefix, then six digits in its order, the year in two digits. Null for other addresses.
 */
export function codedUrlDate(url: string | null, kb: DateKnowledge): UrlDate | null {
  const host = url ? hostOf(url) : null;
  if (!host) return null;
  const code = outletOfHost(host, kb)?.addressDate;
  if (!code) return null;
  const path = url!.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (!name.toLowerCase().startsWith(code.prefix)) return null;
  const digits = name.slice(code.prefix.length, code.prefix.length + 7);
  if (!/^\d{6}(?!\d)/.test(digits)) return null;
  const two = [0, 2, 4].map((i) => Number(digits.slice(i, i + 2)));
  const at = (c: string) => two[code.order.indexOf(c)]!;
  const yy = at('y');
  const year = yy < 90 ? 2000 + yy : 1900 + yy;
  const month = at('m');
  const day = at('d');
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1991) return null;
  return { year, month, day, text: name.slice(0, code.prefix.length + 6) };
}

/** The URL date as a partial ISO date. */
export function urlIso(u: UrlDate): string {
  return u.day ? `${u.year}-${pad2(u.month!)}-${pad2(u.day)}` : u.month ? `${u.year}-${pad2(u.month)}` : String(u.year);
}

/** The host of an address without `www.`/`m.`/`amp.` prefixes. */
export function hostOf(url: string): string | null {
  const m = url.match(/^https?:\/\/([^/:?#]+)/i);
  return m ? m[1]!.toLowerCase().replace(/^(?:www|m|amp|mobile|wap)\./, '') : null;
}

/** Generic top-level domains, which tell no country. */
const GENERIC_TLD = new Set(['com', 'org', 'net', 'info', 'news', 'biz', 'int', 'edu', 'gov', 'io', 'co', 'tv', 'agency', 'media', 'eu', 'asia']);

/**
 * The country of a page's outlet, from the outlets' domains, else from a country-code top-level domain
 * («.kg», ".co.uk" → GB), or null for an unknown outlet on a generic domain.
 */
export function countryOfAddress(url: string | null, kb: DateKnowledge): string | null {
  const host = url ? hostOf(url) : null;
  if (!host) return null;
  const outlet = kb.outlets.find((o) => o.domains.some((d) => host === d || host.endsWith(`.${d}`)));
  if (outlet?.country) return outlet.country;
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (tld.length !== 2 || GENERIC_TLD.has(tld)) return null;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}

const norm = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(NOT_WORD, '');

type Lang = 'ru' | 'en';
const nameIn = (o: DateKnowledge['outlets'][number], lang: Lang) => (lang === 'en' && o.nameEn ? o.nameEn : o.name);

/** Canonical outlet name for a dateline spelling («РИА Новости», "TASS"), in the article's language; else the spelling itself. */
export function canonicalOutlet(name: string, kb: DateKnowledge, lang: Lang = 'ru'): string {
  const o = outletKeys(kb).canonical.get(norm(name));
  return o ? nameIn(o, lang) : name;
}

/** True when the spelling names a known outlet. */
export function isKnownOutlet(name: string, kb: DateKnowledge): boolean {
  return outletKeys(kb).known.has(norm(name));
}

type Outlet = DateKnowledge['outlets'][number];
const keyCache = new WeakMap<DateKnowledge, { canonical: Map<string, Outlet>; known: Set<string> }>();

/** Normalised spellings of the outlets, once per knowledge base: the first outlet listing a spelling owns it. */
function outletKeys(kb: DateKnowledge): { canonical: Map<string, Outlet>; known: Set<string> } {
  let keys = keyCache.get(kb);
  if (!keys) {
    const canonical = new Map<string, Outlet>();
    const known = new Set<string>();
    for (const o of kb.outlets) {
      for (const k of [norm(o.name), norm(o.nameEn ?? ''), ...o.aliases.map(norm)]) if (!canonical.has(k)) canonical.set(k, o);
      for (const k of [o.name, ...o.aliases, ...o.domains]) known.add(norm(k));
    }
    keys = { canonical, known };
    keyCache.set(kb, keys);
  }
  return keys;
}

/** Outlet for the header: a name in parentheses after the address, a known domain, else the domain itself. */
export function outletFromHeader(header: Record<string, string>, kb: DateKnowledge, lang: Lang = 'ru'): string | null {
  const plainSource = header.source && !/^\s*https?:/i.test(header.source) ? header.source : undefined;
  const named = header.outlet ?? plainSource ?? header.source?.match(/\(([^()]{2,40})\)\s*$/)?.[1];
  if (named) return canonicalOutlet(named.trim(), kb, lang);
  const url = headerUrl(header);
  const host = url ? hostOf(url) : null;
  if (!host) return null;
  const outlet = outletOfHost(host, kb);
  return outlet ? nameIn(outlet, lang) : host;
}

/** The known outlet whose domain is `host` or a parent of it («ru.sputnik.kg» → sputnik.kg), else null. */
function outletOfHost(host: string, kb: DateKnowledge): Outlet | null {
  for (const { outlet, domains } of lowerDomains(kb)) {
    if (domains.some((d) => host === d || host.endsWith(`.${d}`))) return outlet;
  }
  return null;
}

const domainCache = new WeakMap<DateKnowledge, { outlet: Outlet; domains: string[] }[]>();

/** Each outlet with its domains in lower case, once per knowledge base (not on every header read). */
function lowerDomains(kb: DateKnowledge): { outlet: Outlet; domains: string[] }[] {
  let list = domainCache.get(kb);
  if (!list) domainCache.set(kb, (list = kb.outlets.map((outlet) => ({ outlet, domains: outlet.domains.map((d) => d.toLowerCase()) }))));
  return list;
}

/**
 * The country of a known outlet that opens one of the page's first short lines ("24.kg news agency",
 * «Коммерсантъ, 14.11.2022»), or null: a page without an address still names its outlet in its head.
 */
export function countryOfHeadOutlet(lines: readonly { text: string }[], kb: DateKnowledge): string | null {
  for (const { text } of lines) {
    const line = text.trim().toLowerCase();
    if (!line || line.length > 60) continue;
    for (const o of kb.outlets) {
      if (!o.country) continue;
      for (const name of [o.name, o.nameEn ?? '', ...o.aliases]) {
        if (name.length < 3 || !line.startsWith(name.toLowerCase())) continue;
        const next = line.charAt(name.length);
        if (!next || !/[\p{L}\d]/u.test(next)) return o.country;
      }
    }
  }
  return null;
}
