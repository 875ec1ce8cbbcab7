/**
 * What the milestone pass needs from the curated knowledge: the historical facts anniversaries
 * count from, and place names («в Бишкеке» → «Бишкек») in the nominative.
 */
import type { Language } from '../../../schema/dataset';
import { facts, organisations, places, type Fact, type Organisation, type Place, type PlaceAlias } from '../../knowledge';
import { placeForms } from '../place-forms';
import { escapeRegExp, rx } from '../regex';
import { charBeforeIs } from './word-start';

export type { Fact };

/** Facts flagged as anniversary references (diplomatic relations, Victory, treaties…). */
export const ANNIVERSARY_FACTS: Fact[] = facts.filter((f) => f.anniversaryReference === true && !f.yearClueOnly);

/** Fact by its id or by an id the event lexicon gives it (`lexiconIds`), or null. */
export function factById(id: string): Fact | null {
  return ANNIVERSARY_FACTS.find((f) => f.id === id || f.lexiconIds?.includes(id)) ?? null;
}

/**
 * A Russian keyword in any case: each word of four letters or more loses its vowel or soft-sign
 * ending and takes up to three letters («Договор о коллективной безопасности» also finds «Договора
 * о коллективной безопасности», «Договору …»).
 */
function anyCase(keyword: string): RegExp {
  const words = keyword.toLowerCase().split(/\s+/).map((w) => (w.length >= 4 ? `${escapeRegExp(w.replace(/[аеёиоуыэюяьй]{1,2}$/u, ''))}\\p{L}{0,3}` : escapeRegExp(w)));
  return rx(`(?<![\\p{L}])${words.join('\\s+')}(?![\\p{L}])`, 'u');
}

/** Each fact's keywords as matchers: Russian ones in any case, English ones as written. */
const FACT_KEYWORDS = ANNIVERSARY_FACTS.map((fact) => ({
  fact,
  ru: fact.keywordsRu.map((k) => ({ len: k.length, re: anyCase(k) })),
  en: fact.keywordsEn.map((k) => ({ len: k.length, lower: k.toLowerCase() })),
}));

/** The anniversary fact whose keywords occur in `text` (longest keyword first), or null. */
export function factIn(text: string, lang: Language): Fact | null {
  const lower = text.toLowerCase();
  let best: { fact: Fact; len: number } | null = null;
  for (const f of FACT_KEYWORDS) {
    if (lang === 'ru') {
      for (const k of f.ru) if (k.len > (best?.len ?? 0) && k.re.test(lower)) best = { fact: f.fact, len: k.len };
    } else {
      for (const k of f.en) if (k.len > (best?.len ?? 0) && lower.includes(k.lower)) best = { fact: f.fact, len: k.len };
    }
  }
  return best?.fact ?? null;
}

const PLACES = places.filter((p) => p.kind !== 'country');

/** Lower-case alias → place; Russian aliases also by each of their case forms («Казани» → «Казань»). */
const BY_NAME = new Map<string, { alias: PlaceAlias; place: Place }>();
const BY_FORM = new Map<string, { alias: PlaceAlias; place: Place }>();
for (const place of PLACES) {
  for (const alias of place.aliases) {
    const key = alias.name.toLowerCase();
    if (!BY_NAME.has(key)) BY_NAME.set(key, { alias, place });
    if (alias.lang === 'ru') for (const form of placeForms(alias.name)) if (!BY_FORM.has(form)) BY_FORM.set(form, { alias, place });
  }
}

/** «в Бишкеке», «в городе Нур-Султан», "in Moscow", "on the shore of Lake Issyk-Kul": up to three capitalised words. */
const NAME = '(\\p{Lu}[\\p{L}\\p{N}’\'-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}’\'-]*){0,2})';
/** The preposition starts a word: checked by hand (`charBeforeIs`), not by a leading lookbehind. */
const PLACE_RE: Record<Language, RegExp> = {
  ru: rx(`(?:[Вв]о?|[Нн]а|[Ии]з|[Пп]од)\\s+(?:(?:городе|г\\.|столице|селе|поселке|посёлке|озере|курорте)\\s+)?${NAME}`, 'gu'),
  en: rx(`(?:[Ii]n|[Tt]o|[Aa]t|[Nn]ear|[Ff]rom|[Oo]f|[Oo]n)\\s+(?:the city of\\s+|[Ll]ake\\s+)?${NAME}`, 'gu'),
};

const LETTER = rx(/\p{L}/u);
/** A region noun right after a capitalised adjective: the two are one name. */
const REGION_NOUN = rx(/^\s+(област\p{Ll}*|кра[йяюе]|краем|округ\p{Ll}*|район\p{Ll}*)(?!\p{L})/u);

/** The place a run of capitalised words starts with: longest prefix first, exact name before a case form. */
function lookupPlace(words: string[], lang: Language, minWords = 1): { alias: PlaceAlias; place: Place } | null {
  for (let k = words.length; k >= minWords; k--) {
    const phrase = words.slice(0, k).join(' ').toLowerCase();
    const exact = BY_NAME.get(phrase);
    if (exact) return exact;
    if (lang === 'en') continue;
    const inflected = BY_FORM.get(phrase);
    if (inflected) return inflected;
  }
  return null;
}

/** A place found in a clause: its name as written, in the nominative, and its country. */
export interface PlaceHit {
  name: string;
  country: string | null;
}

/**
 * The first known city or region named after a locative preposition in `text`, as the alias is
 * written in the nominative («в городе Нур-Султан» → «Нур-Султан», «в Казани» → «Казань»).
 */
export function placeIn(text: string, lang: Language): PlaceHit | null {
  const re = PLACE_RE[lang];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (charBeforeIs(text, m.index, LETTER)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    // «в Свердловской области», «в Красноярском крае»: the adjective names a region, never the city it comes from.
    const region = lang === 'ru' ? REGION_NOUN.exec(text.slice(m.index + m[0].length)) : null;
    const words = m[1]!.split(/\s+/);
    const hit = region ? lookupPlace([...words, region[1]!], lang, words.length + 1) : lookupPlace(words, lang);
    if (hit) {
      re.lastIndex = 0;
      // A Russian article names the place as written; an inflected form goes back to the nominative alias.
      return { name: hit.alias.name, country: hit.place.country };
    }
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** A run of up to three capitalised words, anywhere («Екатеринбург посетила делегация Нарынской области»). */
const CAPITALISED = rx(`${NAME}`, 'gu');

/**
 * The countries of the known cities and regions named in `text` in any case and place of the clause, not only after a
 * locative preposition («Екатеринбург посетила делегация Нарынской области» → RU, KG). Asked only of the rare clause that names
 * a third country beside one side (`isForeignEvent`).
 */
export function countriesNamed(text: string, lang: Language): Set<string> {
  const out = new Set<string>();
  const re = CAPITALISED;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (charBeforeIs(text, m.index, LETTER)) continue;
    const region = lang === 'ru' ? REGION_NOUN.exec(text.slice(m.index + m[0].length)) : null;
    const words = m[1]!.split(/\s+/);
    const hit = region ? lookupPlace([...words, region[1]!], lang, words.length + 1) : lookupPlace(words, lang);
    if (hit?.place.country) out.add(hit.place.country);
  }
  return out;
}

/** Short names of a multilateral organisation, body or forum, for titles. */
export interface OrganisationHit {
  en: string;
  ru: string;
  kind: string;
}

const EVENT_HOSTS = new Set(['international_organisation', 'eaeu_body', 'forum', 'trade_bloc']);
const ORGS = organisations.filter((o) => EVENT_HOSTS.has(o.kind));
/** Abbreviations are matched case-sensitively as whole words, full names as lower-case substrings. */
const ABBR = new Map<string, Organisation>();
const NAMES: { name: string; o: Organisation }[] = [];
for (const o of ORGS) {
  for (const a of [...(o.abbrRu ?? []), ...(o.abbrEn ?? [])]) if (a.length >= 2 && !ABBR.has(a)) ABBR.set(a, o);
  for (const n of [o.nameRu, o.nameEn, ...(o.altRu ?? []), ...(o.altEn ?? [])]) NAMES.push({ name: n.toLowerCase(), o });
}
/** Whole-word abbreviations, longest first; the word start is checked by hand (`firstAbbreviation`). */
const ABBR_RE = rx(`(?:${[...ABBR.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** The first abbreviation in `text` that starts a word. */
function firstAbbreviation(text: string): RegExpExecArray | null {
  const re = ABBR_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!charBeforeIs(text, m.index)) {
      re.lastIndex = 0;
      return m;
    }
    re.lastIndex = m.index + 1;
  }
  return null;
}
/**
 * All full names in list order: at the leftmost position where any occurs, the regex reports the
 * first name of the list found there — what an `indexOf` per name and keeping the earliest gives.
 */
const NAMES_RE = new RegExp(NAMES.map((n) => escapeRegExp(n.name)).join('|'));
const NAME_INDEX = new Map<string, Organisation>();
for (const n of NAMES) if (!NAME_INDEX.has(n.name)) NAME_INDEX.set(n.name, n.o);

/** The first multilateral organisation, body or forum named in `text` (`lower`: its lower case, when known), or null. */
export function organisationIn(text: string, lower?: string): OrganisationHit | null {
  let best: { o: Organisation; at: number } | null = null;
  const abbr = firstAbbreviation(text);
  if (abbr) best = { o: ABBR.get(abbr[0])!, at: abbr.index };
  const named = NAMES.length ? NAMES_RE.exec(lower ?? text.toLowerCase()) : null;
  if (named && (!best || named.index < best.at)) best = { o: NAME_INDEX.get(named[0])!, at: named.index };
  if (!best) return null;
  const o = best.o;
  return { en: o.abbrEn?.[0] ?? o.nameEn, ru: o.abbrRu?.[0] ?? o.nameRu, kind: o.kind };
}

/** A place's name in each language («Бишкек» / "Bishkek") for titles; unknown names are kept as written. */
export function placeNames(name: string): { ru: string; en: string } {
  const hit = BY_NAME.get(name.toLowerCase());
  if (!hit) return { ru: name, en: name };
  return { ru: hit.place.nameRu || name, en: hit.place.nameEn || name };
}
