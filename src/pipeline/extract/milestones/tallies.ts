/**
 * A count of documents or trips told as a tally: «За это время подписано более 200 договоров»,
 * «только за первые месяцы года было больше десятка визитов», "More than 200 agreements have been
 * signed since 1992", "dozens of visits". The clause sums up many events; it tells none of its own.
 * Phrasings are data (`knowledge/event-phrasing.json`, `tallies`).
 */
import type { Language } from '../../../schema/dataset';
import raw from '../../knowledge/event-phrasing.json';
import { rx } from '../regex';
import type { TriggerHit } from './lexicon';

const t = raw.tallies;
const words = (xs: string[]) => `(?:${xs.join('|')})`;

// Both are only tested: a word's start is a lookbehind, which V8 tries only where a listed word can
// start, not `(?:^|[^\\p{L}])`, a test of the large letter class at every character that is no letter.

/** An approximate or vague count right before a plural event noun. */
const COUNTED: Record<Language, RegExp> = {
  ru: rx(`(?<![\\p{L}])${words(t.count.ru)} ${t.noun.ru}`, 'iu'),
  en: rx(`(?<![\\p{L}])${words(t.count.en)} ${t.noun.en}(?![\\p{L}])`, 'iu'),
};

/** A cumulative span («за это время», "since", "so far") or a vague multitude («десятки», "dozens of"). */
const SUMMED: Record<Language, RegExp> = {
  ru: rx(`(?<![\\p{L}])${words([...t.span.ru, ...t.vague.ru])}(?![\\p{L}])`, 'iu'),
  en: rx(`(?<![\\p{L}])${words([...t.span.en, ...t.vague.en])}(?![\\p{L}])`, 'iu'),
};

const TALLIED = new Set(['agreement', 'visit', 'meeting']);

/** A count of persons («118 человек», "more than 100 suspects"), for the people handed over between the states. */
const PERSONS: Record<Language, RegExp> = {
  ru: rx(`(?<![\\p{L}\\d])${t.persons.ru}`, 'iu'),
  en: rx(`(?<![\\p{L}\\d])${t.persons.en}`, 'iu'),
};

/** The year a count of persons starts from («с 2015 года», "since 2015"), or a span as for documents. */
const PERSONS_SINCE: Record<Language, RegExp> = {
  ru: rx(`(?<![\\p{L}])${words(t.persons.since.ru)}(?![\\p{L}])`, 'iu'),
  en: rx(`(?<![\\p{L}])${words(t.persons.since.en)}(?![\\p{L}])`, 'iu'),
};

/**
 * A span a sum is added up over («за последние годы», "over the past decade", "to date"): the tally spans without
 * the words that also open a clause of time ("since the write-off was agreed", «с тех пор»), only tell a tense, or
 * only sum up the day's documents («всего», "in all").
 */
const NOT_SPAN = /^(?:уже|всего|в общей сложности|since|in \(\?:total\|all\)|altogether|с тех пор|с момента|\(\?:have\|has\).*)$/;
const SPAN: Record<Language, RegExp> = {
  ru: rx(`(?<![\\p{L}])${words(t.span.ru.filter((w) => !NOT_SPAN.test(w)))}(?![\\p{L}])`, 'iu'),
  en: rx(`(?<![\\p{L}])${words(t.span.en.filter((w) => !NOT_SPAN.test(w)))}(?![\\p{L}])`, 'iu'),
};

/**
 * "The two presidents then oversaw the signing of more than a dozen documents", «в присутствии президентов подписано более
 * десятка документов», «всего по итогам переговоров подписано более 20 документов», «всего в ходе государственного визита
 * подписано более 20 документов», "more than 20 documents have been signed following the talks", "during the state visit",
 * "the sides signed over a dozen papers on grain", «стороны подписали более десятка соглашений» (the sides of the talks told
 * before): a ceremony or the outcome of talks or a visit of the day where a vague number of documents was signed, not a tally.
 */
const CEREMONY: Record<Language, RegExp> = {
  ru: rx(/(?<![\p{L}])(?:в присутствии|присутствовал\p{L}* при подписании|при подписании|(?:по (?:итогам|результатам)|в ходе) (?:[\p{L}-]+ ){0,2}?(?:переговоров|визита|встречи)|стороны (?:также |затем )?подписали)(?![\p{L}])/iu),
  en: rx(/(?<![\p{L}])(?:(?:oversaw|witnessed|attended|presided over|watched) the signing|(?:following|after) (?:the|their) talks|as a result of (?:the|their) talks|during the (?:[\p{L}-]+ ){0,2}?(?:visit|talks)|the (?:two )?(?:sides|parties|delegations) (?:also |then |later )?signed)(?![\p{L}])/iu),
};

/**
 * True when clause `text` only counts documents or trips (`hit` being its event word), adds up debts written off
 * over a span ("has written off more than $500 million over the past decade") or counts persons extradited since a
 * year ("since 2012 Russia has extradited 118 people"): a total, no write-off or handover of its own.
 */
export function isTally(hit: TriggerHit, text: string, lang: Language, at = 0): boolean {
  if (hit.trigger.key === 'debt') return SPAN[lang].test(text);
  // "since 2012 Russia has extradited 118 people", «за эти годы выдала более 100 фигурантов»: a count of persons over a span.
  if (hit.trigger.key === 'extradition') return PERSONS[lang].test(text) && (PERSONS_SINCE[lang].test(text) || SUMMED[lang].test(text));
  // "refused to extradite four people last year": several refusals summed up.
  if (hit.trigger.key === 'extraditionRefused') return PERSONS[lang].test(text);
  return TALLIED.has(hit.trigger.type) && countedHere(text, at, lang) && SUMMED[lang].test(text) && !(CEREMONY[lang].test(text) && !SPAN[lang].test(text));
}

/** A new conjunct with a subject of its own (", and their ministers signed …", «, а министры подписали …»). */
const NEXT_CONJUNCT = /[,;] (?:and|while|whereas|а|и|тогда как) /u;

/**
 * True when clause `text` counts documents or trips (`COUNTED`) in the part that tells the event word at offset `at`:
 * "The presidents signed a joint declaration, and their ministers signed more than a dozen agreements" counts
 * the ministers' documents, not the declaration.
 */
function countedHere(text: string, at: number, lang: Language): boolean {
  const m = COUNTED[lang].exec(text);
  if (!m) return false;
  return !(at < m.index && NEXT_CONJUNCT.test(text.slice(at, m.index)));
}

/** The money triggers: a grant, a loan or aid provided, loans approved by a fund. */
const FUNDS = new Set(['finance', 'fundApproval', 'fundFirstApproval']);
/** "since " / «с », «начиная с » right before a year: where a running total starts. */
const FUNDS_SINCE: Record<Language, RegExp> = { ru: rx(t.funds.since.ru, 'iu'), en: rx(t.funds.since.en, 'iu') };
/** A sum of money or a tonnage («более 600 млн долларов», "$700mn", "900 tonnes"). */
const AMOUNT: Record<Language, RegExp> = { ru: rx(t.funds.amount.ru, 'iu'), en: rx(t.funds.amount.en, 'iu') };
/** How far before the year its "since" may stand. */
const SINCE_REACH = 16;

/**
 * True when the money of `hit` is a running total from the year that starts at `yearAt` of `body` ("the fund has approved
 * loans worth $700mn since 2016", «с 2016 года Россия выделила более 600 млн долларов»): the year is where the sum starts
 * adding up, and clause `text` (from `from`) tells an amount; no grant or loan of that year is told.
 */
export function fundsSummedSince(hit: TriggerHit, body: string, from: number, yearAt: number, text: string, lang: Language): boolean {
  return FUNDS.has(hit.trigger.key) && yearAt >= from && FUNDS_SINCE[lang].test(body.slice(Math.max(from, yearAt - SINCE_REACH), yearAt)) && AMOUNT[lang].test(text);
}

/** A span a total is added up over that is no year («всего с 12 июня», "since the start of the pandemic", "over the past five years"). */
const FUNDS_OVER: Record<Language, RegExp> = { ru: rx(t.funds.over.ru, 'iu'), en: rx(t.funds.over.en, 'iu') };
/** Money and debt: what a running total over a span adds up. */
const SUMMED_KEYS = new Set([...FUNDS, 'debt']);

/**
 * True when clause `text` adds up the money or the debt relief of `hit` over a span that is no year ("has delivered about
 * 1,500 tons of cargo since June", «Всего с начала операции Россия направила более 100 тонн помощи», "has written off
 * $240 million in previous years"): a total, no grant, delivery or write-off of its own. Only the conjunct of the event word
 * at offset `at` is read: a span in a conjunct after it with a subject of its own («, а фонд с момента создания …») sums up that one.
 */
export function fundsSummedOver(hit: TriggerHit, text: string, lang: Language, at = 0): boolean {
  if (!SUMMED_KEYS.has(hit.trigger.key) || !FUNDS_OVER[lang].test(text)) return false;
  // «Россия в 2012 году списала долг в $489 млн, а фонд с момента создания профинансировал проекты на $700 млн»: the span
  // of a conjunct after the event word's, with a subject of its own, sums up that conjunct's money only.
  const from = Math.max(0, at);
  const next = NEXT_CONJUNCT.exec(text.slice(from));
  const own = next ? text.slice(0, from + next.index) : text;
  return (own === text || FUNDS_OVER[lang].test(own)) && AMOUNT[lang].test(own);
}
