/**
 * Curated reference data for Kyrgyz–Russian relations (1991–2026):
 * officials with terms of office, places with time-bounded names,
 * organisations, news outlets, given names and anchor facts.
 *
 * Dates are ISO strings of precision "YYYY", "YYYY-MM" or "YYYY-MM-DD".
 * A partial date denotes the whole year/month it names; `null` means
 * open-ended (no known start, or still in office / still valid).
 */
import officialsJson from './officials.json';
import placesJson from './places.json';
import organisationsJson from './organisations.json';
import outletsJson from './outlets.json';
import givenNamesJson from './given-names.json';
import factsJson from './facts.json';

/** ISO date of year, month or day precision: "2021", "2021-10", "2021-10-12". */
export type PartialDate = string;

/** A citation for the data in one file. */
export interface Source {
  title: string;
  url: string;
}

/** How sure a curated record is. */
export type Confidence = 'high' | 'medium' | 'low';

/** Kind of office an official held. */
export type RoleKind =
  | 'president'
  | 'head_of_government'
  | 'first_deputy_head_of_government'
  | 'deputy_head_of_government'
  | 'foreign_minister'
  | 'economy_minister'
  | 'finance_minister'
  | 'igc_cochair'
  | 'ambassador'
  | 'presidential_aide'
  | 'head_of_presidential_administration'
  | 'speaker'
  | 'other';

/** One office held by an official over a term (from/to inclusive; to=null means still in office). */
export interface Role {
  role: RoleKind;
  titleRu: string;
  titleEn: string;
  /** ISO alpha-2 code of the state the office belongs to ("SU" for the USSR). */
  country: string;
  from: PartialDate | null;
  to: PartialDate | null;
  acting?: boolean;
  note?: string;
}

/** A public official, with name variants for recognition and their roles over time. */
export interface Official {
  /** Kebab-case slug of the English name; namesakes get distinct ids. */
  id: string;
  /** "Given-name Surname" in the Russian nominative case. */
  nameRu: string;
  patronymicRu: string | null;
  /** Spelling used by the person's own government. */
  nameEn: string;
  altEn: string[];
  altRu: string[];
  gender: 'm' | 'f';
  country: string;
  /** How sure the record is: "low" marks terms reconstructed from partial reports (dates widened to years). */
  confidence: Confidence;
  roles: Role[];
  /** Pages the names and terms were taken from (list pages, official sites, news of appointments). */
  sources: Source[];
  /** English spellings the official went by before a change of name, each with the day it stopped being used. */
  earlierNames?: EarlierName[];
  note?: string;
}

/**
 * An English name an official used until a date (exclusive): an article before it names the person so.
 * The Russian name stays the reference nominative (annotators of Russian texts write the current one).
 */
export interface EarlierName {
  /** A dataset id of its own, so the timeline lists the person under the name of each article's time. */
  id: string;
  nameEn: string;
  until: PartialDate;
  source: Source;
}

/** A place name valid in a language for a period (from/to inclusive, null = unbounded). */
export interface PlaceAlias {
  name: string;
  lang: string;
  from: PartialDate | null;
  to: PartialDate | null;
  /**
   * The name is still written after it stopped being official, about the past or in a name that kept it
   * («распад СССР», «блокада Ленинграда», «Свердловская область»): a mention does not date a text.
   */
  retrospective?: boolean;
  note?: string;
}

/** A country, region, city or lake with its historical and variant names. */
export interface Place {
  id: string;
  nameRu: string;
  nameEn: string;
  country: string;
  kind: string;
  aliases: PlaceAlias[];
  parent?: string;
  note?: string;
}

/** An international organisation, forum, commission, base or project. */
export interface Organisation {
  id: string;
  nameRu: string;
  abbrRu: string[];
  nameEn: string;
  abbrEn: string[];
  founded: PartialDate | null;
  kind: string;
  altRu?: string[];
  altEn?: string[];
  dissolved?: PartialDate;
  members?: string[];
  note?: string;
}

/** A news outlet or official information source, with the names and domains it appears under. */
export interface Outlet {
  id: string;
  nameRu: string;
  nameEn: string;
  aliases: string[];
  domains: string[];
  country: string;
  kind: string;
  /** A page name that codes its day in six digits after a fixed prefix («eav102403» = 24 October 2003, order `mdy`). */
  addressDate?: AddressDateCode;
  note?: string;
}

/** How an outlet's page names code their date: letters, then two digits each of day, month and year in `order`. */
export interface AddressDateCode {
  prefix: string;
  order: 'mdy' | 'dmy' | 'ymd';
}

/** A given (first) name in Russian with its English transliterations. */
export interface GivenName {
  ru: string;
  en: string[];
  gender: 'm' | 'f';
  /** Alternative Russian spellings (e.g. "Петр" for "Пётр"). */
  altRu?: string[];
}

/** A dated anchor event that articles refer to (anniversaries, treaties, crises). */
export interface Fact {
  id: string;
  kind: string;
  date: PartialDate;
  endDate?: PartialDate;
  descriptionEn: string;
  descriptionRu: string;
  keywordsRu: string[];
  keywordsEn: string[];
  confidence: 'high' | 'medium';
  /** True when articles typically cite it as "N-th anniversary of …". */
  anniversaryReference?: boolean;
  /**
   * True when the anniversary only tells an article's year (an institution's jubilee: «КРСУ отметил 20-летие»), while
   * the milestone pass reads the jubilee from the text itself and does not date it from this fact.
   */
  yearClueOnly?: boolean;
  /** Ids of the same fact in knowledge/event-lexicon.json (`anniversarySubjects[].fact`). */
  lexiconIds?: string[];
  note?: string;
}

export const officials: Official[] = officialsJson.officials as Official[];
export const places: Place[] = placesJson.places as Place[];
export const organisations: Organisation[] = organisationsJson.organisations as Organisation[];
export const outlets: Outlet[] = outletsJson.outlets as Outlet[];
export const givenNames: GivenName[] = givenNamesJson.names as GivenName[];
/** Countries whose officials' names are written family name first, the family name undeclined in Russian (Цзян Цзэминем). */
export const familyNameFirstCountries: readonly string[] = givenNamesJson.familyNameFirst.countries;
export const facts: Fact[] = factsJson.facts as Fact[];

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Earliest full date covered by a partial date ("2021" → "2021-01-01"). */
function lowerBound(d: PartialDate): string {
  if (d.length === 4) return `${d}-01-01`;
  if (d.length === 7) return `${d}-01`;
  return d;
}

/** Latest full date covered by a partial date ("2021-02" → "2021-02-29"; lexical comparison only). */
function upperBound(d: PartialDate): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) {
    const m = Number(d.slice(5, 7));
    return `${d}-${String(DAYS_IN_MONTH[m - 1] ?? 31).padStart(2, '0')}`;
  }
  return d;
}

/** True when [from, to] (inclusive, partial, null = open) overlaps the period named by isoDate. */
function overlaps(from: PartialDate | null, to: PartialDate | null, isoDate: PartialDate): boolean {
  const qLo = lowerBound(isoDate);
  const qHi = upperBound(isoDate);
  if (from !== null && qHi < lowerBound(from)) return false;
  if (to !== null && upperBound(to) < qLo) return false;
  return true;
}

/**
 * Roles the official held on isoDate. Partial dates are treated as the whole
 * year/month they name, so a role ending "2018" is held on "2018-07-01", and a
 * query of "2020" matches any role overlapping that year. Bounds are inclusive.
 */
export function rolesAt(official: Official, isoDate: PartialDate): Role[] {
  return official.roles.filter((r) => overlaps(r.from, r.to, isoDate));
}

/** Whether a place alias was in (official) use on isoDate; bounds inclusive, partial dates widened. */
export function placeAliasValidOn(alias: PlaceAlias, isoDate: PartialDate): boolean {
  return overlaps(alias.from, alias.to, isoDate);
}
