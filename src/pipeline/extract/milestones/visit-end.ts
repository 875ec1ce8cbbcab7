/**
 * A stay of several days told by its last day: "wrapped up two days of talks on Wednesday", "left
 * Astana on Friday after a two-day visit", «завершил двухдневный визит в среду»: the day told is the
 * end; the visit began N − 1 days before it, which is the day a timeline places it on. A trip told by the return home
 * ("returned from Moscow on Wednesday") is of the month of that day: how many days it lasted is not told.
 */
import type { Language } from '../../../schema/dataset';
import type { MilestoneDraft, Sentence } from '../../types';
import { addDays } from '../dates/days';
import { rx } from '../regex';
import { NUMBER_WORDS } from '../figures/lexicon';

/** The length of the stay: «двухдневный визит», «два дня переговоров», "two-day visit", "two days of talks". */
const LENGTH: Record<Language, RegExp> = {
  ru: rx(/(?<![\p{L}])(двух|тр[её]х|четыр[её]х|пяти)дневн\p{L}*|(?<![\p{L}])(два|три|четыре|пять) дня (?:переговоров|визита|встреч|пребывания)/iu),
  en: rx(/\b(two|three|four|five|[2-5])[- ]day\b|\b(two|three|four|five) days of (?:talks|meetings|negotiations|visits?)\b/iu),
};

/** A verb of ending the stay: «завершил», «покинул», "wrapped up", "left", "ended". */
const END: Record<Language, RegExp> = {
  ru: rx(/(?<![\p{L}])(?:заверши|закончи|покину|покида|отбы)\p{L}*/iu),
  en: rx(/\b(?:wrapped up|wraps up|wound up|ended|ends|concluded|completed|left|leaves|departed)\b/iu),
};

/** A return home from a trip («вернулся из Москвы», "returned from Moscow"): the trip's last day, its length not told. */
const RETURNED: Record<Language, RegExp> = {
  ru: rx(/(?<![\p{L}])вернул(?:ся|ась|ись)\s+(?:домой\s+)?из\s+\p{Lu}/u),
  en: rx(/\breturned\s+(?:home\s+)?from\s+\p{Lu}/u),
};

/** A signing told in the same clause ("wrapped up a visit on Tuesday, where they signed …"): of the day told. */
const SIGNED: Record<Language, RegExp> = {
  ru: rx(/(?<![\p{L}])подпис\p{L}*/iu),
  en: rx(/\bsign(?:ed|ing)\b/iu),
};

/**
 * How many days before the day told the stay began: N − 1 for a stay of N days told by its end;
 * 0 otherwise, and when the sentence tells what was signed that day (the day told is then the event's).
 */
export function daysBeforeEnd(text: string, lang: Language, sentence: string): number {
  if (!END[lang].test(text) || SIGNED[lang].test(sentence)) return 0;
  const m = LENGTH[lang].exec(text);
  if (!m) return 0;
  const word = (m[1] ?? m[2] ?? '').toLowerCase();
  // «двух», "two" from the project's number words; a digit ("2-day") is its own value.
  const n = NUMBER_WORDS.get(word) ?? (Number(word) || 0);
  return n > 1 ? n - 1 : 0;
}

/** Kinds of event a stay of several days is: a visit, or the talks it holds. */
const STAY_TYPES = new Set(['visit', 'meeting']);

/**
 * Redates in place each visit or talks dated to a day by a mention of its own clause (evidence
 * «…» in the sentence) that the clause tells as the end of a stay of several days: to its first day.
 * After the pass, so the events dated by it ("during the trip") keep the day told.
 */
export function staysToldByEnd(out: readonly MilestoneDraft[], sentences: readonly Sentence[], sentenceOf: ReadonlyMap<MilestoneDraft, number>, lang: Language): void {
  for (const m of out) {
    if (!STAY_TYPES.has(m.type) || m.date?.length !== 10) continue;
    // "returned from Moscow on Wednesday", «вернулся из Москвы в среду», or on the article's day: a trip told by the return
    // home, of days not told before that day, is of the month.
    if (m.type === 'visit' && RETURNED[lang].test(m.quote.text)) {
      m.date = m.date.slice(0, 7);
      m.dateEvidence = `${m.dateEvidence}; the day of the return from a trip of days not told: the month`;
      continue;
    }
    if (!m.dateEvidence.startsWith(OWN_MENTION) || !END[lang].test(m.quote.text)) continue;
    const s = sentences[sentenceOf.get(m) ?? -1];
    const back = s ? daysBeforeEnd(m.quote.text, lang, s.text) : 0;
    if (!back) continue;
    m.date = addDays(m.date, -back);
    m.dateEvidence = `${m.dateEvidence}; the end of a stay of ${back + 1} days, which began ${back} day(s) before`;
  }
}

/** The evidence of a date read from a mention of the clause's own sentence («в среду» in the sentence …). */
const OWN_MENTION = '«';
