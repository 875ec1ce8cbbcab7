/**
 * The state a region or city named in a title belongs to («губернатор Свердловской области» → RU,
 * «аким Алматы» → KZ), from the places knowledge in every case form. Used when a title names no country.
 */
import { places } from '../../knowledge/index';
import { placeForms } from '../place-forms';
import { wordKey } from './tokens';

/** Lower-case case form of a region's or city's name (one or two words) → its country. */
let formsCache: Map<string, string> | null = null;
function forms(): Map<string, string> {
  if (formsCache) return formsCache;
  const out = new Map<string, string>();
  for (const p of places) {
    if (p.kind !== 'region' && p.kind !== 'city') continue;
    for (const a of p.aliases) {
      const ru = a.lang === 'ru';
      for (const f of ru ? placeForms(a.name) : [a.name.toLowerCase()]) {
        const k = wordKey(f);
        if (k.split(' ').length <= 2 && !out.has(k)) out.set(k, p.country);
      }
    }
  }
  return (formsCache = out);
}

/** Country of the first known region or city in a stretch of text (capitalised names only), or null. */
export function placeCountry(text: string): string | null {
  const words = text.split(/[^\p{L}-]+/u).filter(Boolean);
  const map = forms();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w[0] === w[0]!.toLowerCase()) continue;
    const two = i + 1 < words.length ? map.get(wordKey(`${w} ${words[i + 1]}`)) : undefined;
    const c = two ?? map.get(wordKey(w));
    if (c) return c;
  }
  return null;
}

/** True for a known region's or city's name in any case form («Новосибирске», "Yekaterinburg"). */
export function isKnownPlace(name: string): boolean {
  return forms().has(wordKey(name));
}
