/**
 * Wire copy's lead "Russia will not send troops for now, the spokeswoman has said.": the plan is
 * what was said, and the news is the saying, done on the article's day.
 */
import type { Language } from '../../../schema/dataset';
import type { PersonDraft } from '../../types';
import { MARKERS } from './lexicon';

/** The present perfect of a speech verb, told after the content it reports ("has said", "have told Interfax"). */
const PERFECT_BEFORE_VERB = /(?:^|\s)(?:has|have)\s+$/u;

/**
 * True when the clause `[from, to)` of `text` closes with an attribution to a named person in the
 * present perfect ("…, presidential spokeswoman X has said."), so its undated plan is a statement
 * of the article's day. Russian has no such tense: never for it.
 */
export function announcedToday(text: string, from: number, to: number, lang: Language, people: readonly PersonDraft[]): boolean {
  if (lang !== 'en') return false;
  const clause = text.slice(from, to);
  const comma = clause.lastIndexOf(',');
  if (comma < 0) return false;
  const tail = clause.slice(comma + 1);
  const verb = MARKERS.statement.en.all(tail).find((v) => PERFECT_BEFORE_VERB.test(tail.slice(0, v.start)));
  if (!verb) return false;
  // Only words after the verb: a closing stop, or to whom it was said ("has told Interfax.").
  if (/[,;:"“”«»]/u.test(tail.slice(verb.end))) return false;
  const at = from + comma + 1;
  return people.some((p) => p.mentions.some((m) => m.start >= at && m.end <= from + comma + 1 + verb.start));
}

/**
 * "The minister said Russia would provide a $300 million loan": money pledged, told by a named speaker's past speech verb and a
 * "would" of the future in the past before the money word, with no date of its own — the pledge was made in the news the
 * article reports, on its day. Russian tells such a pledge with a future («сообщил, что Россия предоставит»): never for it.
 */
const PLEDGE_REPORTED = /\b(?:said|announced|stated|told\s+(?:[\p{L}-]+\s+){0,2}?)\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){1,4}?would\s+(?:also\s+)?(?:provide|grant|lend|allocate|give|write\s+off|supply|extend|disburse)\b/iu;

/**
 * True when the clause `[from, hit)` of `text` reports money pledged by a named person (`PLEDGE_REPORTED`, the person
 * named before the verb). Asked only of an undated money clause, where "would" stands.
 */
export function pledgeReported(text: string, from: number, hitStart: number, lang: Language, people: readonly PersonDraft[]): boolean {
  if (lang !== 'en') return false;
  const before = text.slice(from, hitStart);
  if (!before.includes('would')) return false;
  const m = PLEDGE_REPORTED.exec(before);
  if (!m) return false;
  const verbAt = from + m.index;
  return people.some((p) => p.mentions.some((x) => x.start >= from && x.end <= verbAt));
}
