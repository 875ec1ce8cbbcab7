/**
 * The slice of curated knowledge the dates extractor needs, as plain data. Passing it in keeps
 * every pass pure and lets tests use small hand-made fixtures.
 */
import type { RoleKey } from '../../../schema/dataset';

/** A closed interval of ISO dates (partial dates allowed: "2021-10", "2019"). */
export interface Term {
  from: string | null;
  to: string | null;
}

/** Knowledge used to date an article. */
export interface DateKnowledge {
  /** Outlets: canonical name, spellings seen in datelines, web domains. */
  outlets: {
    name: string;
    nameEn?: string | null;
    aliases: string[];
    domains: string[];
    country?: string | null;
    /** A day coded in the outlet's page names after a prefix («eav102403», order `mdy`). */
    addressDate?: { prefix: string; order: 'mdy' | 'dmy' | 'ymd' };
  }[];
  /**
   * Historical facts that anniversaries count from. `kind` as in knowledge/facts.json: a
   * `commemoration` (Victory Day) is a day kept every year, so it never dates a page by its day.
   */
  facts: { id: string; date: string; keywords: string[]; kind?: string }[];
  /** Officials and their terms of office. */
  officials: { id: string; roles: ({ role: RoleKey; country: string | null; titleRu?: string; titleEn?: string; acting?: boolean } & Term)[] }[];
  /** Places: canonical names and aliases, each alias valid within some terms (empty = always). */
  places: { name: string; nameEn?: string | null; aliases: { text: string; terms: Term[] }[] }[];
}

/** An empty knowledge base: nothing is recognised, nothing is inferred from offices or places. */
export const NO_KNOWLEDGE: DateKnowledge = { outlets: [], facts: [], officials: [], places: [] };

/** First day of a partial ISO date ("2021-10" → "2021-10-01"). */
export function termStart(d: string | null): string {
  if (!d) return '0000-01-01';
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

/** Last day of a partial ISO date ("2022-09" → "2022-09-31"; compared as strings, so 31 is safe). */
export function termEnd(d: string | null): string {
  if (!d) return '9999-12-31';
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

/** Two-digit zero padding. */
export const pad2 = (n: number) => String(n).padStart(2, '0');
