/** What one synthetic article is about: its date, place, event type and the officials involved. */
import type { City } from './lexicon';
import type { Holder } from './people';
import type { Rng } from './prng';

/** Event types, the same as the dataset's milestone types. */
export const EVENT_TYPES = ['visit', 'meeting', 'igc_session', 'agreement', 'anniversary', 'summit', 'forum', 'statement', 'trade'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Everything a template may read. */
export interface ArticleContext {
  rng: Rng;
  lang: 'ru' | 'en';
  y: number;
  /** Month 1–12. */
  m: number;
  d: number;
  iso: string;
  /** Day of week, 0 = Sunday. */
  wd: number;
  event: EventType;
  /** Kyrgyz and Russian officials in office on the date, leaders first (never empty). */
  kg: Holder[];
  ru: Holder[];
  /** Where the event takes place. */
  city: City;
  /** The outlet's home city (dateline). */
  datelineCity: City;
  outlet: string;
}

/** Formats a USD amount in billions the Russian way, in one of several styles. */
export function moneyRu(rng: Rng, bn: number): string {
  const comma = (x: number, digits = 1) => x.toFixed(digits).replace(/\.?0+$/, '').replace('.', ',');
  if (bn < 1) {
    const mn = Math.round(bn * 1000 / 5) * 5;
    return rng.pick([`${mn} млн долларов`, `$${mn} млн`, `${mn} миллионов долларов США`, `${mn} млн долл.`]);
  }
  const whole = Math.floor(bn);
  const rest = Math.round((bn - whole) * 1000 / 10) * 10;
  const bil = whole === 1 ? 'миллиард' : whole < 5 ? 'миллиарда' : 'миллиардов';
  return rng.pick([
    `$${comma(bn)} млрд`,
    `${comma(bn)} млрд долларов`,
    `${comma(bn, 2)} млрд долларов США`,
    `${comma(bn)} миллиарда долларов`,
    rest > 0 ? `${whole} ${bil} ${rest} миллионов долларов` : `${whole} ${bil} долларов`,
    `${comma(bn)} млрд долл.`,
  ]);
}

/** Formats a USD amount in billions the English way, in one of several styles. */
export function moneyEn(rng: Rng, bn: number): string {
  if (bn < 1) {
    const mn = Math.round(bn * 1000 / 5) * 5;
    return rng.pick([`$${mn} million`, `USD ${mn} million`, `${mn} million US dollars`, `$${mn}m`]);
  }
  const s = bn.toFixed(bn < 10 ? 1 : 0);
  const s2 = bn.toFixed(2);
  return rng.pick([`$${s} billion`, `USD ${s} billion`, `$${s}bn`, `${s2} billion US dollars`, `US$${s} billion`]);
}

/** A percentage with one decimal in the given decimal separator. */
export function pct(rng: Rng, lo: number, hi: number, sep: ',' | '.'): string {
  const v = lo + rng.next() * (hi - lo);
  const s = rng.chance(0.5) ? String(Math.round(v)) : v.toFixed(1);
  return sep === ',' ? s.replace('.', ',') : s;
}
