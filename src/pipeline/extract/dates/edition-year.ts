/**
 * A year clue from a gathering named with its edition's year in the lead: "on the second day of
 * INNOPROM-2023", «на полях ПМЭФ-2024». A fair or forum held every year carries the year it is held
 * in, and the lead tells it as the news. A plan named with its target year («Стратегия-2030»,
 * "Vision-2040") is no edition (`planTitleWords` in knowledge/date-lexicon.json).
 */
import type { ArticleDoc } from '../../types';
import lexicon from '../../knowledge/date-lexicon.json';
import type { YearClue } from './year-clues';

/** How many sentences from the top (headline and lead) may name the edition. */
const LEAD = 3;
/** A capitalised name joined by a hyphen to a year: «ИННОПРОМ-2023», "SPIEF-2024". */
const EDITION = /(?<![\p{L}\d-])(\p{Lu}[\p{L}]{2,})[-‑–](199\d|20[0-4]\d)(?![\d\p{L}-])/u;
const PLAN_WORDS = new Set(lexicon.planTitleWords.words);
const YEAR_JOINED = /[-‑–](?:199|20[0-4])\d/u;

/** The edition year named in the headline or lead, as a clue of weight 2, or none. */
export function editionYearClues(doc: ArticleDoc): YearClue[] {
  const n = Math.min(LEAD, doc.sentences.length);
  for (let i = 0; i < n; i++) {
    const text = doc.sentences[i]!.text;
    // A cheap test first: most leads hold no year joined by a hyphen.
    if (!YEAR_JOINED.test(text)) continue;
    const m = EDITION.exec(text);
    if (!m || PLAN_WORDS.has(m[1]!.toLowerCase())) continue;
    return [{ year: Number(m[2]), weight: 2, evidence: `year ${m[2]} of the edition named in the lead «${m[0]}»` }];
  }
  return [];
}
