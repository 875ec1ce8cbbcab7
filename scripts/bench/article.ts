/** One synthetic article from its index: header, title, dateline, lead and body, ≈2 KB on average. */
import { EVENT_TYPES, type ArticleContext, type EventType } from './context';
import { CITIES, DOMAINS, OUTLETS_EN, OUTLETS_RU } from './lexicon';
import { holdersOn, type BenchOfficial, type Holder } from './people';
import { createRng, seedFor, type Rng } from './prng';
import { closingRu, datelineRu, leadRu, paragraphRu, titleRu } from './templates-ru';
import { datelineEn, leadEn, paragraphEn, titleEn } from './templates-en';

/** A generated article before it is written. */
export interface GeneratedArticle {
  file: string;
  text: string;
  lang: 'ru' | 'en';
  event: EventType;
  iso: string;
  /** Written as Windows-1251 instead of UTF-8 (a few Russian files, as in real archives). */
  cp1251: boolean;
}

const EVENT_WEIGHTS: [EventType, number][] = [
  ['meeting', 22], ['visit', 14], ['trade', 16], ['statement', 12], ['agreement', 10], ['igc_session', 7], ['summit', 8], ['forum', 7], ['anniversary', 4],
];
const FIRST_YEAR = 1992;
const LAST_YEAR = 2026;

function weighted<T>(rng: Rng, items: [T, number][]): T {
  let r = rng.next() * items.reduce((s, [, w]) => s + w, 0);
  for (const [x, w] of items) if ((r -= w) < 0) return x;
  return items[items.length - 1]![0];
}

/** A date in 1992–2026 (mid-2026 at the latest), more articles in recent years as in real archives. */
function drawDate(rng: Rng): { y: number; m: number; d: number } {
  const span = LAST_YEAR - FIRST_YEAR + 1;
  const y = FIRST_YEAR + Math.min(span - 1, Math.floor(span * Math.sqrt(rng.next())));
  const m = y === LAST_YEAR ? rng.int(1, 6) : rng.int(1, 12);
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: rng.int(1, dim) };
}

function holders(officials: BenchOfficial[], country: string, iso: string): Holder[] {
  const h = holdersOn(officials, country, iso);
  if (h.length) return h;
  // Nobody of this country on the list for the date (early 1990s): take the nearest term.
  const any = holdersOn(officials, country, '2000-01-01');
  return any.length ? any : holdersOn(officials, country === 'KG' ? 'RU' : 'KG', iso);
}

/** Builds article `index` of the corpus seeded with `seed`; the same index gives the same article in every corpus size. */
export function generateArticle(index: number, seed: number, officials: BenchOfficial[]): GeneratedArticle {
  const rng = createRng(seedFor(seed, index));
  const lang: 'ru' | 'en' = rng.chance(0.65) ? 'ru' : 'en';
  const { y, m, d } = drawDate(rng);
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const event = weighted(rng, EVENT_WEIGHTS);
  const cities = CITIES.filter((c) => (!c.from || c.from <= y) && (!c.to || y <= c.to));
  const outlet = rng.pick(lang === 'ru' ? OUTLETS_RU : OUTLETS_EN);
  const c: ArticleContext = {
    rng,
    lang,
    y,
    m,
    d,
    iso,
    wd: new Date(Date.UTC(y, m - 1, d)).getUTCDay(),
    event,
    kg: holders(officials, 'KG', iso),
    ru: holders(officials, 'RU', iso),
    city: rng.pick(cities),
    datelineCity: rng.pick(cities.filter((x) => x.country !== 'other')),
    outlet,
  };
  const ru = lang === 'ru';
  const dateline = ru ? datelineRu(c) : datelineEn(c);
  const headerKind = rng.next();
  const title = ru ? titleRu(c) : titleEn(c);
  const url = `https://${rng.pick(DOMAINS)}/news/${y}/${String(m).padStart(2, '0')}/${rng.int(100000, 999999)}`;
  let header = '';
  if (headerKind < 0.3 || (dateline === '' && headerKind < 0.7)) {
    header = `date: ${iso}\n${rng.chance(0.5) ? `source: ${url}\n` : ''}${rng.chance(0.3) ? `title: ${title}\n` : ''}\n`;
  } else if (headerKind < 0.35) {
    header = `---\ndate: ${iso}\nsource: ${url}\nlang: ${lang}\n---\n`;
  } else if (headerKind < 0.4) {
    header = ` date ${iso} `;
  } else if (headerKind < 0.5) {
    header = `source: ${url}\n\n`;
  }
  const parts = [header + (rng.chance(0.6) && !header.includes('title:') && !header.startsWith(' date') ? `${title}\n\n` : '') + dateline + (ru ? leadRu(c) : leadEn(c))];
  // Article size: a floor plus an exponential tail, mean ≈ 2,000 bytes of UTF-8.
  const target = 700 + Math.min(12000, -Math.log(1 - rng.next()) * 1300);
  let bytes = Buffer.byteLength(parts[0]!);
  const seen = new Set<string>();
  for (let tries = 0; (bytes < target || parts.length < 2) && tries < 60; tries++) {
    const p = ru ? paragraphRu(c) : paragraphEn(c);
    if (seen.has(p)) continue;
    seen.add(p);
    parts.push(p);
    bytes += Buffer.byteLength(p) + 1;
  }
  const closing = ru ? closingRu(c) : '';
  if (closing) parts.push(closing);
  const sep = rng.chance(0.8) ? '\n' : '\n\n';
  const file = `${String(index).padStart(5, '0')}_${lang}_${y}_${event}.txt`;
  return { file, text: parts.join(sep) + '\n', lang, event, iso, cp1251: ru && rng.chance(0.01) };
}

export { EVENT_TYPES };
